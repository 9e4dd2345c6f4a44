package dev.interopatlas.indexer.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.model.metrics.IndexWarning;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory the walk cannot list (mode 000 for a user; root reads anything, so the listing is made to fail as
 * {@link File#list()} does, with null) is left out with a warning, not silently.
 */
class UnreadableDirectoryTest {
    @TempDir
    Path tree;

    @Test
    void unreadableDirectoryIsNamedInAWarning() throws Exception {
        Files.createDirectories(tree.resolve("drivers/secret"));
        Files.writeString(tree.resolve("drivers/secret/a.rs"), "");
        Files.writeString(tree.resolve("drivers/b.rs"), "");
        String secret = tree.resolve("drivers/secret").toString();
        WorkingTree opened = WorkingTree.open(tree, dir -> dir.equals(secret) ? null : new File(dir).list());
        assertEquals(List.of("drivers/b.rs"), opened.files().stream().map(SourceFile::path).toList());
        assertEquals(List.of(new IndexWarning("drivers/secret", 0, "directory not readable: its files are left out")),
                opened.listingWarnings());
    }
}
