package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.samples.SampleRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real analyzers' facts survive the disk cache unchanged, for every Rust and C file of the sample releases. */
class RealAnalyzersCacheTest {
    @TempDir
    Path temp;

    @Test
    void factsReadBackFromDiskEqualFreshAnalysisForEverySampleRelease() throws Exception {
        Path dir = SampleRepository.create(temp.resolve("minikernel"), true);
        Path cacheRoot = temp.resolve("cache");
        List<String> warnings = new ArrayList<>();
        try (Repository repository = GitRepositories.open(dir)) {
            List<ReleaseTag> tags = ReleaseTags.select(repository, TagSelection.releases(false));
            assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), tags.stream().map(ReleaseTag::name)
                    .collect(Collectors.toList()));
            BlobFactsCache writer = BlobFactsCache.forRepository(cacheRoot, repository.getDirectory().toPath(),
                    warnings::add);
            int files = 0;
            for (ReleaseTag tag : tags) {
                try (GitTagTree tree = GitTagTree.open(repository, "minikernel", tag)) {
                    for (SourceFile file : tree.files()) {
                        if (file.path().endsWith(".rs")) {
                            writer.rust(tree, file);
                            files++;
                        } else if (file.path().endsWith(".h") || file.path().endsWith(".c")) {
                            writer.c(tree, file);
                            files++;
                        }
                    }
                }
            }
            writer.flush();
            CacheCounters written = writer.counters();
            assertTrue(written.hits() > 0, "the releases share files");
            assertEquals(files, written.parsed() + written.hits());

            BlobFactsCache reader = BlobFactsCache.forRepository(cacheRoot, repository.getDirectory().toPath(),
                    warnings::add);
            assertEquals(written.parsed(), reader.loadedFromDisk());
            for (ReleaseTag tag : tags) {
                try (GitTagTree tree = GitTagTree.open(repository, "minikernel", tag)) {
                    for (SourceFile file : tree.files()) {
                        if (file.path().endsWith(".rs")) {
                            assertEquals(RustFileAnalyzer.analyze(tree.read(file)), reader.rust(tree, file),
                                    tree.displayName() + " " + file.path());
                        } else if (file.path().endsWith(".h") || file.path().endsWith(".c")) {
                            assertEquals(CFileAnalyzer.analyze(tree.read(file)), reader.c(tree, file),
                                    tree.displayName() + " " + file.path());
                        }
                    }
                }
            }
            assertEquals(0, reader.counters().parsed());
            assertTrue(warnings.isEmpty(), warnings.toString());
        }
    }
}
