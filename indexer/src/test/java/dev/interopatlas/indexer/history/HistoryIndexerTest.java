package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.progress.IndexCancelledException;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.testing.RecordingMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryIndexerTest {
    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();

    /** A miniature indexer: .rs files become FileMetrics through the facts provider, headers are read too. */
    static KernelIndex fakeIndex(SourceTree tree, FactsProvider facts, ProgressMonitor monitor) {
        monitor.beginTask("Lexing Rust", ProgressMonitor.UNKNOWN);
        List<FileMetrics> files = new ArrayList<>();
        List<RustModule> modules = new ArrayList<>();
        Map<String, SymbolResolution> symbols = new TreeMap<>();
        try {
            for (SourceFile file : tree.files()) {
                monitor.checkCancelled();
                if (file.path().endsWith(".h")) {
                    facts.c(tree, file);
                }
                if (!file.path().endsWith(".rs")) {
                    continue;
                }
                RustFacts rust = facts.rust(tree, file);
                boolean kernel = file.path().startsWith("rust/kernel/");
                FileRole role = kernel ? FileRole.ABSTRACTION : rust.usesKernel() ? FileRole.CONSUMER : FileRole.OTHER;
                int blocks = (int) rust.unsafeSites().stream().filter(s -> s.kind() == UnsafeKind.BLOCK).count();
                int documented = (int) rust.unsafeSites().stream()
                        .filter(s -> s.kind() == UnsafeKind.BLOCK && s.documented()).count();
                int placeholder = (int) rust.unsafeSites().stream()
                        .filter(s -> s.kind() == UnsafeKind.BLOCK && s.placeholder()).count();
                int fns = (int) rust.unsafeSites().stream().filter(s -> s.kind() == UnsafeKind.FN).count();
                files.add(new FileMetrics(file.path(), role, "", rust.lines(), blocks, fns, 0, 0, documented,
                        placeholder, 0, rust.bindings(), List.of(), List.of()));
                if (kernel) {
                    String module = "kernel::" + file.path().substring("rust/kernel/".length())
                            .replace(".rs", "").replace('/', ':').replace(":", "::");
                    modules.add(new RustModule(module, file.path(), false));
                }
                rust.bindings().keySet().forEach(name -> symbols.put(name,
                        SymbolResolution.resolved(name, "function", "include/x.h", 1, "direct")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        monitor.endTask();
        return Indexes.index(tree.release().orElseThrow(), files, new ArrayList<>(symbols.values()), modules,
                List.of(), 0);
    }

    private FakeAnalyzers fakes = new FakeAnalyzers();

    private HistoryIndexer open(Path repo) throws IndexException {
        return open(repo, new FakeAnalyzers());
    }

    private HistoryIndexer open(Path repo, FakeAnalyzers analyzers) throws IndexException {
        fakes = analyzers;
        var repository = GitRepositories.open(repo);
        BlobFactsCache cache = BlobFactsCache.forRepository(temp.resolve("cache"),
                repository.getDirectory().toPath(), analyzers::rust, analyzers::c, IndexerVersion.INDEXER_VERSION,
                warnings::add);
        return new HistoryIndexer(repository, cache, HistoryIndexerTest::fakeIndex, warnings::add);
    }

    /**
     * A tree the history indexes as a kernel with Rust: {@code files} plus a top-level Makefile and
     * rust/bindings/bindings_helper.h (the same bytes in every release, so one blob).
     */
    static Map<String, TestRepo.Entry> kernel(String... pathsAndContents) {
        Map<String, TestRepo.Entry> files = TestRepo.files(pathsAndContents);
        files.put("Makefile", TestRepo.Entry.file("VERSION = 6\n"));
        files.put("rust/bindings/bindings_helper.h", TestRepo.Entry.file("#include <linux/mutex.h>\n"));
        return files;
    }

    private Path threeReleases() throws Exception {
        Path dir = temp.resolve("linux");
        try (TestRepo repo = TestRepo.init(dir, false)) {
            repo.annotatedTag("v6.1", repo.commit(kernel(
                    "rust/kernel/sync.rs", "unsafe { bindings::mutex_lock() }\n",
                    "samples/rust/minimal.rs", "use kernel::prelude;\n",
                    "include/linux/mutex.h", "void mutex_lock(void);\n")));
            repo.lightweightTag("v6.2-rc1", repo.commit(kernel(
                    "rust/kernel/sync.rs", "unsafe { bindings::mutex_lock() }\n",
                    "samples/rust/minimal.rs", "use kernel::prelude;\n",
                    "include/linux/mutex.h", "void mutex_lock(void);\nvoid mutex_unlock(void);\n")));
            repo.annotatedTag("v6.2", repo.commit(kernel(
                    "rust/kernel/sync.rs", "unsafe { bindings::mutex_lock() }\n",
                    "rust/kernel/net/phy.rs", "unsafe { bindings::phy_start() }\nunsafe fn x() {}\n",
                    "drivers/net/phy/ax.rs", "use kernel::net::phy;\n",
                    "samples/rust/minimal.rs", "use kernel::prelude;\n",
                    "include/linux/mutex.h", "void mutex_lock(void);\nvoid mutex_unlock(void);\n")));
        }
        return dir;
    }

    @Test
    void timelineSummarizesEachReleaseAndParsesOnlyNewBlobs() throws Exception {
        Path repo = threeReleases();
        Timeline timeline;
        try (HistoryIndexer history = open(repo)) {
            timeline = history.timeline(TagSelection.releases(false), ProgressMonitor.NONE);
        }
        assertEquals(Timeline.SCHEMA, timeline.schema());
        assertEquals(List.of("v6.1", "v6.2"), timeline.releases().stream().map(ReleaseSummary::release)
                .collect(Collectors.toList()));
        ReleaseSummary first = timeline.releases().get(0);
        ReleaseSummary second = timeline.releases().get(1);
        assertEquals(4, first.blobsParsed(), "sync.rs, minimal.rs, mutex.h and bindings_helper.h");
        assertEquals(3, second.blobsParsed(), "phy.rs, ax.rs and the grown mutex.h");
        assertEquals(1, first.abstractionModules());
        assertEquals(2, second.abstractionModules());
        assertEquals(1, first.consumersSamples());
        assertEquals(1, second.consumersDrivers());
        assertEquals(1, first.boundCSymbols());
        assertEquals(2, second.boundCSymbols());
        assertEquals(1, first.unsafeBlocks());
        assertEquals(2, second.unsafeBlocks());
        assertEquals(1, second.unsafeFns());
        assertEquals(7, timeline.blobsParsed());
        assertEquals(3, timeline.cacheHits(), "sync.rs, minimal.rs and bindings_helper.h unchanged");
        assertEquals(7, fakes.rustCalls.get() + fakes.cCalls.get());
    }

    @Test
    void secondRunReadsEveryBlobFromDisk() throws Exception {
        Path repo = threeReleases();
        try (HistoryIndexer history = open(repo)) {
            history.timeline(TagSelection.releases(true), ProgressMonitor.NONE);
        }
        FakeAnalyzers second = new FakeAnalyzers();
        Timeline again;
        try (HistoryIndexer history = open(repo, second)) {
            again = history.timeline(TagSelection.releases(true), ProgressMonitor.NONE);
        }
        assertEquals(0, second.rustCalls.get() + second.cCalls.get());
        assertEquals(0, again.blobsParsed());
        again.releases().forEach(r -> assertEquals(0, r.blobsParsed()));
        assertEquals(List.of("v6.1", "v6.2-rc1", "v6.2"), again.releases().stream().map(ReleaseSummary::release)
                .collect(Collectors.toList()));
    }

    @Test
    void progressNamesPositionTagAndPhase() throws Exception {
        Path repo = threeReleases();
        RecordingMonitor recorder = RecordingMonitor.recording();
        try (HistoryIndexer history = open(repo)) {
            history.timeline(TagSelection.releases(false), recorder);
        }
        assertEquals(List.of("[1/2] v6.1: Listing files", "[1/2] v6.1: Lexing Rust",
                "[2/2] v6.2: Listing files", "[2/2] v6.2: Lexing Rust"), recorder.titles());
    }

    @Test
    void cancelStopsBetweenTagsAndKeepsWhatWasLearned() throws Exception {
        Path repo = threeReleases();
        // v6.1 begins two tasks (listing, lexing); the third, v6.2's listing, sees the cancel
        RecordingMonitor cancelAfterFirstTag = RecordingMonitor.cancelledAfter(2);
        try (HistoryIndexer history = open(repo)) {
            assertThrows(IndexCancelledException.class,
                    () -> history.timeline(TagSelection.releases(false), cancelAfterFirstTag));
        }
        FakeAnalyzers second = new FakeAnalyzers();
        try (HistoryIndexer history = open(repo, second)) {
            assertEquals(4, history.cache().loadedFromDisk(), "v6.1's blobs were written before the cancel");
        }
    }

    @Test
    void diffComparesTwoTags() throws Exception {
        Path repo = threeReleases();
        ReleaseDiff diff;
        try (HistoryIndexer history = open(repo)) {
            diff = history.diff("v6.1", "v6.2", ProgressMonitor.NONE);
        }
        assertEquals(List.of("kernel::net::phy"), diff.modulesAdded());
        assertEquals(List.of("phy_start"), diff.symbolsNewlyBound());
        assertEquals(List.of("drivers/net/phy/ax.rs"), diff.consumersAdded());
        assertEquals(1, diff.unsafeBefore());
        assertEquals(3, diff.unsafeAfter());
    }

    @Test
    void missingTagFailsBeforeAnyWork() throws Exception {
        Path repo = threeReleases();
        try (HistoryIndexer history = open(repo)) {
            IndexException e = assertThrows(IndexException.class,
                    () -> history.diff("v6.1", "v6.9", ProgressMonitor.NONE));
            assertTrue(e.getMessage().startsWith("tag v6.9 not found in "), e.getMessage());
            assertTrue(e.getMessage().contains("v6.1, v6.2-rc1, v6.2"), e.getMessage());
        }
        assertEquals(0, fakes.rustCalls.get());
    }

    @Test
    void patternMatchingNothingIsAnErrorListingTags() throws Exception {
        Path repo = threeReleases();
        try (HistoryIndexer history = open(repo)) {
            IndexException e = assertThrows(IndexException.class,
                    () -> history.timeline(TagSelection.matching("v7\\..*", false), ProgressMonitor.NONE));
            assertTrue(e.getMessage().contains("v7"), e.getMessage());
            assertTrue(e.getMessage().contains("v6.1, v6.2-rc1, v6.2"), e.getMessage());
        }
    }

    @Test
    void timelineJsonHasSchemaAndRoundTrips() throws Exception {
        Path repo = threeReleases();
        Timeline timeline;
        try (HistoryIndexer history = open(repo)) {
            timeline = history.timeline(TagSelection.explicit(List.of("v6.2", "v6.1")), ProgressMonitor.NONE);
        }
        String json = ModelJson.mapper().writeValueAsString(timeline);
        assertTrue(json.contains("\"schema\" : \"interop-atlas/timeline/1\""), json);
        assertEquals(timeline, ModelJson.mapper().readValue(json, Timeline.class));
    }

    /**
     * A kernel release from before Rust: a top-level Makefile and include/, no rust/. Its samples/rust/stray.rs
     * must not count: without rust/ there is no kernel crate to build it against.
     */
    private static Map<String, TestRepo.Entry> withoutRust(String version) {
        String[] parts = version.substring(1).split("\\.");
        return TestRepo.files(
                "Makefile", "VERSION = " + parts[0] + "\nPATCHLEVEL = " + parts[1] + "\n",
                "include/linux/mutex.h", "void mutex_lock(void);\n",
                "kernel/locking/mutex.c", "void mutex_lock(void) {}\n",
                "samples/rust/stray.rs", "unsafe { bindings::mutex_lock() }\n");
    }

    /** v3.0 … v3.19, v4.0 … v4.19 and v5.0 … v5.9 without Rust, each tree its own (the Makefile differs). */
    private static List<String> fiftyVersionsWithoutRust() {
        List<String> versions = new ArrayList<>();
        for (int minor = 0; minor < 20; minor++) {
            versions.add("v3." + minor);
        }
        for (int minor = 0; minor < 20; minor++) {
            versions.add("v4." + minor);
        }
        for (int minor = 0; minor < 10; minor++) {
            versions.add("v5." + minor);
        }
        return versions;
    }

    private static void assertWithoutRust(ReleaseSummary summary, String commit) {
        assertEquals(commit, summary.commit(), summary.release());
        assertEquals(0, summary.rustFiles(), summary.release());
        assertEquals(0, summary.rustLines(), summary.release());
        assertEquals(0, summary.abstractionModules(), summary.release());
        assertEquals(0, summary.consumers(), summary.release());
        assertEquals(0, summary.helpers(), summary.release());
        assertEquals(0, summary.boundCSymbols(), summary.release());
        assertEquals(0, summary.headersInClosure(), summary.release());
        assertEquals(0, summary.unsafeTotal(), summary.release());
        assertEquals(0, summary.unsafeBlocksDocumented(), summary.release());
        assertEquals(0.0, summary.safetyDocumentedShare(), summary.release());
        assertEquals(0, summary.blobsParsed(), summary.release());
    }

    @Test
    void aReleaseWithoutRustIsAZeroPointWithItsCommitReadFromItsTopLevelTreeAlone() throws Exception {
        Path dir = temp.resolve("linux");
        String v60;
        try (TestRepo repo = TestRepo.init(dir, true)) {
            v60 = repo.commit(withoutRust("v6.0")).name();
            repo.annotatedTag("v6.0", ObjectId.fromString(v60));
        }
        Timeline timeline;
        try (HistoryIndexer history = open(dir)) {
            timeline = history.timeline(TagSelection.releases(false), ProgressMonitor.NONE);
            assertEquals(1, history.treesRead(), "the top-level tree: no rust/ there, nothing below is read");
            assertFalse(history.blobCacheLoaded(), "nothing to analyze, so the blob cache is not even read");
        }
        assertEquals(1, timeline.releases().size());
        assertWithoutRust(timeline.releases().get(0), v60);
        assertEquals(0, fakes.rustCalls.get() + fakes.cCalls.get(), "samples/rust/stray.rs is not lexed");
    }

    @Test
    void fiftyTagsWithoutRustBeforeTheRustOnesAreListedAtZeroReadingOneTreeObjectEach() throws Exception {
        Path dir = threeReleases();
        List<String> commits = new ArrayList<>();
        try (TestRepo repo = TestRepo.init(dir, false)) {
            for (String version : fiftyVersionsWithoutRust()) {
                ObjectId commit = repo.commit(withoutRust(version));
                commits.add(commit.name());
                repo.annotatedTag(version, commit);
            }
        }
        Timeline timeline;
        long treesRead;
        try (HistoryIndexer history = open(dir)) {
            timeline = history.timeline(TagSelection.releases(false), ProgressMonitor.NONE);
            treesRead = history.treesRead();
        }
        List<String> expected = new ArrayList<>(fiftyVersionsWithoutRust());
        expected.addAll(List.of("v6.1", "v6.2"));
        assertEquals(expected, timeline.releases().stream().map(ReleaseSummary::release).toList());
        for (int i = 0; i < 50; i++) {
            assertWithoutRust(timeline.releases().get(i), commits.get(i));
        }
        assertEquals(1, timeline.releases().get(50).abstractionModules());
        assertEquals(2, timeline.releases().get(51).abstractionModules());
        // 50 top-level trees; v6.1 (threeReleases) has 8 directories: the top, rust, rust/kernel, rust/bindings,
        // samples, samples/rust, include, include/linux. v6.2 changes 9: the top, rust, rust/kernel and the new
        // rust/kernel/net (phy.rs), the new drivers, drivers/net, drivers/net/phy (ax.rs), include and
        // include/linux (mutex.h grew); rust/bindings and samples/rust are read once.
        assertEquals(50 + 8 + 9, treesRead);
    }

    @Test
    void aTagWhoseTreeIsNoKernelAtAllIsStillAnError() throws Exception {
        Path dir = temp.resolve("linux");
        try (TestRepo repo = TestRepo.init(dir, true)) {
            repo.annotatedTag("v1.0", repo.commit(TestRepo.files("README", "a library\n", "src/lib.c", "int x;\n")));
        }
        try (HistoryIndexer history = open(dir)) {
            IndexException e = assertThrows(IndexException.class,
                    () -> history.timeline(TagSelection.releases(false), ProgressMonitor.NONE));
            assertEquals("linux@v1.0 is not a Linux kernel tree: it has no top-level Makefile; open the top "
                    + "directory of a kernel checkout (the one with Makefile, include/ and rust/)", e.getMessage());
        }
    }

    @Test
    void rustDirectoryWithoutBindingsHelperCountsAsWithoutRustAndSaysWhy() throws Exception {
        Path dir = temp.resolve("linux");
        try (TestRepo repo = TestRepo.init(dir, true)) {
            Map<String, TestRepo.Entry> files = withoutRust("v6.0");
            files.put("rust/kernel/lib.rs", TestRepo.Entry.file("unsafe fn f() {}\n"));
            repo.annotatedTag("v6.0", repo.commit(files));
        }
        try (HistoryIndexer history = open(dir)) {
            KernelIndex index = history.index(history.tag("v6.0"), ProgressMonitor.NONE).index();
            assertTrue(index.files().isEmpty());
            assertEquals(5, index.stats().filesListed(), "Makefile, mutex.h, mutex.c, stray.rs and lib.rs");
            assertEquals(1, index.warnings().size(), index.warnings().toString());
            assertEquals("rust/bindings/bindings_helper.h", index.warnings().get(0).path());
            assertEquals(0, fakes.rustCalls.get());
        }
    }

    @Test
    void diffFromAndToAReleaseWithoutRust() throws Exception {
        Path dir = threeReleases();
        try (TestRepo repo = TestRepo.init(dir, false)) {
            repo.annotatedTag("v6.0", repo.commit(withoutRust("v6.0")));
        }
        try (HistoryIndexer history = open(dir)) {
            ReleaseDiff arrival = history.diff("v6.0", "v6.1", ProgressMonitor.NONE);
            assertEquals(List.of("kernel::sync"), arrival.modulesAdded());
            assertEquals(List.of("mutex_lock"), arrival.symbolsNewlyBound());
            assertEquals(List.of("samples/rust/minimal.rs"), arrival.consumersAdded());
            assertEquals(0, arrival.unsafeBefore());
            assertEquals(1, arrival.unsafeAfter());
            ReleaseDiff back = history.diff("v6.2", "v6.0", ProgressMonitor.NONE);
            assertEquals(List.of("kernel::net::phy", "kernel::sync"), back.modulesRemoved());
            assertEquals(3, back.unsafeBefore());
            assertEquals(0, back.unsafeAfter());
        }
    }
}
