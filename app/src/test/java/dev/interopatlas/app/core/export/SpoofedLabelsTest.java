package dev.interopatlas.app.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.app.core.appearance.NodeAppearance;
import dev.interopatlas.app.core.search.SearchHit;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bidirectional controls reorder what follows them: {@code rtl\u202Egnp.rs} displays as "rtlsr.png". Labels show
 * them as {@code \\u202E} instead, like a terminal's {@code ls --quoting-style=c}, in SVG and on screen.
 */
class SpoofedLabelsTest {
    /** The explicit embeddings, overrides, isolates and marks of Unicode's bidi algorithm (UAX #9, table 4). */
    private static final int[] BIDI_CONTROLS = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
            0x2069, 0x200E, 0x200F, 0x061C};

    @Test
    void svgShowsEveryBidiControlAsAnEscape() {
        for (int control : BIDI_CONTROLS) {
            String expected = "a\\u" + String.format("%04X", control) + "b";
            assertEquals(expected, SvgText.escape("a" + (char) control + "b"));
        }
    }

    @Test
    void svgStillDropsTheControlsXmlForbids() {
        assertEquals("ab", SvgText.escape("a\u0001\u001bb"));
    }

    @Test
    void graphLabelOfAFileShowsTheOverride() {
        Node file = new Node("consumer:rtl", NodeKind.CONSUMER, "drivers/rtl\u202Egnp.rs", Optional.empty(),
                Optional.empty(), Optional.empty(), Map.of());
        assertEquals("rtl\\u202Egnp.rs", NodeAppearance.shortLabel(file));
    }

    @Test
    void searchResultShowsTheOverride() {
        Node symbol = new Node("symbol:x", NodeKind.C_SYMBOL, "x\u2067y", Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());
        assertEquals("x\\u2067y  \u2014 symbol", new SearchHit(symbol, 0, "symbol").toString());
    }

    /** The map on screen and its PNG draw box labels as they are shortened: with the override visible. */
    @Test
    void mapLabelShowsTheOverrideBeforeShortening() {
        assertEquals("drivers/rtl\\u202Egnp", dev.interopatlas.app.core.map.layout.ShortLabel.of("drivers/rtl\u202Egnp"));
        String long_ = "drivers/" + "a".repeat(40) + "\u202Egnp.rs";
        String shortened = dev.interopatlas.app.core.map.layout.ShortLabel.of(long_);
        assertEquals(-1, shortened.indexOf('\u202E'), shortened);
        assertEquals(dev.interopatlas.app.core.map.layout.ShortLabel.MAX_CHARS, shortened.codePointCount(0,
                shortened.length()));
    }
}
