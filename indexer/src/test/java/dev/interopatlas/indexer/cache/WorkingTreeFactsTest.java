package dev.interopatlas.indexer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-indexing a working tree with its facts cache: the sample's v6.12 tree plus a header outside the bindings
 * closure that declares a name a driver binds (so an unresolved name is explained from outside the closure).
 */
class WorkingTreeFactsTest {
    /** Declared outside the closure: bindings_helper.h does not include this header. */
    private static final String OUTSIDE_HEADER = "include/linux/outside_only.h";
    private static final String OUTSIDE_USER = "drivers/misc/outside_user.rs";
    private static final String DRIVER = "rust/kernel/sync/arc.rs"; // 10 unsafe blocks

    @TempDir
    Path temp;

    private Path root;
    private Path cacheRoot;
    /** Blob ids of every content an analyzer was given, in call order. */
    private final List<String> parsed = Collections.synchronizedList(new ArrayList<>());
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() throws IOException {
        root = SampleTrees.extract("v6.12", temp.resolve("tree"));
        Files.writeString(root.resolve(OUTSIDE_HEADER), "int outside_only_fn(void);\n");
        Files.createDirectories(root.resolve(OUTSIDE_USER).getParent());
        Files.writeString(root.resolve(OUTSIDE_USER), "fn f() { unsafe { bindings::outside_only_fn() }; }\n");
        cacheRoot = temp.resolve("cache");
        ageEveryFile(root); // files written just now are "racily clean": their stat is not trusted
    }

    private WorkingTreeFacts open() {
        return WorkingTreeFacts.open(cacheRoot, root, this::rust, this::c, warnings::add);
    }

    private RustFacts rust(byte[] content) {
        parsed.add(GitBlobId.of(content));
        return RustFileAnalyzer.analyze(content);
    }

    private CFileFacts c(byte[] content) {
        parsed.add(GitBlobId.of(content));
        return CFileAnalyzer.analyze(content);
    }

    /** Indexes the tree with a freshly opened cache, as a new run would, and saves the cache. */
    private KernelIndex indexAndSave() throws IOException, IndexException {
        parsed.clear();
        WorkingTreeFacts facts = open();
        KernelIndex index;
        try (WorkingTree tree = WorkingTree.open(root)) {
            index = new KernelIndexer(IndexOptions.defaults()).index(tree, facts, ProgressMonitor.NONE);
        }
        assertEquals(parsed.size(), facts.counters().parsed());
        facts.flush();
        return index;
    }

    @Test
    void secondIndexOfAnUnchangedTreeParsesNoFile() throws Exception {
        KernelIndex first = indexAndSave();
        int rustFiles = first.stats().rustFiles();
        int headers = first.stats().headersInClosure(); // rust/helpers/*.c included: the closure's roots
        assertTrue(parsed.size() >= rustFiles + headers, parsed.size() + " parsed");
        assertTrue(first.symbols().stream().anyMatch(s -> s.name().equals("outside_only_fn")
                && s.reason().orElse("").contains(OUTSIDE_HEADER + ":1, outside the bindings include closure")),
                first.symbols().toString());

        KernelIndex second = indexAndSave();
        assertEquals(List.of(), parsed);
        assertEquals(withoutTime(first), withoutTime(second));
        assertEquals(List.of(), warnings);
    }

    @Test
    void changingOneFileReparsesExactlyThatFile() throws Exception {
        KernelIndex first = indexAndSave();
        Path driver = root.resolve(DRIVER);
        Files.writeString(driver, Files.readString(driver) + "\nfn g() { unsafe { let _ = 1; } }\n");
        Files.setLastModifiedTime(driver, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));

        KernelIndex second = indexAndSave();
        assertEquals(List.of(GitBlobId.of(Files.readAllBytes(driver))), parsed);
        assertEquals(blocks(first, DRIVER) + 1, blocks(second, DRIVER));

        Path header = root.resolve("include/linux/mutex.h"); // in the closure of the sample's bindings_helper.h
        Files.writeString(header, Files.readString(header) + "\nint added_by_the_test(void);\n");
        Files.setLastModifiedTime(header, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        indexAndSave();
        assertEquals(List.of(GitBlobId.of(Files.readAllBytes(header))), parsed);
    }

