package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.LineWarning;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RustLexerTest {
    /** Non-whitespace tokens as "KIND text". */
    private static List<String> lex(String source) {
        return RustLexer.lex(source).tokens().stream()
                .filter(t -> t.kind() != TokenKind.WHITESPACE)
                .map(t -> t.kind() + " " + t.text())
                .toList();
    }

    @Test
    void lineCommentRunsToEndOfLine() {
        assertEquals(List.of("LINE_COMMENT // unsafe {", "IDENT x"), lex("// unsafe {\nx"));
    }

    @Test
    void nestedBlockCommentEndsAtOutermostClose() {
        assertEquals(List.of("BLOCK_COMMENT /* a /* unsafe { */ b */", "IDENT x"), lex("/* a /* unsafe { */ b */ x"));
    }

    @Test
    void docCommentsAreKeptWithTheirText() {
        assertEquals(List.of("DOC_LINE_COMMENT /// outer", "DOC_LINE_COMMENT //! inner",
                "LINE_COMMENT //// not doc", "DOC_BLOCK_COMMENT /** block */", "DOC_BLOCK_COMMENT /*! inner */",
                "BLOCK_COMMENT /*** not doc */", "BLOCK_COMMENT /**/"),
                lex("/// outer\n//! inner\n//// not doc\n/** block */ /*! inner */ /*** not doc */ /**/"));
    }

    @Test
    void rawIdentifierIsNotAKeyword() {
        assertEquals(List.of("RAW_IDENT r#type", "KEYWORD type", "IDENT union"), lex("r#type type union"));
    }

    @Test
    void lifetimeAndCharAreTold() {
        assertEquals(List.of("CHAR 'a'", "LIFETIME 'a", "LIFETIME 'static", "CHAR '\\n'", "CHAR '\\u{1F600}'",
                "CHAR b'x'", "CHAR '\\''", "CHAR '\"'", "CHAR 'é'"),
                lex("'a' 'a 'static '\\n' '\\u{1F600}' b'x' '\\'' '\"' 'é'"));
    }

    @Test
    void lifetimeInGenericsIsNotAChar() {
        assertEquals(List.of("IDENT Foo", "PUNCT <", "LIFETIME 'a", "PUNCT ,", "LIFETIME 'b", "PUNCT >"),
                lex("Foo<'a,'b>"));
    }

    @Test
    void stringEscapesHideQuotes() {
        assertEquals(List.of("STRING \"a\\\"unsafe{\\\\\"", "IDENT x"), lex("\"a\\\"unsafe{\\\\\" x"));
    }

    @Test
    void rawStringsTakeAnyNumberOfHashes() {
        assertEquals(List.of("RAW_STRING r\"a\\\"", "RAW_STRING r#\"a\"b\"#", "RAW_STRING r##\"x\"# unsafe {\"##"),
                lex("r\"a\\\" r#\"a\"b\"# r##\"x\"# unsafe {\"##"));
    }

    @Test
    void byteAndCStringsWithPrefixes() {
        assertEquals(List.of("STRING b\"x\\\"\"", "RAW_STRING br#\"y\"#", "STRING c\"z\"", "RAW_STRING cr#\"w\"#",
                "RAW_STRING cr\"v\""), lex("b\"x\\\"\" br#\"y\"# c\"z\" cr#\"w\"# cr\"v\""));
    }

    @Test
    void numericLiteralsWithSuffixesAndExponents() {
        assertEquals(List.of("INTEGER 1_000u32", "INTEGER 0xff", "INTEGER 0b1010_u8", "FLOAT 1e10f64", "FLOAT 1.0",
                "FLOAT 2.5e-3", "FLOAT 3f32", "INTEGER 0o77"),
                lex("1_000u32 0xff 0b1010_u8 1e10f64 1.0 2.5e-3 3f32 0o77"));
    }

    @Test
    void tupleIndexIsSplitAtDots() {
        assertEquals(List.of("IDENT x", "PUNCT .", "INTEGER 0", "PUNCT .", "INTEGER 1"), lex("x.0.1"));
    }

    @Test
    void rangeAndMethodOnIntegerAreNotFloats() {
        assertEquals(List.of("INTEGER 1", "PUNCT ..", "INTEGER 2", "INTEGER 1", "PUNCT .", "IDENT max"),
                lex("1..2 1.max"));
    }

    @Test
    void multiCharPunctuationIsOneToken() {
        assertEquals(List.of("PUNCT ::", "PUNCT =>", "PUNCT ->", "PUNCT ..=", "PUNCT >>=", "PUNCT !", "PUNCT #",
                "PUNCT $"), lex(":: => -> ..= >>= ! # $"));
    }

    @Test
    void tokensCarryOneBasedLines() {
        List<Token> tokens = RustLexer.lex("a\n/* x\ny */ b\n\"s\nt\" c").tokens().stream()
                .filter(t -> t.kind() != TokenKind.WHITESPACE).toList();
        assertEquals(List.of(1, 2, 3, 4, 5), tokens.stream().map(Token::line).toList());
        assertEquals(3, tokens.get(1).endLine());
    }

    @Test
    void unterminatedBlockCommentTakesRestOfFileAndWarnsAtStart() {
        RustLexer.Result result = RustLexer.lex("x\n/* a /* b */\nunsafe {}");
        Token last = result.tokens().get(result.tokens().size() - 1);
        assertEquals(TokenKind.BLOCK_COMMENT, last.kind());
        assertEquals("/* a /* b */\nunsafe {}", last.text());
        assertEquals(List.of(new LineWarning(2, "unterminated block comment")), result.warnings());
    }

    @Test
    void unterminatedStringsWarnAtTheirStartLine() {
        assertEquals(2, RustLexer.lex("a\n\"abc\n\n").warnings().get(0).line());
        assertEquals(1, RustLexer.lex("r#\"abc\"").warnings().get(0).line());
        assertEquals(TokenKind.RAW_STRING, RustLexer.lex("r#\"abc\"").tokens().get(0).kind());
    }

    @Test
    void malformedUtf8IsReplacedNotFatal() {
        byte[] bytes = {'f', 'n', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x'};
        RustLexer.Result result = RustLexer.lex(bytes);
        assertEquals("fn", result.tokens().get(0).text());
        assertTrue(RustLexer.decode(bytes).contains("\uFFFD"));
    }

    @Test
    void unicodeIdentifiersAndShebang() {
        assertEquals(List.of("SHEBANG #!/usr/bin/env run", "IDENT café"), lex("#!/usr/bin/env run\ncafé"));
        assertEquals(List.of("PUNCT #", "PUNCT !", "PUNCT [", "IDENT no_std", "PUNCT ]"), lex("#![no_std]"));
        assertEquals("x", RustLexer.lex("x".getBytes(StandardCharsets.UTF_8)).tokens().get(0).text());
    }
}
