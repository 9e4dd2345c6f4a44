package dev.interopatlas.indexer.rust;

/** Values of string literal tokens, as far as module paths need them. */
final class Literals {
    private Literals() {
    }

    /** The content of {@code "…"} (simple escapes undone) or {@code r#"…"#}; other tokens give their text. */
    static String stringValue(Token t) {
        String s = t.text();
        if (t.kind() == TokenKind.RAW_STRING) {
            int open = s.indexOf('"');
            int close = s.lastIndexOf('"');
            return open >= 0 && close > open ? s.substring(open + 1, close) : s;
        }
        if (t.kind() == TokenKind.STRING) {
            int open = s.indexOf('"');
            int close = s.lastIndexOf('"');
            if (open < 0 || close <= open) {
                return s;
            }
            StringBuilder out = new StringBuilder();
            for (int i = open + 1; i < close; i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < close) {
                    char e = s.charAt(++i);
                    out.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case '0' -> '\0';
                        default -> e;
                    });
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return s;
    }
}