    @Test
    void factsOfAVersionNoLongerInTheTreeAreDroppedWhenTheCacheIsWritten() throws Exception {
        indexAndSave();
        Path driver = root.resolve(DRIVER);
        byte[] original = Files.readAllBytes(driver);
        Files.writeString(driver, new String(original, StandardCharsets.UTF_8) + "\n// edited\n");
        Files.setLastModifiedTime(driver, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        indexAndSave(); // parses the edited version and writes the cache without the original one

        Files.write(driver, original);
        Files.setLastModifiedTime(driver, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
        indexAndSave();
        assertEquals(List.of(GitBlobId.of(original)), parsed);
    }

    @Test
    void aFileModifiedJustBeforeItWasIndexedIsReadAgainEvenWithTheSameSizeAndTime() throws Exception {
        Path driver = root.resolve(DRIVER);
        String text = Files.readString(driver);
        Files.writeString(driver, text); // modified now: racily clean
        FileTime modified = Files.getLastModifiedTime(driver);
        indexAndSave();

        Files.writeString(driver, text.replace("unsafe", "UNSAFE")); // same size
        Files.setLastModifiedTime(driver, modified);
        indexAndSave();
        assertEquals(List.of(GitBlobId.of(Files.readAllBytes(driver))), parsed);
    }

    @Test
    void aFileWithItsRecordedStatIsNotReadAgainAsInGit() throws Exception {
        // What makes a re-index cheap, and its limit (the same as git status's): a rewrite that keeps size,
        // time stamp and inode is not seen.
        KernelIndex first = indexAndSave();
        Path driver = root.resolve(DRIVER);
        FileTime modified = Files.getLastModifiedTime(driver);
        byte[] bytes = Files.readAllBytes(driver);
        String changed = new String(bytes, StandardCharsets.UTF_8).replace("unsafe", "UNSAFE");
        assertEquals(bytes.length, changed.getBytes(StandardCharsets.UTF_8).length);
        try (var channel = Files.newByteChannel(driver, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(changed.getBytes(StandardCharsets.UTF_8))); // same inode
        }
        Files.setLastModifiedTime(driver, modified);

        KernelIndex second = indexAndSave();
        assertEquals(List.of(), parsed);
        assertEquals(blocks(first, DRIVER), blocks(second, DRIVER));
        assertNotEquals(0, blocks(second, DRIVER));
    }

    @Test
    void damagedCacheFilesAreDiscardedWithAWarningAndRebuilt() throws Exception {
        KernelIndex first = indexAndSave();
        int parsedFirst = parsed.size();
        Path dir = open().file().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("blob-ids.txt", "facts.bin", "scan-memo.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Files.write(dir.resolve("facts.bin"), "IAFACTS1 garbage".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("blob-ids.txt"), "interop-atlas blob ids 1\nno tabs here\nend 1\n");
        Files.writeString(dir.resolve("scan-memo.txt"), "something else entirely\n");

        KernelIndex second = indexAndSave();
        assertEquals(parsedFirst, parsed.size());
        assertEquals(withoutTime(first), withoutTime(second));
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("facts cache") && w.contains("not used")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("blob id list") && w.contains("damaged")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("scan memo") && w.contains("damaged")),
                warnings.toString());

        warnings.clear();
        indexAndSave();
        assertEquals(List.of(), parsed);
        assertEquals(List.of(), warnings);
    }

    private static int blocks(KernelIndex index, String path) {
        return index.files().stream().filter(f -> f.path().equals(path)).mapToInt(FileMetrics::unsafeBlocks)
                .findFirst().orElseThrow();
    }

    /** The index as JSON without the one figure that differs between runs, the time taken. */
    private static JsonNode withoutTime(KernelIndex index) {
        ObjectNode json = ModelJson.mapper().valueToTree(index);
        ((ObjectNode) json.get("stats")).remove("elapsedMillis");
        return json;
    }

    private static void ageEveryFile(Path root) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }
}
