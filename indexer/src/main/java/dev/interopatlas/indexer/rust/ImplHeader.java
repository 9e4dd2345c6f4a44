package dev.interopatlas.indexer.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of an {@code impl} block with generics stripped: "impl Send for Arc", "impl Arc".
 *
 * @param selfType the implementing type as written without generics ("Arc"), used for "Arc::new"
 */
record ImplHeader(String label, String selfType) {
    /** Bounds the scan so a malformed header cannot make analysis quadratic. */
    private static final int MAX_TOKENS = 400;

    /** Parses from the {@code impl} keyword at {@code implAt} to the body, {@code ;} or {@code where}. */
    static ImplHeader parse(List<Token> code, int implAt) {
        List<Token> traitPart = new ArrayList<>();
        List<Token> typePart = new ArrayList<>();
        boolean sawFor = false;
        int angle = 0;
        int paren = 0;
        int end = Math.min(code.size(), implAt + MAX_TOKENS);
        for (int i = implAt + 1; i < end; i++) {
            Token t = code.get(i);
            String s = t.text();
            boolean punct = t.kind() == TokenKind.PUNCT;
            if (angle == 0 && paren == 0 && (t.isPunct("{") || t.isPunct(";") || t.isKeyword("where")
                    || t.isPunct("}"))) {
                break;
            }
            int before = angle;
            if (punct) {
                switch (s) {
                    case "<" -> angle++;
                    case "<<" -> angle += 2;
                    case ">" -> angle = Math.max(0, angle - 1);
                    case ">>" -> angle = Math.max(0, angle - 2);
                    case "(", "[" -> paren++;
                    case ")", "]" -> paren = Math.max(0, paren - 1);
                    default -> {
                    }
                }
            }
            if (before > 0 || angle > 0) {
                continue;
            }
            if (paren == 0 && t.isKeyword("for") && !sawFor && !traitPart.isEmpty()) {
                sawFor = true;
                continue;
            }
            if (t.isKeyword("const") && !sawFor && traitPart.isEmpty()) {
                continue;
            }
            (sawFor ? typePart : traitPart).add(t);
        }
        String trait = sawFor ? join(traitPart) : "";
        String type = sawFor ? join(typePart) : join(traitPart);
        String label = sawFor ? "impl " + trait + " for " + type : "impl " + type;
        return new ImplHeader(label, type);
    }

    /** Token texts, with a space only between two words ("dyn Trait", "&'a mut T", "$crate::x"). */
    static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        Token prev = null;
        for (Token t : tokens) {
            if (prev != null && isWord(prev) && isWord(t)) {
                out.append(' ');
            }
            out.append(t.text());
            prev = t;
        }
        return out.toString();
    }

    private static boolean isWord(Token t) {
        return t.kind() == TokenKind.IDENT || t.kind() == TokenKind.RAW_IDENT || t.kind() == TokenKind.KEYWORD
                || t.kind() == TokenKind.LIFETIME;
    }
}
