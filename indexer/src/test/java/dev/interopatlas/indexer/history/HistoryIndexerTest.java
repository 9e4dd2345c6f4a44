package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private Path threeReleases() throws Exception {
        Path dir = temp.resolve("linux");
        try (TestRepo repo = TestRepo.init(dir, false)) {
            repo.annotatedTag("v6.1", repo.commit(TestRepo.files(
                    "rust/kernel/sync.rs", "unsafe { bindings::mutex_lock() }\n",
                    "samples/rust/minimal.rs", "use kernel::prelude;\n",
                    "include/linux/mutex.h", "void mutex_lock(void);\n")));
            repo.lightweightTag("v6.2-rc1", repo.commit(TestRepo.files(
                    "rust/kernel/sync.rs", "unsafe { bindings::mutex_lock() }\n",
                    "samples/rust/minimal.rs", "use kernel::prelude;\n",
                    "include/linux/mutex.h", "void mutex_lock(void);\nvoid mutex_unlock(void);\n")));
            repo.annotatedTag("v6.2", repo.commit(TestRepo.files(
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
        assertEquals(3, first.blobsParsed());
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
        assertEquals(6, timeline.blobsParsed());
        assertEquals(2, timeline.cacheHits(), "sync.rs and minimal.rs unchanged");
        assertEquals(6, fakes.rustCalls.get() + fakes.cCalls.get());
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
            assertEquals(3, history.cache().loadedFromDisk(), "v6.1's blobs were written before the cancel");
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
}
