package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdentifierHashesTest {
    private static IdentifierHashes index(String... files) {
        return IdentifierHashes.of(java.util.Arrays.stream(files)
                .map(text -> IdentifierHashes.wordsOf(text.getBytes(StandardCharsets.ISO_8859_1))).toList());
    }

    private static BitSet files(int... indexes) {
        BitSet set = new BitSet();
        for (int i : indexes) {
            set.set(i);
        }
        return set;
    }

    @Test
    void findsTheFilesThatSpellAWord() {
        IdentifierHashes words = index("struct device;\n", "int device_add(struct device *dev);\n", "/* nothing */");
        assertEquals(files(0, 1), words.filesWith("device"));
        assertEquals(files(1), words.filesWith("device_add"));
        assertEquals(files(), words.filesWith("devic"));
    }

    @Test
    void aBackslashNewlineJoinsAWordAsTheLexerJoinsIt() {
        IdentifierHashes words = index("#define LONG_\\\nNAME 1\n", "#define SPLIT_\\\r\nCRLF 1\n");
        assertEquals(files(0), words.filesWith("LONG_NAME"));
        assertEquals(files(), words.filesWith("NAME"));
        assertEquals(files(1), words.filesWith("SPLIT_CRLF"));
    }

    @Test
    void carriageReturnsAreDroppedAsTheLexerDropsThem() {
        assertEquals(files(0), index("int fo\ro;\r\n").filesWith("foo"));
    }

    @Test
    void numbersAreNotWordsButWordsInCommentsAndStringsAre() {
        IdentifierHashes words = index("x = 0x1f + 2e10; /* hidden */ s = \"quoted\";");
        assertEquals(files(), words.filesWith("x1f"));
        assertEquals(files(), words.filesWith("e10"));
        assertEquals(files(0), words.filesWith("x"));
        assertEquals(files(0), words.filesWith("hidden"));
        assertEquals(files(0), words.filesWith("quoted"));
    }

    private static final List<String> FRAGMENTS = List.of("struct ", "union ", "enum ", "typedef ", "extern ",
            "int ", "foo", "bar_t", "Q", "_", "$", "9", "(", ")", "{", "}", "[", "]", ";", ",", "=", "*", " ", "\n",
            "\n#define ", "\n# define ", "\\\n", "\\\r\n", "\r", "/*", "*/", "//", "\"", "'", "0x1f", "L", "u8", "1e+5");

    @Provide
    Arbitrary<String> cishSource() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /** The guarantee the outside-closure lookup rests on: no declaration the analyzer finds is ever missed. */
    @Property(tries = 1000)
    void everyNameTheAnalyzerDeclaresIsAWordOfTheFile(@ForAll("cishSource") String source) {
        byte[] bytes = source.getBytes(StandardCharsets.ISO_8859_1);
        IdentifierHashes words = IdentifierHashes.of(List.of(IdentifierHashes.wordsOf(bytes)));
        for (CDeclaration d : CFileAnalyzer.analyze(bytes).declarations()) {
            if (!words.filesWith(d.name()).get(0)) {
                throw new AssertionError("missed " + d + " in: " + source);
            }
            if (d.kind() == CDeclKind.ENUM_CONSTANT && d.parent().isPresent()
                    && !words.filesWith(d.parent().get()).get(0)) {
                throw new AssertionError("missed the enum of " + d + " in: " + source);
            }
        }
    }
}
