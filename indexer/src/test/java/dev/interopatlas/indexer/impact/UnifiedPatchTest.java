package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.source.ListedSourceTree;
import dev.interopatlas.indexer.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Applying unified diffs in memory, as patch -p1 would on disk. */
class UnifiedPatchTest {
    private static final class Files extends ListedSourceTree {
        private final Map<String, String> content;

        Files(Map<String, String> content) {
            super(content.keySet().stream().sorted().map(p -> new SourceFile(p, Optional.empty())).toList());
            this.content = content;
        }

        @Override
        public String displayName() {
            return "tree";
        }

        @Override
        public Optional<String> release() {
            return Optional.empty();
        }

        @Override
        public byte[] read(SourceFile file) {
            return content.get(file.path()).getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static String apply(Map<String, String> files, String diff, String path) throws Exception {
        PatchedTree tree = PatchedTree.apply(new Files(files),
                UnifiedPatch.parse(diff.getBytes(StandardCharsets.ISO_8859_1), "p.diff"), "p.diff");
        return tree.file(path).isEmpty() ? null
                : new String(tree.read(tree.file(path).get()), StandardCharsets.ISO_8859_1);
    }

    @Test
    void hunkAppliesAtItsLineOrWhereItsContextMovedTo() throws Exception {
        String diff = "--- a/x.h\n+++ b/x.h\n@@ -2,3 +2,3 @@\n b\n-c\n+C\n d\n";
        assertEquals("a\nb\nC\nd\n", apply(Map.of("x.h", "a\nb\nc\nd\n"), diff, "x.h"));
        // two lines were added above since the diff was made: found two lines further down
        assertEquals("0\n1\na\nb\nC\nd\n", apply(Map.of("x.h", "0\n1\na\nb\nc\nd\n"), diff, "x.h"));
    }

    @Test
    void newAndDeletedFilesAndAMissingFinalNewline() throws Exception {
        String created = "--- /dev/null\n+++ b/new.h\n@@ -0,0 +1,2 @@\n+one\n+two\n\\ No newline at end of file\n";
        assertEquals("one\ntwo", apply(Map.of("x.h", "x\n"), created, "new.h"));
        String deleted = "--- a/x.h\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n";
        assertEquals(null, apply(Map.of("x.h", "x\n"), deleted, "x.h"));
    }

    @Test
    void mailHeadersBeforeTheDiffAreSkipped() throws Exception {
        String mail = "From: A <a@b>\nSubject: [PATCH] x: change c\n\nWhy.\n---\n x.h | 2 +-\n\n"
                + "diff --git a/x.h b/x.h\n--- a/x.h\n+++ b/x.h\n@@ -1 +1 @@\n-c\n+C\n-- \n2.43.0\n";
        assertEquals("C\n", apply(Map.of("x.h", "c\n"), mail, "x.h"));
        assertEquals(List.of("x.h"), UnifiedPatch.parse(mail.getBytes(StandardCharsets.ISO_8859_1), "m")
                .files().stream().map(UnifiedPatch.FilePatch::path).toList());
    }
}
