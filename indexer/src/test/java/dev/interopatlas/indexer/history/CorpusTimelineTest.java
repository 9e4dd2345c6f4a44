package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real indexer over every release of the real repository (v6.1, v6.12, v7.3), cold then warm cache. */
@Tag("corpus")
class CorpusTimelineTest {
    @TempDir
    Path cache;

    @Test
    void warmCacheGivesTheSameTimelineWithoutParsing() throws Exception {
        Path repo = Corpus.gitRepository();
        KernelIndexer indexer = new KernelIndexer(IndexOptions.defaults());
        List<String> warnings = new ArrayList<>();
        long start = System.nanoTime();
        Timeline cold;
        try (HistoryIndexer history = HistoryIndexer.open(repo, cache, indexer::index, warnings::add)) {
            cold = history.timeline(TagSelection.releases(false), ProgressMonitor.NONE);
            Path file = history.cache().file().orElseThrow();
            System.out.println("cache file " + java.nio.file.Files.size(file) + " bytes: " + file);
        }
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Timeline warm;
        ReleaseDiff diff;
        try (HistoryIndexer history = HistoryIndexer.open(repo, cache, indexer::index, warnings::add)) {
            warm = history.timeline(TagSelection.releases(false), ProgressMonitor.NONE);
            diff = history.diff("v6.1", "v6.12", ProgressMonitor.NONE);
        }
        long warmMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("cold " + coldMillis + " ms, warm (timeline + diff) " + warmMillis + " ms");
        for (ReleaseSummary r : cold.releases()) {
            System.out.println(r);
        }
        System.out.println("cold: parsed " + cold.blobsParsed() + ", hits " + cold.cacheHits() + "; warm: parsed "
                + warm.blobsParsed() + ", hits " + warm.cacheHits());
        System.out.println(ReleaseDiffText.render(diff, 8));
        assertEquals(0, warm.blobsParsed());
        List<String> names = cold.releases().stream().map(ReleaseSummary::release).toList();
        try (Repository repository = GitRepositories.open(repo)) {
            assertEquals(ReleaseTags.select(repository, TagSelection.releases(false)).stream()
                    .map(ReleaseTag::name).toList(), names, "every release tag of the corpus, whatever it holds");
        }
        assertTrue(names.containsAll(List.of("v6.1", "v6.12")), names.toString());
        assertEquals(cold.releases().size(), warm.releases().size());
        for (int i = 0; i < cold.releases().size(); i++) {
            ReleaseSummary a = cold.releases().get(i);
            ReleaseSummary b = warm.releases().get(i);
            assertEquals(a.withBlobsParsed(0), b);
        }
        ReleaseSummary v612 = cold.releases().get(names.indexOf("v6.12"));
        assertTrue(v612.blobsParsed() < v612.headersInClosure() + v612.rustFiles(), "v6.12 reuses v6.1 blobs");
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
