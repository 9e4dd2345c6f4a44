package dev.interopatlas.app.ui.hotspots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.analysis.HotspotTable;
import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.testing.SampleAtlas;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotspotsViewModelTest {
    @TempDir
    static Path temp;
    static LoadedAtlas current;
    static LoadedAtlas previous;
    static SubsystemMapping mapping;

    @BeforeAll
    static void index() throws Exception {
        current = SampleAtlas.load("v6.12", temp);
        previous = SampleAtlas.load("v6.8", temp);
        mapping = new SubsystemMapping(MaintainersIndex.load(current.tree().orElseThrow()).matcher());
    }

    @AfterAll
    static void close() {
        current.tree().ifPresent(t -> t.close());
        previous.tree().ifPresent(t -> t.close());
    }

    private static HotspotsViewModel loaded(boolean withPrevious) {
        HotspotsViewModel vm = new HotspotsViewModel();
        vm.setData(HotspotTable.compute(current.index(),
                withPrevious ? Optional.of(previous.index()) : Optional.empty(), Optional.of("v6.8"),
                Optional.of(mapping)));
        return vm;
    }

    @Test
    void fileRowsSumToTheIndexersPerFileMetrics() {
        HotspotsViewModel vm = loaded(false);
        Map<String, Hotspot> rows = vm.rows().stream().collect(Collectors.toMap(Hotspot::key, r -> r));
        List<FileMetrics> unsafeFiles = current.index().files().stream().filter(f -> f.unsafeTotal() > 0).toList();
        assertFalse(unsafeFiles.isEmpty(), "the sample has unsafe code");
        assertEquals(unsafeFiles.size(), rows.size());
        for (FileMetrics f : unsafeFiles) {
            Hotspot row = rows.get(f.path());
            assertEquals(f.unsafeBlocks(), row.unsafeBlocks(), f.path());
            assertEquals(f.unsafeFns(), row.unsafeFns(), f.path());
            assertEquals(f.unsafeImpls(), row.unsafeImpls(), f.path());
            assertEquals(f.unsafeTraits(), row.unsafeTraits(), f.path());
            assertEquals(f.unsafeBlocksUndocumented(), row.undocumentedBlocks(), f.path());
            assertEquals(f.unsafeBlocksPlaceholder(), row.placeholderBlocks(), f.path());
        }
    }

    @Test
    void functionRowsAddUpToTheSameTotalsAsFileRows() {
        HotspotsViewModel vm = loaded(false);
        int files = vm.rows().stream().mapToInt(Hotspot::total).sum();
        vm.scopeProperty().set(HotspotScope.FUNCTION);
        int functions = vm.rows().stream().mapToInt(Hotspot::total).sum();
        assertEquals(current.index().files().stream().mapToInt(FileMetrics::unsafeTotal).sum(), files);
        assertEquals(files, functions);
    }

    @Test
    void roleSubsystemAndPrefixFiltersNarrowTheRows() {
        HotspotsViewModel vm = loaded(false);
        vm.roleProperty().set(Optional.of(FileRole.CONSUMER));
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().stream().allMatch(r -> r.role() == FileRole.CONSUMER));
        vm.roleProperty().set(Optional.empty());

        String section = "ETHERNET PHY LIBRARY [RUST]";
        assertTrue(vm.data().sections().contains(section), vm.data().sections().toString());
        vm.subsystemProperty().set(Optional.of(section));
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().stream().allMatch(r -> mapping.sectionsOf(r.path()).contains(section)));
        vm.subsystemProperty().set(Optional.empty());

        vm.pathPrefixProperty().set("rust/kernel/");
        assertFalse(vm.rows().isEmpty());
        assertTrue(vm.rows().stream().allMatch(r -> r.path().startsWith("rust/kernel/")));
        vm.pathPrefixProperty().set("no/such/dir");
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void changeColumnIsFilledOnlyWithAPreviousRelease() {
        assertTrue(loaded(false).rows().stream().allMatch(r -> r.changeSincePrevious().isEmpty()));
        HotspotsViewModel vm = loaded(true);
        assertEquals(Optional.of("v6.8"), vm.data().previous());
        assertTrue(vm.rows().stream().anyMatch(r -> r.changeSincePrevious().isPresent()));
    }

    @Test
    void abstractionAndConsumerRowsMapToTheGraphNodeOfTheirFile() {
        GraphIndex graph = new GraphIndex(current.index().graph());
        HotspotsViewModel vm = loaded(false);
        int mapped = 0;
        for (Hotspot row : vm.rows()) {
            Optional<String> id = HotspotsViewModel.nodeFor(graph, row);
            // macros/bindings crates have no node in the graph: nothing to select there.
            if (row.role() == FileRole.ABSTRACTION || row.role() == FileRole.CONSUMER) {
                assertTrue(id.isPresent(), row.key());
            }
            if (id.isPresent()) {
                Node node = graph.node(id.get()).orElseThrow();
                assertEquals(Optional.of(row.path()), node.path(), row.key());
                mapped++;
            }
        }
        assertTrue(mapped > 0);
    }

    private static Hotspot fileRow(String path, int blocks) {
        return new Hotspot(HotspotScope.FILE, path, path, 1, FileRole.OTHER, Optional.of(10), blocks, 0, 0, 0, 0, 0,
                Optional.empty(), 0.0, Optional.empty());
    }

    @Test
    void vendoredRowsShowOnlyWhenAskedForAndOtherCrateFilesOpenTheirCratesNode() {
        HotspotsViewModel vm = new HotspotsViewModel();
        vm.setData(new HotspotTable(Map.of(HotspotScope.FILE, List.of(fileRow("rust/syn/expr.rs", 9),
                fileRow("drivers/x/hw.rs", 2))), Optional.empty(), List.of(), Optional.empty(),
                java.util.Set.of("rust/syn/expr.rs"), Map.of("drivers/x/hw.rs", "drivers/x/x.rs"), List.of("syn")));
        assertEquals(List.of("drivers/x/hw.rs"), vm.rows().stream().map(Hotspot::key).toList());
        vm.includeVendoredProperty().set(true);
        assertEquals(List.of("rust/syn/expr.rs", "drivers/x/hw.rs"), vm.rows().stream().map(Hotspot::key).toList());

        GraphIndex graph = new GraphIndex(new dev.interopatlas.model.graph.InteropGraph(List.of(
                new Node("consumer:x", dev.interopatlas.model.graph.NodeKind.CONSUMER, "x", Optional.of("drivers/x/x.rs"),
                        Optional.empty(), Optional.of("driver"), Map.of())), List.of()));
        assertEquals(Optional.of("consumer:x"), vm.nodeOf(graph, fileRow("drivers/x/hw.rs", 2)));
        assertEquals(Optional.empty(), vm.nodeOf(graph, fileRow("rust/syn/expr.rs", 9)));
    }

    @Test
    void theVendoredFilterNamesTheUpstreamCodeItHides() throws Exception {
        LoadedAtlas v73 = SampleAtlas.load("v7.3", temp);
        try {
            HotspotTable data = HotspotTable.compute(v73.index(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            // rust/minicopy/README.md:3 "These source files come from the Rust `minicopy` crate, version 0.4.2"
            assertEquals(List.of("minicopy"), data.upstreams());
            assertEquals("vendored: minicopy", data.vendoredLabel());
        } finally {
            v73.tree().ifPresent(t -> t.close());
        }
        // v6.12 vendors nothing (no README under rust/ says so)
        assertEquals("vendored crates", HotspotTable.compute(current.index(), Optional.empty(),
                Optional.empty(), Optional.empty()).vendoredLabel());
        // 7.3's five upstream projects, named up to three
        HotspotTable five = new HotspotTable(Map.of(), Optional.empty(), List.of(),
                Optional.empty(), java.util.Set.of(), Map.of(),
                List.of("proc-macro2", "quote", "syn", "zerocopy", "zerocopy-derive"));
        assertEquals("vendored: proc-macro2, quote, syn +2", five.vendoredLabel());
    }
}
