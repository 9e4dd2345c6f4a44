package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.interopatlas.indexer.facts.RustFacts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pathological inputs that would make a naive analyzer quadratic or overflow its stack. */
class RustAnalyzerStressTest {
    @ParameterizedTest
    @ValueSource(strings = {"{|)", "kernel::|a::", "kernel::|{", "'|'", "/*|*/", "r#\"|#", "unsafe {|}",
        "// c\n|unsafe{} ", "let x =|(a) = unsafe {} ", "impl<|<", "fn f() { bindings::{|a,",
        "x|::bindings::a", "fn f() { bindings::a }|mod m { use x as bindings; ", "use a::|{b, ", "|#[cfg(all(",
        "mod tests {|#[cfg(test)] mod t { bindings::x; "})
    void finishesQuicklyOnHugeRepetition(String spec) {
        String[] parts = spec.split("\\|");
        String source = parts[0] + parts[1].repeat(60_000) + (parts.length > 2 ? parts[2] : "");
        RustFacts facts = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8)));
        long lineBreaks = source.chars().filter(c -> c == '\n').count();
        assertEquals(lineBreaks + (source.isEmpty() || source.endsWith("\n") ? 0 : 1), facts.lines());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30_000})
    void deepCfgAllNestingOfAModStaysShallow(int depth) {
        String source = "#[cfg(" + "all(".repeat(depth) + "test" + ")".repeat(depth) + ")] mod m {}";
        RustFacts facts = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8)));
        assertEquals(depth == 1, facts.modDecls().get(0).test());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30_000})
    void manyBlocksBelowALongCommentRunStayLinear(int blocks) {
        String source = "// SAFETY: fine\n".repeat(30_000) + "unsafe {} ".repeat(blocks);
        RustFacts facts = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8)));
        assertEquals(blocks, facts.unsafeSites().stream().filter(s -> s.documented()).count());
    }
}
