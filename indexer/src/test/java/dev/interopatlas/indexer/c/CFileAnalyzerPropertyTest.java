package dev.interopatlas.indexer.c;

import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CFileAnalyzerPropertyTest {
    private static final List<String> FRAGMENTS = List.of("struct", "union", "enum", "typedef", "static", "inline",
            "extern", "int", "foo", "bar_t", "__attribute__", "__printf", "(", ")", "{", "}", "[", "]", ";", ",", "=",
            "*", "\n", "\n#define X(a) a\n", "\n#include <x.h>\n", "\n#if 1\n", "\n#endif\n", "/*", "*/", "//", "\"",
            "'", "\\\n", ".", ".macro", ".endm", "rust_helper_x", "0x1f", "...", " ", "\t}", "\n}");

    @Provide
    Arbitrary<String> cishSource() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(80).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 400)
    void anyTokenSoupIsAnalyzedWithoutInternalFailure(@ForAll("cishSource") String source) {
        CFileFacts facts = CFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
        int lines = (int) source.chars().filter(c -> c == '\n').count() + 1;
        if (facts.warnings().stream().anyMatch(w -> w.message().startsWith("C analyzer failed")
                || w.message().startsWith("statement not understood"))) {
            throw new AssertionError("internal failure on: " + source + " -> " + facts.warnings());
        }
        for (CDeclaration d : facts.declarations()) {
            if (d.line() < 1 || d.line() > lines || d.name().isEmpty()) {
                throw new AssertionError("bad declaration " + d + " in: " + source);
            }
        }
    }
}
