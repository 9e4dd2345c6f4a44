package dev.interopatlas.app.ui.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.analysis.ReadinessData;
import dev.interopatlas.app.core.query.GraphFilter;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.testing.SampleAtlas;
import dev.interopatlas.indexer.analysis.ReadinessHistory;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessViewModelTest {
    private static final String PHY_RUST = "ETHERNET PHY LIBRARY [RUST]";

    @TempDir
    static Path temp;
    static LoadedAtlas v61;
    static LoadedAtlas v612;
    static MaintainersIndex m61;
    static MaintainersIndex m612;

    @BeforeAll
    static void index() throws Exception {
        v61 = SampleAtlas.load("v6.1", temp);
        v612 = SampleAtlas.load("v6.12", temp);
        m61 = MaintainersIndex.load(v61.tree().orElseThrow());
        m612 = MaintainersIndex.load(v612.tree().orElseThrow());
    }

    @AfterAll
    static void close() {
        v61.tree().ifPresent(t -> t.close());
        v612.tree().ifPresent(t -> t.close());
    }

    private static ReadinessViewModel loaded(boolean history) {
        ReadinessViewModel vm = new ReadinessViewModel();
        ReadinessHistory.Release current = new ReadinessHistory.Release("v6.12", v612.index(), m612);
        List<ReadinessHistory.Release> releases = history
                ? List.of(new ReadinessHistory.Release("v6.1", v61.index(), m61), current) : List.of(current);
        vm.setData(new ReadinessData(Optional.of(ReadinessHistory.analyze(releases)),
                Optional.of(new SubsystemMapping(m612.matcher()))));
        return vm;
    }

    private static Optional<SubsystemReadiness> row(ReadinessViewModel vm, String section) {
        return vm.rows().stream().filter(r -> r.section().equals(section)).findFirst();
    }

    @Test
    void rustSectionsAreToldApartFromCSectionsOfTheSampleMaintainers() {
        ReadinessViewModel vm = loaded(false);
        SubsystemReadiness phy = row(vm, PHY_RUST).orElseThrow();
        assertTrue(phy.rustSection());
        assertTrue(phy.rustFiles() > 0);
        row(vm, "KEYS-TRUSTED").ifPresent(keys -> assertFalse(keys.rustSection()));
        assertTrue(m612.sections().stream().anyMatch(s -> s.name().equals("KEYS-TRUSTED") && !s.isRustSection()));
    }

    @Test
    void queryAndRustOnlyFilterTheRows() {
        ReadinessViewModel vm = loaded(false);
        int all = vm.rows().size();
        vm.rustSectionsOnlyProperty().set(true);
        assertTrue(vm.rows().stream().allMatch(SubsystemReadiness::rustSection));
        assertTrue(vm.rows().size() < all, "the sample also has C sections that Rust touches");
        vm.rustSectionsOnlyProperty().set(false);
        vm.queryProperty().set("ethernet phy");
        assertTrue(vm.rows().stream().allMatch(r -> r.section().startsWith("ETHERNET PHY")));
        assertTrue(row(vm, PHY_RUST).isPresent());
    }

    @Test
    void sparklinesOnlyWithSeveralReleases() {
        ReadinessViewModel single = loaded(false);
        assertFalse(single.hasHistory());
        assertEquals(List.of(), single.sparkline(PHY_RUST));
        ReadinessViewModel both = loaded(true);
        assertTrue(both.hasHistory());
        assertEquals(List.of("v6.1", "v6.12"), both.releases());
        List<Integer> spark = both.sparkline(PHY_RUST);
        assertEquals(2, spark.size());
        assertEquals(row(both, PHY_RUST).orElseThrow().boundFunctions(), spark.get(1));
        assertFalse(both.chartSections().isEmpty());
    }

    @Test
    void subsystemFilterKeepsOnlyNodesWhosePathMapsToTheSection() {
        SubsystemMapping mapping = new SubsystemMapping(m612.matcher());
        InteropGraph graph = v612.index().graph();
        InteropGraph shown = GraphFilter.ALL.withSubsystem(Optional.of(new GraphFilter.Subsystem(PHY_RUST, mapping)))
                .apply(graph);
        assertFalse(shown.nodes().isEmpty());
        assertTrue(shown.nodes().size() < graph.nodes().size());
        for (Node n : shown.nodes()) {
            assertTrue(mapping.sectionsOf(n.path().orElseThrow()).contains(PHY_RUST), n.id());
        }
        long expected = graph.nodes().stream()
                .filter(n -> n.path().map(p -> mapping.sectionsOf(p).contains(PHY_RUST)).orElse(false)).count();
        assertEquals(expected, shown.nodes().size());
        assertTrue(shown.nodes().stream().anyMatch(n -> n.path().get().equals("rust/kernel/net/phy.rs")));
        assertEquals(graph.nodes().size(), GraphFilter.ALL.withSubsystem(Optional.empty()).apply(graph).nodes().size());
    }
}
