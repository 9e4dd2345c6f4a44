package dev.interopatlas.app.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.testing.PreRustRepository;
import dev.interopatlas.app.ui.timeline.TimelineViewModel;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer on a clone whose vX.Y releases start long before Rust: the timeline and the releases open. */
class ReleaseHistoryWithoutRustTest {
    @TempDir
    Path dir;

    @Test
    void timelineComputesEveryReleaseAndOneWithoutRustOpensEmpty() throws Exception {
        Path repo = PreRustRepository.create(dir.resolve("linux.git"));
        List<String> warnings = new ArrayList<>();
        try (ReleaseHistory history = ReleaseHistory.open(repo, dir.resolve("cache"), warnings::add)) {
            List<String> expected = new ArrayList<>(PreRustRepository.versionsWithoutRust().stream()
                    .filter(v -> v.matches("v[0-9]+\\.[0-9]+")).toList()); // the explorer's releases are vX.Y
            expected.addAll(SampleTrees.releases());
            assertEquals(expected, history.releases());

            Timeline timeline = history.timeline(ProgressMonitor.NONE);

            assertEquals(expected, timeline.releases().stream().map(ReleaseSummary::release).toList());
            assertEquals(0, timeline.releases().get(0).rustFiles());
            assertTrue(timeline.releases().get(timeline.releases().size() - 1).rustFiles() > 0);
            String summary = new TimelineViewModel(timeline).summary();
            assertTrue(summary.startsWith(expected.size() + " releases, v3.0 → "), summary);
            KernelIndex v59 = history.load("v5.9", ProgressMonitor.NONE).index();
            assertTrue(v59.files().isEmpty() && v59.graph().nodes().isEmpty(), "nothing to show, nothing failed");
            assertTrue(v59.stats().filesListed() > 0, "the release's files are listed for its sources");

            // Alt+← from the first Rust release to v5.9, then back with v5.9 as the diff base
            String first = SampleTrees.releases().get(0);
            ExplorerViewModel vm = new ExplorerViewModel();
            vm.setAtlas(history.load(first, ProgressMonitor.NONE));
            vm.showRelease(history.load("v5.9", ProgressMonitor.NONE));
            assertTrue(vm.layout().isEmpty() && vm.visibleGraphProperty().get().nodes().isEmpty());
            vm.diffActiveProperty().set(true);
            vm.showRelease(history.load(first, ProgressMonitor.NONE),
                    Optional.of(new ExplorerViewModel.DiffBase("v5.9", v59)));
            int nodes = history.index(first, ProgressMonitor.NONE).graph().nodes().size();
            assertEquals(nodes, vm.diffProperty().get().orElseThrow().addedNodes().size(), "everything is new");
        }
        assertEquals(List.of(), warnings);
    }
}
