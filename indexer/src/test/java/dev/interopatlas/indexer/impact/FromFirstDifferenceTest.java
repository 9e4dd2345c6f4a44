package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void anEarlyDifferenceIsShownFromTheStartAndLongTextsAreCut() {
        assertEquals(List.of("int a(void);", "long a(void);"), FromFirstDifference.of("int a(void);",
                "long a(void);", 2000));
        assertEquals(List.of("abc\u2026", "abd\u2026"), FromFirstDifference.of("abcdef", "abdxyz", 3));
    }
}
