package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history layer on the real kernel repository (tags v6.1, v6.12, …); skipped when the corpus is absent. */
@Tag("corpus")
class CorpusHistoryTest {
    @TempDir
    Path temp;

    private static final Predicate<SourceFile> RUST = f -> f.path().endsWith(".rs");

    /**
     * Holds whatever else the corpus has (kernel-corpus.sh tags v6.1, v6.12 and, since issue 10, v7.3, each with
     * {@code git tag -a} on a commit of the unpacked tarball): every release tag is peeled to the commit git
     * itself peels it to, and each tag's Makefile is the unpacked release's, byte for byte.
     */
    @Test
    void listsTheReleaseTagsInVersionOrderPeeledToTheirCommits() throws Exception {
        try (Repository repository = GitRepositories.open(Corpus.gitRepository())) {
            List<ReleaseTag> tags = ReleaseTags.select(repository, TagSelection.releases(true));
            List<String> names = tags.stream().map(ReleaseTag::name).collect(Collectors.toList());
            assertTrue(names.containsAll(List.of("v6.1", "v6.12")), names.toString());
            assertEquals(names.stream().sorted(VersionOrder.INSTANCE).toList(), names);
            for (ReleaseTag tag : tags) {
                Ref ref = repository.getRefDatabase().peel(repository.exactRef(Constants.R_TAGS + tag.name()));
                assertTrue(tag.annotated(), tag.name());
                assertEquals(ref.getPeeledObjectId().name(), tag.commit(), tag.name());
                Path unpacked = Corpus.root().resolve("src").resolve("linux-" + tag.name().substring(1));
                if (Files.isRegularFile(unpacked.resolve("Makefile"))) {
                    try (GitTagTree tree = GitTagTree.open(repository, "linux-git", tag)) {
                        assertTrue(Arrays.equals(Files.readAllBytes(unpacked.resolve("Makefile")),
                                tree.read(tree.file("Makefile").orElseThrow())), tag.name());
                    }
                }
            }
        }
    }

    @Test
    void tagTreeMatchesTheUnpackedReleaseByteForByteOnRustFiles() throws Exception {
        Path unpacked = Corpus.tree("6.12");
        try (Repository repository = GitRepositories.open(Corpus.gitRepository());
             WorkingTree disk = WorkingTree.open(unpacked)) {
            long start = System.nanoTime();
            GitTagTree tree = GitTagTree.open(repository, "linux-git", ReleaseTags.find(repository, "v6.12"));
            long listMillis = (System.nanoTime() - start) / 1_000_000;
            List<SourceFile> rust = tree.files().stream().filter(RUST).collect(Collectors.toList());
            List<SourceFile> diskRust = disk.files().stream().filter(RUST).collect(Collectors.toList());
            System.out.printf("v6.12: %d files listed in %d ms, %d .rs files (unpacked tree: %d files, %d .rs)%n",
                    tree.files().size(), listMillis, rust.size(), disk.files().size(), diskRust.size());
            assertEquals(diskRust.stream().map(SourceFile::path).collect(Collectors.toList()),
                    rust.stream().map(SourceFile::path).collect(Collectors.toList()));
            for (SourceFile file : rust) {
                SourceFile onDisk = disk.file(file.path()).orElseThrow();
                assertTrue(Arrays.equals(disk.read(onDisk), tree.read(file)), file.path());
            }
        }
    }

    @Test
    void secondReleaseParsesOnlyRustBlobsThatChanged() throws Exception {
        try (Repository repository = GitRepositories.open(Corpus.gitRepository())) {
            FakeAnalyzers fakes = new FakeAnalyzers();
            BlobFactsCache cache = BlobFactsCache.forRepository(temp, repository.getDirectory().toPath(),
                    fakes::rust, fakes::c, IndexerVersion.INDEXER_VERSION, message -> {
                    });
            GitTagTree v61 = GitTagTree.open(repository, "linux-git", ReleaseTags.find(repository, "v6.1"));
            GitTagTree v612 = GitTagTree.open(repository, "linux-git", ReleaseTags.find(repository, "v6.12"));
            for (SourceFile file : v61.files()) {
                if (RUST.test(file)) {
                    cache.rust(v61, file);
                }
            }
            CacheCounters first = cache.counters();
            Map<String, String> oldBlobs = v61.files().stream().filter(RUST)
                    .collect(Collectors.toMap(SourceFile::path, f -> f.blobId().orElseThrow()));
            long distinctOld = oldBlobs.values().stream().distinct().count();
            long start = System.nanoTime();
            for (SourceFile file : v612.files()) {
                if (RUST.test(file)) {
                    cache.rust(v612, file);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            CacheCounters second = cache.counters().since(first);
            List<String> newBlobs = v612.files().stream().filter(RUST).map(f -> f.blobId().orElseThrow())
                    .distinct().filter(b -> !oldBlobs.containsValue(b)).collect(Collectors.toList());
            System.out.printf("v6.1: %d .rs files, %d parsed; v6.12: %d .rs files, %d parsed, %d hits (%d ms)%n",
                    oldBlobs.size(), first.parsed(), v612.files().stream().filter(RUST).count(), second.parsed(),
                    second.hits(), millis);
            assertEquals(distinctOld, first.parsed());
            assertEquals(newBlobs.size(), second.parsed());
            assertTrue(second.hits() > 0, "some Rust files are unchanged since v6.1");
            java.util.Set<String> oldHeaders = v61.files().stream().filter(f -> f.path().endsWith(".h"))
                    .map(f -> f.blobId().orElseThrow()).collect(Collectors.toSet());
            List<String> newHeaders = v612.files().stream().filter(f -> f.path().endsWith(".h"))
                    .map(f -> f.blobId().orElseThrow()).collect(Collectors.toList());
            System.out.printf("headers: v6.1 %d, v6.12 %d, of which %d blobs already in v6.1%n", oldHeaders.size(),
                    newHeaders.size(), newHeaders.stream().filter(oldHeaders::contains).count());
            cache.flush();
            BlobFactsCache reopened = BlobFactsCache.forRepository(temp, repository.getDirectory().toPath(),
                    fakes::rust, fakes::c, IndexerVersion.INDEXER_VERSION, message -> {
                    });
            assertEquals(first.parsed() + second.parsed(), reopened.loadedFromDisk());
        }
    }
}
