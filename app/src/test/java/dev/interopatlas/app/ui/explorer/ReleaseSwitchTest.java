package dev.interopatlas.app.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.diff.GraphDiff;
import dev.interopatlas.app.core.load.AtlasLoaders;
import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.load.RepositoryLoader;
import dev.interopatlas.app.core.load.SampleRepositoryLoader;
import dev.interopatlas.app.core.query.GraphFilter;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel.DiffBase;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.samples.SampleRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Release switching and diff mode of the view model on the bundled sample as a tagged repository. */
class ReleaseSwitchTest {
    @TempDir
    static Path dir;
    private static ReleaseHistory history;

    private final ExplorerViewModel vm = new ExplorerViewModel();

    @BeforeAll
    static void repository() throws Exception {
        Path repo = SampleRepository.create(dir.resolve("minikernel.git"), true);
        history = ReleaseHistory.open(repo, dir.resolve("cache"), w -> { });
    }

    @AfterAll
    static void close() {
        history.close();
    }

    private static Set<String> ids(InteropGraph graph) {
        return graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
    }

    private static KernelIndex index(String release) throws Exception {
        return history.index(release, ProgressMonitor.NONE);
    }

    @Test
    void releasesAreListedInVersionOrder() {
        assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), history.releases());
        assertEquals("v7.3", history.newest());
        assertEquals(Optional.of("v6.8"), history.previous("v6.12"));
        assertEquals(Optional.of("v6.12"), history.next("v6.8"));
        assertEquals(Optional.of("v6.12"), history.previous("v7.3"));
        assertTrue(history.previous("v6.1").isEmpty());
        assertTrue(history.next("v7.3").isEmpty());
    }

    @Test
    void switchingReleaseKeepsSelectionFocusAndFilterWhenTheNodeStillExists() throws Exception {
        vm.setAtlas(history.load("v6.12", ProgressMonitor.NONE));
        Set<String> older = ids(index("v6.8").graph());
        String kept = vm.shownIndex().nodes().stream().map(Node::id)
                .filter(older::contains).filter(id -> id.startsWith("module:")).findFirst().orElseThrow();
        GraphFilter noConsumers = GraphFilter.ALL.withRole(NodeKind.CONSUMER, false);
        vm.filterProperty().set(noConsumers);
        vm.select(kept);
        vm.focusSelection();

        vm.showRelease(history.load("v6.8", ProgressMonitor.NONE));

        assertEquals("v6.8", vm.release().orElseThrow().release());
        assertEquals(Optional.of(kept), vm.selectedProperty().get());
        assertTrue(vm.focusActiveProperty().get());
        assertFalse(vm.focusSet().isEmpty());
        assertEquals(noConsumers, vm.filterProperty().get());
        assertEquals(older, ids(vm.shownIndex().graph()));
    }

    @Test
    void switchingToAReleaseWithoutTheSelectedNodeClearsTheSelection() throws Exception {
        vm.setAtlas(history.load("v6.12", ProgressMonitor.NONE));
        Set<String> older = ids(index("v6.8").graph());
        String onlyNew = vm.shownIndex().nodes().stream().map(Node::id).filter(id -> !older.contains(id))
                .findFirst().orElseThrow();
        vm.select(onlyNew);

        vm.showRelease(history.load("v6.8", ProgressMonitor.NONE));

        assertTrue(vm.selectedProperty().get().isEmpty());
    }

    @Test
    void diffModeCountsAddedAndRemovedNodesAndDrawsRemovedOnesAsGhosts() throws Exception {
        vm.setAtlas(history.load("v6.12", ProgressMonitor.NONE));
        InteropGraph base = index("v6.8").graph();
        InteropGraph now = index("v6.12").graph();
        vm.diffBaseProperty().set(Optional.of(new DiffBase("v6.8", index("v6.8"))));
        vm.diffActiveProperty().set(true);

        GraphDiff diff = vm.diffProperty().get().orElseThrow();
        Set<String> added = ids(now);
        added.removeAll(ids(base));
        Set<String> removed = ids(base);
        removed.removeAll(ids(now));
        assertFalse(added.isEmpty(), "the sample grows from v6.8 to v6.12");
        assertEquals(added, diff.marks().addedNodes());
        assertEquals(removed, diff.marks().removedNodes());
        long addedModules = now.nodes().stream().filter(n -> added.contains(n.id()))
                .filter(n -> n.kind() == NodeKind.ABSTRACTION).count();
        assertEquals(addedModules, (long) diff.addedByKind().getOrDefault(NodeKind.ABSTRACTION, 0));
        assertTrue(diff.summary().startsWith("vs v6.8: +" + addedModules + " modules, \u2212"), diff.summary());
        // Ghosts are drawn (and laid out) next to the current graph; they are not part of the searchable index.
        Set<String> drawn = ids(vm.visibleGraphProperty().get());
        assertTrue(drawn.containsAll(removed));
        assertTrue(removed.stream().allMatch(vm.layout()::containsKey));
        assertTrue(removed.stream().noneMatch(id -> vm.shownIndex().node(id).isPresent()));
        assertEquals(diff.marks(), vm.nodeStyles().diff());

        vm.diffActiveProperty().set(false);
        assertEquals(ids(now), ids(vm.visibleGraphProperty().get()));
        assertTrue(vm.nodeStyles().diff().addedNodes().isEmpty());
    }

    @Test
    void diffAgainstTheSameGraphIsEmpty() throws Exception {
        GraphDiff none = GraphDiff.between("v6.12", index("v6.12").graph(), index("v6.12").graph());
        assertTrue(none.addedNodes().isEmpty() && none.removedNodes().isEmpty()
                && none.addedEdges().isEmpty() && none.removedEdges().isEmpty());
    }

    @Test
    void aBrokenSampleRepositoryIsRecreated() throws Exception {
        Path broken = dir.resolve("broken.git");
        java.nio.file.Files.createDirectories(broken.resolve("objects"));
        java.nio.file.Files.writeString(broken.resolve("HEAD"), "garbage");
        assertFalse(SampleRepositoryLoader.isValid(broken));
        SampleRepositoryLoader.ensure(broken);
        assertTrue(SampleRepositoryLoader.isValid(broken));
        assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), ReleaseHistory.releaseTags(broken));
        assertTrue(ReleaseHistory.isRepositoryWithReleases(broken));
        assertTrue(AtlasLoaders.forPath(broken) instanceof RepositoryLoader);
        assertTrue(AtlasLoaders.forPath(dir.resolve("cache")) instanceof DirectoryLoader);
    }
}
