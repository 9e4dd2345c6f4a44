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

    @Test
    void aFileMayDeclareANameBuiltFromWordsItSpells() {
        IdentifierHashes words = index("enum phy_state { PHY_RUNNING };\n",
                "struct drm_gpuva_op_map { union { int a; }; struct inner { int b; } in; };\n", "int phy;\n");
        assertEquals(files(0), words.filesThatMayDeclare("phy_state"));
        assertEquals(files(0), words.filesThatMayDeclare("phy_state_PHY_RUNNING")); // bindgen's enum constant
        assertEquals(files(1), words.filesThatMayDeclare("drm_gpuva_op_map_inner")); // a nested named type
        assertEquals(files(1), words.filesThatMayDeclare("drm_gpuva_op_map__bindgen_ty_1"));
        assertEquals(files(1), words.filesThatMayDeclare("drm_gpuva_op_map__bindgen_ty_1__bindgen_ty_2"));
        assertEquals(files(), words.filesThatMayDeclare("_bindgen_ty_1")); // not after a word of the file
        assertEquals(files(), words.filesThatMayDeclare("phy_state_"));
        assertEquals(files(), words.filesThatMayDeclare("phy_state_PHY_STOPPED"));
        assertEquals(files(2), words.filesThatMayDeclare("phy")); // phy_state is one word, not phy
    }

    private static final List<String> FRAGMENTS = List.of("struct ", "union ", "enum ", "typedef ", "extern ",
            "int ", "foo", "bar_t", "Q", "_", "$", "9", "(", ")", "{", "}", "[", "]", ";", ",", "=", "*", " ", "\n",
            "\n#define ", "\n# define ", "\\\n", "\\\r\n", "\r", "/*", "*/", "//", "\"", "'", "0x1f", "L", "u8", "1e+5");

    @Provide
    Arbitrary<String> cishSource() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    /**
     * The guarantee the outside-closure lookup rests on: no name the analyzer declares, and no bindgen name of an
     * enum constant, is ever missed.
     */
    @Property(tries = 1000)
    void everyNameTheAnalyzerDeclaresIsAWordOfTheFile(@ForAll("cishSource") String source) {
        byte[] bytes = source.getBytes(StandardCharsets.ISO_8859_1);
        IdentifierHashes words = IdentifierHashes.of(List.of(IdentifierHashes.wordsOf(bytes)));
        for (CDeclaration d : CFileAnalyzer.analyze(bytes).declarations()) {
            if (!words.filesThatMayDeclare(d.name()).get(0)) {
                throw new AssertionError("missed " + d + " in: " + source);
            }
            if (d.kind() == CDeclKind.ENUM_CONSTANT && d.parent().isPresent()
                    && !words.filesThatMayDeclare(d.parent().get() + "_" + d.name()).get(0)) {
                throw new AssertionError("missed the bindgen name of " + d + " in: " + source);
            }
        }
    }
}
