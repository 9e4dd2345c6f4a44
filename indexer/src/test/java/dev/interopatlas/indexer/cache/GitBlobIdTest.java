package dev.interopatlas.indexer.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GitBlobIdTest {
    @Test
    void isTheIdGitGivesTheSameContent() {
        // `printf 'hello\n' | git hash-object --stdin` and `git hash-object /dev/null` (the empty blob)
        assertEquals("ce013625030ba8dba906f756967f9e9ca394464a",
                GitBlobId.of("hello\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391", GitBlobId.of(new byte[0]));
    }
}
