package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FromFirstDifferenceTest {
    @Test
    void aDifferencePastTheStartIsShownWithWhatItFollows() {
        String common = "x".repeat(200);
        List<String> shown = FromFirstDifference.of(common + "int a;", common + "long a;", 2000);
        String context = "x".repeat(FromFirstDifference.CONTEXT);
        assertEquals(List.of("\u2026" + context + "int a;", "\u2026" + context + "long a;"), shown);
    }

    @Test
    void theShownTextStartsWithAWholeFieldWhenOneEndsNearby() {
        String fields = "{" + "int field_with_a_long_name;".repeat(10);
        List<String> shown = FromFirstDifference.of(fields + "int a;}", fields + "long a;}", 2000);
        assertTrue(shown.get(0).startsWith("\u2026int field_with_a_long_name;"), shown.get(0));
        assertTrue(shown.get(0).endsWith("int a;}") && shown.get(1).endsWith("long a;}"), shown.toString());
        assertTrue(shown.get(0).length() <= 2 * FromFirstDifference.CONTEXT + 8, shown.get(0));
    }

    @Test
    void anEarlyDifferenceIsShownFromTheStartAndLongTextsAreCut() {
        assertEquals(List.of("int a(void);", "long a(void);"), FromFirstDifference.of("int a(void);",
                "long a(void);", 2000));
        assertEquals(List.of("abc\u2026", "abd\u2026"), FromFirstDifference.of("abcdef", "abdxyz", 3));
    }
}
