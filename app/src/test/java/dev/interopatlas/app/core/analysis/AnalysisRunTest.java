package dev.interopatlas.app.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.app.core.load.SyntheticGraph;
import dev.interopatlas.model.index.KernelIndex;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisRunTest {
    private static final KernelIndex INDEX = SyntheticGraph.index(10, 1);

    private static ComparedRelease release(String label) {
        return new ComparedRelease(label, INDEX, Optional.empty());
    }

    @Test
    void comparesWithOlderReleasesOnlyOldestFirstAndEachOnce() {
        List<ComparedRelease> repository = List.of(release("v6.2"), release("v6.10"));
        List<ComparedRelease> added = List.of(release("v6.1"), release("v6.10"), release("v6.13"));
        List<String> older = AnalysisRun.olderThan("v6.12", repository, added).stream()
                .map(ComparedRelease::label).toList();
        assertEquals(List.of("v6.1", "v6.2", "v6.10"), older);
    }

    @Test
    void aReleaseInTheRepositoryWinsOverTheSameReleaseAddedByHand() {
        ComparedRelease fromRepository = release("v6.1");
        List<ComparedRelease> older = AnalysisRun.olderThan("v6.2", List.of(fromRepository), List.of(release("v6.1")));
        assertEquals(List.of(fromRepository), older);
    }

    @Test
    void withoutATreeThereIsNoMaintainersAndTheReasonSaysSo() {
        TreeMaintainers none = TreeMaintainers.of(Optional.empty());
        assertEquals(Optional.empty(), none.index());
        assertEquals(TreeMaintainers.NO_TREE, none.problem());
    }
}
