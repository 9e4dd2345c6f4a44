package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.c.MemoryTree;
import dev.interopatlas.indexer.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The impact's declaration cache keeps the prints of the recent comparisons, not of every release ever compared. */
class DeclarationPrintsTest {
    @TempDir
    Path temp;

    private final MemoryTree tree = MemoryTree.of("include/a.h", "int a(int x);\n", "include/b.h", "int b(void);\n");
    private final SourceFile a = new SourceFile("include/a.h", Optional.of("aaaa"));
    private final SourceFile b = new SourceFile("include/b.h", Optional.of("bbbb"));

    /** One comparison: the cache read, the files asked for, the cache written. */
    private Set<String> compare(SourceFile... files) throws Exception {
        List<String> warnings = new ArrayList<>();
        DeclarationPrints prints = DeclarationPrints.at(temp.resolve(DeclarationPrints.FILE_NAME), warnings::add);
        for (SourceFile file : files) {
            assertEquals(1, prints.of(tree, file).size(), file.path());
        }
        prints.save();
        assertEquals(List.of(), warnings);
        return DeclarationPrints.at(temp.resolve(DeclarationPrints.FILE_NAME), warnings::add).blobs();
    }

    /** A file of the tree under a blob id no comparison has seen: its prints are made, so the cache is written. */
    private SourceFile fresh(int i) {
        return new SourceFile("include/a.h", Optional.of("fresh" + i));
    }

    @Test
    void printsUnusedForEightWritingComparisonsAreDropped() throws Exception {
        assertEquals(Set.of("aaaa", "bbbb"), compare(a, b));
        for (int i = 1; i < DeclarationPrints.KEPT_SAVES; i++) {
            assertTrue(compare(a, fresh(i)).contains("bbbb"), "comparison " + (i + 1) + ": b.h still kept");
        }
        Set<String> kept = compare(a, fresh(DeclarationPrints.KEPT_SAVES));
        assertTrue(!kept.contains("bbbb") && kept.contains("aaaa"), "b.h unused for "
                + DeclarationPrints.KEPT_SAVES + " comparisons: " + kept);
    }

    @Test
    void printsUsedAgainAreKeptAgain() throws Exception {
        compare(a, b);
        for (int i = 0; i < 20; i++) {
            assertTrue(compare(i % 4 == 0 ? b : a, fresh(i)).containsAll(Set.of("aaaa", "bbbb")), "comparison " + i);
        }
    }

    @Test
    void aComparisonWithEveryPrintCachedWritesNothing() throws Exception {
        compare(a, b);
        Path file = temp.resolve(DeclarationPrints.FILE_NAME);
        java.nio.file.attribute.FileTime written = java.nio.file.Files.getLastModifiedTime(file);
        java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                written.toMillis() - 60_000));
        java.nio.file.attribute.FileTime before = java.nio.file.Files.getLastModifiedTime(file);
        assertEquals(Set.of("aaaa", "bbbb"), compare(a, b));
        assertEquals(before, java.nio.file.Files.getLastModifiedTime(file), "not written again");
    }
}
