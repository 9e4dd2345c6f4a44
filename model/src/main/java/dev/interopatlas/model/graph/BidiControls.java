package dev.interopatlas.model.graph;

/**
 * Unicode's bidirectional controls (UAX #9: embeddings, overrides, isolates and marks) reorder the text after them,
 * so a file named {@code rtl\u202Egnp.rs} would display as "rtlsr.png". Wherever a name from a tree is shown (SVG,
 * graph labels, search), they are written as visible escapes instead.
 */
public final class BidiControls {
    private BidiControls() {
    }

    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** {@code text} with each bidi control as {@code \\uXXXX}; the same string when it has none. */
    public static String escape(String text) {
        if (text.chars().noneMatch(BidiControls::isBidiControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 12);
        text.chars().forEach(c -> {
            if (isBidiControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
