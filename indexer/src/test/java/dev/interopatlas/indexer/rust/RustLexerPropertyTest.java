package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.RustFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The lexer and analyzer terminate quickly and never throw, whatever the input. */
class RustLexerPropertyTest {
    /** Fragments chosen to break a naive lexer: openers without closers, quotes, prefixes, nesting. */
    private static final List<String> FRAGMENTS = List.of("unsafe", " ", "\n", "{", "}", "(", ")", "[", "]",
            "fn", "impl", "trait", "mod", "x", "'", "'a", "'a'", "'\\", "\\", "\"", "r#", "r#\"", "\"#", "#", "b'",
            "br", "c\"", "cr##\"", "/*", "*/", "//", "///", "//!", "/**", "::", "kernel", "crate", "$crate",
            "bindings", "macro_rules!", "!", "0x", "1.", "1e", ".0", "_", "é", "\uD83D\uDE00", "\r", "\t", ";", ",",
            "<", ">", "SAFETY:", "#[path = \"a.rs\"]", "use", "extern", "\"C\"", "auto", "$", "@");

    @Provide
    Arbitrary<String> rustish() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void tokensTileRandomStringsExactly(@ForAll String source) {
        assertTiles(source);
    }

    @Property(tries = 1000)
    void tokensTileRustFragmentMixesExactly(@ForAll("rustish") String source) {
        assertTiles(source);
    }

    @Property(tries = 500)
    void analyzerNeverThrowsOnFragmentMixes(@ForAll("rustish") String source) {
        long start = System.nanoTime();
        RustFacts facts = RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "analysis took too long");
        assertTrue(facts.lines() >= 0);
        facts.unsafeSites().forEach(s -> assertTrue(s.line() >= 1 && s.line() <= Math.max(1, facts.lines())));
    }

    @Property(tries = 300)
    void analyzerNeverThrowsOnRandomBytes(@ForAll byte[] bytes) {
        RustFacts facts = RustFileAnalyzer.analyze(bytes);
        assertTrue(facts.lines() >= 0);
    }

    /** Mostly UTF-8 with broken sequences: cut multi-byte characters, lone continuation bytes, overlongs. */
    @Provide
    Arbitrary<byte[]> almostUtf8() {
        Arbitrary<byte[]> pieces = Arbitraries.oneOf(
                Arbitraries.of("a", "é", "\u20ac", "\uD83D\uDE00", "\n").map(t -> t.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90},
                        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80}));
        return pieces.list().ofMaxSize(40).map(list -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            list.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Property(tries = 2000)
    void decodingReplacesMalformedBytesAsTheReplacingDecoderDoes(@ForAll("almostUtf8") byte[] bytes) {
        assertEquals(replacingDecoder(bytes), RustLexer.decode(bytes));
    }

    @Property(tries = 1000)
    void decodingRandomBytesMatchesTheReplacingDecoder(@ForAll byte[] bytes) {
        assertEquals(replacingDecoder(bytes), RustLexer.decode(bytes));
    }

    /** What the lexer's decoding promises: UTF-8 with U+FFFD for each malformed sequence, as the JDK's decoder. */
    private static String replacingDecoder(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertTiles(String source) {
        long start = System.nanoTime();
        RustLexer.Result result = RustLexer.lex(source);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "lexing took too long");
        int offset = 0;
        int line = 1;
        for (Token t : result.tokens()) {
            assertEquals(offset, t.start(), "tokens must be contiguous");
            assertTrue(t.end() > t.start() && t.end() <= source.length(), "token offsets in bounds");
            assertEquals(source.substring(t.start(), t.end()), t.text());
            assertEquals(line, t.line(), "line of token at " + t.start());
            line += (int) t.text().chars().filter(c -> c == '\n').count();
            offset = t.end();
        }
        assertEquals(source.length(), offset, "tokens must cover the whole input");
        assertEquals(source.chars().filter(c -> c == '\n').count(), result.lineBreaks(), "line breaks");
        int lastLine = line;
        result.warnings().forEach(w -> assertTrue(w.line() >= 1 && w.line() <= lastLine));
    }
}
