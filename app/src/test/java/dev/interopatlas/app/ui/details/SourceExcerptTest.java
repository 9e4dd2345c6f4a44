package dev.interopatlas.app.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.source.WorkingTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceExcerptTest {
    @TempDir
    Path dir;

    @Test
    void excerptIsNumberedAroundTheTargetLineAndMarksUnsafeAndSafety() throws IOException {
        Files.createDirectories(dir.resolve("rust/kernel"));
        Files.writeString(dir.resolve("rust/kernel/x.rs"),
                "line1\nline2\n// SAFETY: ptr is valid\nunsafe { f() }\nline5\nline6\n");
        try (WorkingTree tree = WorkingTree.open(dir)) {
            List<ExcerptLine> lines = SourceExcerpt.read(tree, "rust/kernel/x.rs", 4, 1);
            assertEquals(List.of(3, 4, 5), lines.stream().map(ExcerptLine::number).toList());
            assertTrue(lines.get(1).target());
            assertEquals(ExcerptLine.Kind.SAFETY, lines.get(0).spans().get(0).kind());
            assertEquals(new ExcerptLine.Span(0, 6, ExcerptLine.Kind.UNSAFE), lines.get(1).spans().get(0));
        }
    }

    @Test
    void placeholderSafetyIsMarkedApartUnlessTheNextCommentLinesJustify() {
        String[] lines = {
            "    // SAFETY: TODO.",
            "    unsafe { a() };",
            "    // SAFETY:",
            "    // the pointer is valid because the lock is held.",
            "    unsafe { b() };",
            "    // SAFETY:",
            "    unsafe { c() }; // SAFETY: FIXME(#899): This is unsound.",
        };
        assertEquals(List.of(new ExcerptLine.Span(7, 14, ExcerptLine.Kind.SAFETY_PLACEHOLDER)),
                SourceExcerpt.spans(lines, 0));
        assertEquals(ExcerptLine.Kind.SAFETY, SourceExcerpt.spans(lines, 2).get(0).kind());
        assertEquals(ExcerptLine.Kind.SAFETY_PLACEHOLDER, SourceExcerpt.spans(lines, 5).get(0).kind());
        assertEquals(List.of(ExcerptLine.Kind.UNSAFE, ExcerptLine.Kind.SAFETY_PLACEHOLDER),
                SourceExcerpt.spans(lines, 6).stream().map(ExcerptLine.Span::kind).toList());
        assertEquals("safety-placeholder", ExcerptText.styleClass(ExcerptLine.Kind.SAFETY_PLACEHOLDER));
    }

    @Test
    void unsafeInsideAnIdentifierIsNotMarked() {
        assertTrue(SourceExcerpt.spans("let unsafe_cell = not_unsafe;").isEmpty());
    }

    @Test
    void missingFileIsReportedByName() throws IOException {
        try (WorkingTree tree = WorkingTree.open(dir)) {
            IOException e = assertThrows(IOException.class, () -> SourceExcerpt.read(tree, "rust/gone.rs", 1, 3));
            assertTrue(e.getMessage().contains("rust/gone.rs"));
        }
    }
}
