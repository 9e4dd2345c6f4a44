package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.history.ReleaseSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseSummaryStoreTest {
    @TempDir
    Path dir;

    private static ReleaseSummary summary(String release) {
        return new ReleaseSummary(release, "c0ffee", 3, 120, 2, 1, 1, 0, 4, 10, 30, 5, 1, 1, 0, 4, 1, 0.8, 2, 1, 4,
                900, 3, 5, 7);
    }

    @Test
    void summariesSurviveReopeningForTheSameArch() throws Exception {
        ReleaseSummaryStore store = ReleaseSummaryStore.open(dir, "x86", w -> { });
        store.put("c0ffee", summary("v6.12"));
        store.save();
        assertEquals(Optional.of(summary("v6.12")), ReleaseSummaryStore.open(dir, "x86", w -> { }).get("c0ffee"));
    }

    @Test
    void anotherArchDoesNotSeeTheSummaries() throws Exception {
        ReleaseSummaryStore store = ReleaseSummaryStore.open(dir, "x86", w -> { });
        store.put("c0ffee", summary("v6.12"));
        store.save();
        assertEquals(Optional.empty(), ReleaseSummaryStore.open(dir, "arm64", w -> { }).get("c0ffee"));
    }

    @Test
    void corruptStoreIsReportedAndIgnored() throws Exception {
        Files.writeString(dir.resolve(ReleaseSummaryStore.FILE_NAME), "{\"indexer-1/arch-x86\": {\"c0ffee\": [");
        List<String> warnings = new ArrayList<>();
        ReleaseSummaryStore store = ReleaseSummaryStore.open(dir, "x86", warnings::add);
        assertEquals(Optional.empty(), store.get("c0ffee"));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("rebuilding"), warnings.get(0));
        store.put("c0ffee", summary("v6.12"));
        store.save();
        assertEquals(Optional.of(summary("v6.12")), ReleaseSummaryStore.open(dir, "x86", w -> { }).get("c0ffee"));
    }
}
