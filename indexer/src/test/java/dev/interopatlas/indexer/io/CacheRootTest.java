package dev.interopatlas.indexer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheRootTest {
    @Test
    void xdgCacheHomeComesFirst() {
        assertEquals(Path.of("/x/cache/interop-atlas"),
                CacheRoot.directory(Map.of("XDG_CACHE_HOME", "/x/cache", "HOME", "/h"), "/passwd"));
    }

    @Test
    void homeVariableWinsOverThePasswordFile() {
        assertEquals(Path.of("/h/.cache/interop-atlas"), CacheRoot.directory(Map.of("HOME", "/h"), "/passwd"));
    }

    @Test
    void relativeOrEmptyValuesAreIgnoredAsTheSpecSays() {
        assertEquals(Path.of("/h/.cache/interop-atlas"),
                CacheRoot.directory(Map.of("XDG_CACHE_HOME", "cache", "HOME", "/h"), "/passwd"));
        assertEquals(Path.of("/passwd/.cache/interop-atlas"),
                CacheRoot.directory(Map.of("XDG_CACHE_HOME", "", "HOME", ""), "/passwd"));
    }
}
