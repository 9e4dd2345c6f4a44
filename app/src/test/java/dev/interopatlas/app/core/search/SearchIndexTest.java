package dev.interopatlas.app.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.app.ui.testing.TinyGraph;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.NodeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static SearchIndex over(InteropGraph graph) {
        return new SearchIndex(new GraphIndex(graph));
    }

    private static List<String> labels(List<SearchHit> hits) {
        return hits.stream().map(h -> h.node().label()).toList();
    }

    @Test
    void exactBeatsPrefixBeatsSegmentBeatsSubstringBeatsPath() {
        InteropGraph g = new InteropGraph(List.of(
                TinyGraph.node("symbol:xmutex", NodeKind.C_SYMBOL, "xmutex", "include/a.h", Map.of()),
                TinyGraph.node("symbol:lock_mutex", NodeKind.C_SYMBOL, "lock_mutex", "include/a.h", Map.of()),
                TinyGraph.node("symbol:mutex_lock", NodeKind.C_SYMBOL, "mutex_lock", "include/a.h", Map.of()),
                TinyGraph.node("symbol:mutex", NodeKind.C_SYMBOL, "mutex", "include/a.h", Map.of()),
                TinyGraph.node("symbol:spin", NodeKind.C_SYMBOL, "spin", "include/linux/mutex.h", Map.of())),
                List.of());
        assertEquals(List.of("mutex", "mutex_lock", "lock_mutex", "xmutex", "spin"), labels(over(g).search("MUTEX", 10)));
    }

    @Test
    void tiesGoToTheNodeMoreThingsDependOn() {
        InteropGraph g = new InteropGraph(List.of(
                TinyGraph.node("symbol:dev_a", NodeKind.C_SYMBOL, "dev_a", "a.h", Map.of()),
                TinyGraph.node("symbol:dev_b", NodeKind.C_SYMBOL, "dev_b", "a.h", Map.of()),
                TinyGraph.node("module:m", NodeKind.ABSTRACTION, "m", "m.rs", Map.of())),
                List.of(TinyGraph.edge("module:m", "symbol:dev_b", EdgeKind.BINDS)));
        assertEquals(List.of("dev_b", "dev_a"), labels(over(g).search("dev", 10)));
    }

    @Test
    void searchCoversHeadersModulesAndDriversWithCategories() {
        SearchIndex index = over(TinyGraph.graph());
        SearchHit module = index.search("kernel::x", 5).get(0);
        assertEquals("module", module.category());
        assertEquals("crate", index.search("drv", 5).get(0).category());
        assertEquals("header", index.search("b.h", 5).get(0).category());
    }

    @Test
    void blankQueryAndLimitAreHonoured() {
        SearchIndex index = over(TinyGraph.graph());
        assertTrue(index.search("  ", 5).isEmpty());
        assertEquals(2, index.search("include", 2).size());
    }
}
