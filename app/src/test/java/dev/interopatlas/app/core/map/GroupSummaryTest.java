package dev.interopatlas.app.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The details of a group of {@link TinyKernel}'s map, worked out from its modules' unsafe totals. */
class GroupSummaryTest {
    private final AtlasMap map = AtlasMap.of(TinyKernel.graph(), GroupBy.DIRECTORY, SectionLookup.NONE);

    @Test
    void aGroupListsItsMembersAtAnyDepthMostUnsafeFirst() {
        // kernel::sync holds kernel::sync (1 unsafe), arc (4) and, through kernel::sync::lock, lock (0), mutex (2)
        GroupSummary sync = GroupSummary.of(map, Grouping.groupId(Layer.ABSTRACTIONS, "kernel::sync"), 3);
        assertEquals("kernel::sync", sync.label());
        assertEquals(4, sync.memberCount());
        assertEquals(7, sync.unsafeTotal());
        assertEquals(List.of("kernel::sync::arc", "kernel::sync::lock::mutex", "kernel::sync"),
                sync.topMembers().stream().map(Node::label).toList());
    }

    @Test
    void aMemberHasNoGroupSummary() {
        assertThrows(IllegalArgumentException.class, () -> GroupSummary.of(map, "module:kernel::net", 5));
    }
}
