package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.facts.LineWarning;
import dev.interopatlas.indexer.facts.RustFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 10 MB of random bytes gave 769k warnings and an 84 MB JSON: a file keeps its first ones and a count. */
class WarningCapTest {
    @Test
    void manyWarningsInOneFileEndInACount() {
        // 50 lines of one § each: RustLexer.java:352 warns "unexpected character U+00A7" once per line.
        String source = "\u00a7\n".repeat(50);
        RustFacts facts = RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
        List<LineWarning> warnings = facts.warnings();
        assertEquals(LineWarning.MAX_PER_FILE + 1, warnings.size());
        assertEquals(new LineWarning(1, "unexpected character U+00A7"), warnings.get(0));
        int kept = LineWarning.MAX_PER_FILE;
        assertEquals(new LineWarning(kept + 1, "… and " + (50 - kept) + " more warnings in this file"),
                warnings.get(kept));
    }

    @Test
    void fewWarningsAreKeptAsTheyAre() {
        RustFacts facts = RustFileAnalyzer.analyze("\u00a7\n\u00a7\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new LineWarning(1, "unexpected character U+00A7"),
                new LineWarning(2, "unexpected character U+00A7")), facts.warnings());
    }

    /** Facts cached before the cap (read back through the records' constructor) come back capped. */
    @Test
    void factsMadeWithManyWarningsKeepTheFirstOnesAndACount() {
        List<LineWarning> many = java.util.stream.IntStream.rangeClosed(1, 100)
                .mapToObj(line -> new LineWarning(line, "unexpected character U+00A7")).toList();
        RustFacts facts = new RustFacts(100, List.of(), new java.util.TreeMap<>(), List.of(), false, List.of(), many);
        assertEquals(LineWarning.MAX_PER_FILE + 1, facts.warnings().size());
        assertEquals(new LineWarning(21, "\u2026 and 80 more warnings in this file"), facts.warnings().get(20));
        assertEquals(facts.warnings(), LineWarning.capped(facts.warnings()), "capping a capped list changes nothing");
        assertEquals(many.subList(0, 21), LineWarning.capped(many.subList(0, 21)), "one over the limit is kept");
    }
}
