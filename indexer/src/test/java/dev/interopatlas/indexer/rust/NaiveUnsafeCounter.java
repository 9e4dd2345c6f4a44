package dev.interopatlas.indexer.rust;

import dev.interopatlas.model.metrics.UnsafeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple second opinion on unsafe counts, sharing nothing with {@link RustFileAnalyzer}: blank
 * out comments and literals with a small character scanner (newlines kept, so lines stay put), then find the
 * unsafe forms with regular expressions. It knows nothing about items, macros or delimiters.
 */
final class NaiveUnsafeCounter {
    /** One match: the line of its {@code unsafe} keyword. */
    record Site(UnsafeKind kind, int line) {
    }

    private static final String NAME = "(?:\\$|#)?(?:r#)?[A-Za-z_][A-Za-z0-9_]*|\\[<";
    private static final Pattern BLOCK = Pattern.compile("(?<![\\w#$])unsafe\\s*\\{");
    private static final Pattern FN = Pattern.compile(
            "(?<![\\w#$])unsafe\\s+(?:extern\\s*(?:\"\\s*\"\\s*)?)?fn\\s+(?:" + NAME + ")");
    private static final Pattern IMPL = Pattern.compile("(?<![\\w#$])unsafe\\s+impl\\b");
    private static final Pattern TRAIT = Pattern.compile("(?<![\\w#$])unsafe\\s+(?:auto\\s+)?trait\\b");

    private NaiveUnsafeCounter() {
    }

    static List<Site> sites(String source) {
        String code = blankCommentsAndLiterals(source);
        List<Site> sites = new ArrayList<>();
        find(code, BLOCK, UnsafeKind.BLOCK, sites);
        find(code, FN, UnsafeKind.FN, sites);
        find(code, IMPL, UnsafeKind.IMPL, sites);
        find(code, TRAIT, UnsafeKind.TRAIT, sites);
        return sites;
    }

    private static void find(String code, Pattern pattern, UnsafeKind kind, List<Site> out) {
        Matcher m = pattern.matcher(code);
        int line = 1;
        int at = 0;
        while (m.find()) {
            for (; at < m.start(); at++) {
                if (code.charAt(at) == '\n') {
                    line++;
                }
            }
            out.add(new Site(kind, line));
        }
    }

    /** Comments, string contents and char literals become spaces; quotes of strings stay. */
    static String blankCommentsAndLiterals(String s) {
        char[] out = s.toCharArray();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int depth = 0;
                int j = i;
                do {
                    if (s.startsWith("/*", j)) {
                        depth++;
                        j += 2;
                    } else if (s.startsWith("*/", j)) {
                        depth--;
                        j += 2;
                    } else {
                        j++;
                    }
                } while (depth > 0 && j < n);
                blank(out, i, j);
                i = j;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                blank(out, i + 1, Math.min(j, n));
                i = j + 1;
            } else if (c == '\'') {
                int end = charLiteralEnd(s, i);
                if (end > 0) {
                    blank(out, i, end);
                    i = end;
                } else {
                    i++; // a lifetime
                }
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                String word = s.substring(i, j);
                int hashes = 0;
                while (j + hashes < n && s.charAt(j + hashes) == '#') {
                    hashes++;
                }
                boolean raw = (word.equals("r") || word.equals("br") || word.equals("cr"))
                        && j + hashes < n && s.charAt(j + hashes) == '"';
                if (raw) {
                    String close = "\"" + "#".repeat(hashes);
                    int from = j + hashes + 1;
                    int closeAt = s.indexOf(close, from);
                    int to = closeAt < 0 ? n : closeAt;
                    blank(out, from, to);
                    i = closeAt < 0 ? n : closeAt + close.length();
                } else {
                    i = j; // b"…", c"…" and b'…' continue at their quote
                }
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** End of a char literal at {@code i} ({@code 'x'}, {@code '\n'}, unicode escapes), or -1 for a lifetime. */
    private static int charLiteralEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) {
            return -1;
        }
        if (s.charAt(i + 1) == '\\') {
            int end = s.indexOf('\'', i + 3);
            return end < 0 ? -1 : end + 1;
        }
        int next = i + 1 + Character.charCount(s.codePointAt(i + 1));
        return next < n && s.charAt(next) == '\'' ? next + 1 : -1;
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            if (out[k] != '\n') {
                out[k] = ' ';
            }
        }
    }
}
