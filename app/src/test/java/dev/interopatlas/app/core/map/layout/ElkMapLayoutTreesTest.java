package dev.interopatlas.app.core.map.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.IndexedTrees;
import dev.interopatlas.app.core.map.MapView;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same drawing checks on real indexes: the whole sample graph, and the 7.3 overview. */
class ElkMapLayoutTreesTest {
    @TempDir
    Path temp;

    @Test
    void wholeSampleGraphIsWellDrawn() throws Exception {
        IndexedTrees.Indexed sample = IndexedTrees.of(SampleTrees.extract("v7.3", temp.resolve("v7.3")));
        AtlasMap map = AtlasMap.of(sample.index().graph(), GroupBy.DIRECTORY, sample.sections());
        MapView all = map.view(map.openedUpTo(Integer.MAX_VALUE));
        assertEquals(sample.index().graph().nodes().size(), all.nodes().size());
        ElkMapLayoutTest.assertWellDrawn(LaidOutMap.of(all, new MapBoxes(ElkMapLayoutTest.FIXED, 12),
                ElkMapLayout.standard()));
    }

    @Test
    @Tag("corpus")
    void overviewOf73IsWellDrawn() throws Exception {
        IndexedTrees.Indexed tree = IndexedTrees.corpus("7.3");
        AtlasMap map = AtlasMap.of(tree.index().graph(), GroupBy.DIRECTORY, tree.sections());
        ElkMapLayoutTest.assertWellDrawn(LaidOutMap.of(map.overview(), new MapBoxes(ElkMapLayoutTest.FIXED, 12),
                ElkMapLayout.standard()));
    }
}
