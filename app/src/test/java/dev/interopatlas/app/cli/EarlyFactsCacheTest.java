package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.history.BlobFactsCache;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guess must name IndexCommand's tree and cache, or nothing: a wrong guess is only wasted reading. */
class EarlyFactsCacheTest {
    private static Optional<EarlyFactsCache.Guess> guess(String... args) {
        return EarlyFactsCache.guess(args);
    }

    private static Optional<EarlyFactsCache.Guess> expected(String cache, String tree) {
        return Optional.of(new EarlyFactsCache.Guess(Path.of(cache).toAbsolutePath().normalize(),
                Path.of(tree).toAbsolutePath().normalize()));
    }

    @Test
    void theTreeAndCacheOfAnIndexCommandLineInAnyOrder() {
        assertEquals(expected("/c", "linux"), guess("index", "linux", "--cache", "/c", "--out", "i.json"));
        assertEquals(expected("/c", "linux"), guess("index", "-o", "i.json", "--cache=/c", "--arch", "arm64", "linux"));
        assertEquals(expected("/c", "src/./linux"), guess("index", "--arch=x86", "-oi.json", "src/./linux", "--cache=/c"));
        assertEquals(expected(BlobFactsCache.defaultRoot().toString(), "linux"), guess("index", "linux"));
    }

    @Test
    void nothingWhenThereIsNoCacheToReadOrTheLineIsNotPlain() {
        assertEquals(Optional.empty(), guess("index", "linux", "--no-cache"));
        assertEquals(Optional.empty(), guess("index", "linux", "other"));
        assertEquals(Optional.empty(), guess("index", "--", "linux"));
        assertEquals(Optional.empty(), guess("index", "linux", "--cache"));
        assertEquals(Optional.empty(), guess("index", "--out", "i.json"));
        assertEquals(Optional.empty(), guess("metrics", "linux"));
        assertEquals(Optional.empty(), guess("index"));
    }
}
