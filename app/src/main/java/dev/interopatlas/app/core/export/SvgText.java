package dev.interopatlas.app.core.export;

import dev.interopatlas.model.graph.BidiControls;

/**
 * Escaping for SVG/XML. Symbol and file names can hold {@code <}, {@code &}, quotes or non-ASCII; none of it may
 * break the XML or inject markup. Characters XML 1.0 forbids (most C0 controls, lone surrogates) are dropped;
 * bidirectional controls, which would reorder a name, are shown as escapes ({@link BidiControls}).
 */
public final class SvgText {
    private SvgText() {
    }

    /** Escapes text content and attribute values alike (quotes included, so either quote style is safe). */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (BidiControls.isBidiControl(c)) {
                        out.append(BidiControls.escape(String.valueOf(c)));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }

    /** A number for an SVG attribute: short, locale-independent. */
    public static String num(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-6) {
            return Long.toString(Math.round(value));
        }
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
