package dev.interopatlas.app.core.map;

import static dev.interopatlas.app.core.map.Grouping.groupId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.app.core.diff.DiffMarks;
import dev.interopatlas.app.core.map.MapAppearance.Change;
import dev.interopatlas.app.core.map.MapAppearance.Look;
import dev.interopatlas.model.graph.Layer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Emphasis of graph nodes carried over to the boxes of {@link TinyKernel}'s map, worked out by hand. */
class MapAppearanceTest {
    private static final String BOUND_LINUX = groupId(Layer.BINDINGS, "include/linux");
    private static final String SYNC = groupId(Layer.ABSTRACTIONS, "kernel::sync");
    private static final String LOCK = groupId(Layer.ABSTRACTIONS, "kernel::sync::lock");
    private static final String KERNEL = groupId(Layer.ABSTRACTIONS, "kernel");

    private final AtlasMap map = AtlasMap.of(TinyKernel.graph(), GroupBy.DIRECTORY, SectionLookup.NONE);

    /**
     * b_fn's blast radius: kernel::sync::lock::mutex binds it, binder uses that module (TinyKernel's edges
     * "mutex BINDS b_fn" and "binder USES mutex").
     */
    private static NodeStyles bFnBlast() {
        return new NodeStyles(Optional.of("symbol:b_fn"), Set.of(),
                Set.of("module:kernel::sync::lock::mutex", "consumer:binder"), true, Optional.empty());
    }

    @Test
    void aClosedGroupIsInTheBlastRadiusWhenAnyMemberIsAndTheRestFades() {
        Map<String, Look> looks = MapAppearance.of(map, Expansion.NONE, map.overview(), bFnBlast());
        // b_fn (include/linux/sched/b.h) is drawn as the bound-symbols group include/linux
        assertTrue(looks.get(BOUND_LINUX).selected());
        assertTrue(looks.get(SYNC).blast(), "mutex is inside kernel::sync");
        assertTrue(looks.get("consumer:binder").blast());
        assertEquals(Set.of(BOUND_LINUX, SYNC, "consumer:binder"), looks.entrySet().stream()
                .filter(e -> !e.getValue().faded()).map(Map.Entry::getKey).collect(Collectors.toSet()));
        assertTrue(looks.get(KERNEL).faded(), "kernel holds only the crate root and kernel::net");
    }

    @Test
    void afterExpandingTheBlastMovesToTheSubGroupThatHoldsTheMember() {
        Expansion open = Expansion.NONE.expand(map.hierarchy(), SYNC);
        Map<String, Look> looks = MapAppearance.of(map, open, map.view(open), bFnBlast());
        assertTrue(looks.get(LOCK).blast());
        assertFalse(looks.get("module:kernel::sync::arc").blast());
        assertTrue(looks.get("module:kernel::sync::arc").faded());
    }

    @Test
    void heatIsTheLogOfTheUnsafeTotalOverTheLargestShown() {
        NodeStyles heat = new NodeStyles(Optional.empty(), Set.of(), Set.of(), false, Optional.of(Map.of()));
        Map<String, Look> looks = MapAppearance.of(map, Expansion.NONE, map.overview(), heat);
        // TinyKernel's unsafe totals: binder 11 (the largest shown), nova_core 5; the group kernel::sync holds
        // kernel::sync 1, arc 4, lock 0 and mutex 2 = 7; the bound symbols have none
        assertEquals(1.0, looks.get("consumer:binder").heat().orElseThrow(), 1e-9);
        assertEquals(Math.log(6) / Math.log(12), looks.get("consumer:nova_core").heat().orElseThrow(), 1e-9);
        assertEquals(Math.log(8) / Math.log(12), looks.get(SYNC).heat().orElseThrow(), 1e-9);
        assertEquals(0.0, looks.get(BOUND_LINUX).heat().orElseThrow(), 1e-9);
        assertFalse(looks.get(SYNC).faded(), "heat alone fades nothing");
    }

    @Test
    void aGroupWithAddedAndRemovedMembersIsMarkedBoth() {
        DiffMarks marks = new DiffMarks(Set.of("consumer:nova_core", "module:kernel::net"), Set.of("module:kernel"),
                Set.of(), Set.of());
        NodeStyles diff = new NodeStyles(Optional.empty(), Set.of(), Set.of(), false, Optional.empty(), marks);
        Map<String, Look> looks = MapAppearance.of(map, Expansion.NONE, map.overview(), diff);
        assertEquals(Change.BOTH, looks.get(KERNEL).change(), "kernel holds kernel::net (added) and kernel (removed)");
        assertEquals(Change.ADDED, looks.get("consumer:nova_core").change());
        assertEquals(Change.NONE, looks.get(SYNC).change());
    }
}
