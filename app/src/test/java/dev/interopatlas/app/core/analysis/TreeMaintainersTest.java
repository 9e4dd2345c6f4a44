package dev.interopatlas.app.core.analysis;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.testing.SampleAtlas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shown atlas's MAINTAINERS is read once for readiness and the map, and read anew for another atlas. */
class TreeMaintainersTest {
    @TempDir
    Path temp;

    @Test
    void theShownAtlasIsReadOnceAndAnotherAtlasAgain() throws Exception {
        LoadedAtlas first = SampleAtlas.load("v7.3", temp.resolve("a"));
        LoadedAtlas second = SampleAtlas.load("v7.3", temp.resolve("b"));
        try {
            TreeMaintainers read = TreeMaintainers.ofShown(first);
            assertTrue(read.index().isPresent(), read.problem());
            assertSame(read, TreeMaintainers.ofShown(first), "the same atlas: not read again");
            TreeMaintainers other = TreeMaintainers.ofShown(second);
            assertNotSame(read, other, "another atlas, even of the same release: read anew");
            assertTrue(other.index().isPresent());
            assertNotSame(read, TreeMaintainers.ofShown(first), "only the last atlas is kept");
        } finally {
            first.tree().ifPresent(t -> t.close());
            second.tree().ifPresent(t -> t.close());
        }
    }
}
