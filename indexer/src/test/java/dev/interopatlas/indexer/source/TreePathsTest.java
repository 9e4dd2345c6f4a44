package dev.interopatlas.indexer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreePathsTest {
    @Test
    void dotsAndEmptySegmentsCollapse() {
        assertEquals(Optional.of("include/linux/types.h"), TreePaths.normalize("include/linux/./../linux//types.h"));
        assertEquals(Optional.of("rust/kernel/x.rs"), TreePaths.normalize("rust/kernel/sync/../x.rs"));
    }

    @Test
    void climbingAboveTheTreeRootNamesNothing() {
        assertEquals(Optional.empty(), TreePaths.normalize("rust/../../etc/passwd"));
        assertEquals(Optional.empty(), TreePaths.normalize("../x.h"));
    }
}
