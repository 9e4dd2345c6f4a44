package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseLineTest {
    private static final List<String> RELEASES = List.of("v6.12", "v6.1", "v6.2", "v6.10");

    @Test
    void beforeListsTheOlderReleasesInVersionOrderNotTextOrder() {
        assertEquals(List.of("v6.1", "v6.2"), ReleaseLine.before(RELEASES, "v6.10"));
    }

    @Test
    void aReleaseCandidateAndItsReleaseHaveTheSamePreviousRelease() {
        // VersionOrder puts v6.12-rc1 before v6.12 and after v6.10 (VersionOrder's javadoc)
        assertEquals(Optional.of("v6.10"), ReleaseLine.previous(RELEASES, "v6.12-rc1"));
        assertEquals(Optional.of("v6.10"), ReleaseLine.previous(RELEASES, "v6.12"));
    }

    @Test
    void theOldestReleaseHasNoPreviousAndTheNewestNoNext() {
        assertEquals(Optional.empty(), ReleaseLine.previous(RELEASES, "v6.1"));
        assertEquals(Optional.empty(), ReleaseLine.next(RELEASES, "v6.12"));
        assertEquals(Optional.of("v6.10"), ReleaseLine.next(RELEASES, "v6.2"));
    }
}
