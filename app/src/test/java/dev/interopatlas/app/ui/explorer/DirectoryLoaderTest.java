package dev.interopatlas.app.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a kernel tree in the explorer keeps its facts, so re-opening the unchanged tree parses nothing. */
class DirectoryLoaderTest {
    @TempDir
    Path temp;

    @Test
    void openingATreeSavesFactsThatAReopenTakesWithoutParsing() throws Exception {
        Path tree = SampleTrees.extract("v6.12", temp.resolve("tree"));
        Path cache = temp.resolve("cache");
        LoadedAtlas opened = new DirectoryLoader(tree, Optional.of(cache)).load(ProgressMonitor.NONE);
        opened.tree().orElseThrow().close();

        AtomicInteger parsed = new AtomicInteger();
        WorkingTreeFacts facts = WorkingTreeFacts.open(cache, tree, bytes -> {
            parsed.incrementAndGet();
            return RustFileAnalyzer.analyze(bytes);
        }, bytes -> {
            parsed.incrementAndGet();
            return CFileAnalyzer.analyze(bytes);
        }, warning -> { });
        try (WorkingTree again = WorkingTree.open(tree)) {
            new KernelIndexer(IndexOptions.defaults()).index(again, facts, ProgressMonitor.NONE);
        }
        assertEquals(0, parsed.get());
        assertTrue(facts.counters().hits() >= opened.index().stats().rustFiles()
                + opened.index().stats().headersInClosure());
    }

    @Test
    void testsKeepTheirCachesOutOfTheUsersHome() {
        // the build points the default cache root into target/ (see the root pom's surefire configuration)
        Path root = BlobFactsCache.defaultRoot();
        assertTrue(root.endsWith(Path.of("target", "facts-cache")), root.toString());
    }

    @Test
    void nonexistentPathIsNotCalledANonDirectory() {
        Path missing = temp.resolve("nope");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new DirectoryLoader(missing, Optional.empty()).load(ProgressMonitor.NONE));
        assertEquals(missing + ": no such file or directory", e.getMessage());
    }
}
