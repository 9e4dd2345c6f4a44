package dev.interopatlas.indexer.c;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constants bindings_helper.h re-declares because bindgen cannot evaluate their macros:
 * {@code const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;} (rust/Makefile's sed strips the prefix, so Rust
 * sees {@code bindings::GFP_KERNEL}) and the older {@code BINDINGS_GFP_KERNEL}, which keeps its prefix in Rust.
 */
final class ConstHelpers {
    /** One helper constant: the name Rust sees, the C variable, the C expression's identifier, its line. */
    record ConstHelper(String rustName, String variable, String target, int line) {
    }

    private static final Pattern HELPER = Pattern.compile(
            "\\b((RUST_CONST_HELPER_|BINDINGS_)(\\w+))\\s*=\\s*\\(?\\s*([A-Za-z_]\\w*)\\s*\\)?\\s*;");

    private ConstHelpers() {
    }

    static Map<String, ConstHelper> parse(byte[] bindingsHelper) {
        String text = stripComments(new String(bindingsHelper, StandardCharsets.ISO_8859_1));
        Map<String, ConstHelper> byRustName = new LinkedHashMap<>();
        Matcher m = HELPER.matcher(text);
        while (m.find()) {
            String variable = m.group(1);
            String rustName = m.group(2).equals("RUST_CONST_HELPER_") ? m.group(3) : variable;
            int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            byRustName.putIfAbsent(rustName, new ConstHelper(rustName, variable, m.group(4), line));
        }
        return byRustName;
    }

    /** Blanks comments but keeps newlines so line numbers stay right. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
