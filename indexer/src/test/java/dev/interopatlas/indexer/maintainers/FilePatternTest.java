package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FilePatternTest {
    @Test
    void convertsGlobToTheScriptsRegex() {
        assertEquals("drivers/net/phy/ph.\\.c", FilePattern.convert("drivers/net/phy/ph?.c"));
        assertEquals("scripts/.*rust.*", FilePattern.convert("scripts/*rust*"));
    }

    @Test
    void literalPrefixStopsAtTheFirstMetacharacter() {
        assertEquals("drivers/net/phy.c", FilePattern.literalPrefix("drivers/net/phy\\.c"));
        assertEquals("sound/soc/codecs/da", FilePattern.literalPrefix("sound/soc/codecs/da[79].*"));
        assertEquals("", FilePattern.literalPrefix(".*"));
        assertEquals("a", FilePattern.literalPrefix("ab{0,1}c"));
        assertEquals("", FilePattern.literalPrefix("a/|b/"));
    }

    @Test
    void depthCountsSlashesPlusOneForFilePatternsAndMinusOneForLeadingStar() throws Exception {
        assertEquals(2, FilePattern.of("drivers/net/", p -> false).depth());
        assertEquals(3, FilePattern.of("drivers/net/phy.c", p -> false).depth());
        assertEquals(3, FilePattern.of("drivers/net/phy", p -> false).depth());
        assertEquals(3, FilePattern.of("drivers/net/phy", p -> p.equals("drivers/net/phy")).depth());
        assertEquals(-1, FilePattern.of("*/net/*", p -> false).depth());
    }
}
