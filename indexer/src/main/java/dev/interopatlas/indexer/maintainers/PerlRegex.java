package dev.interopatlas.indexer.maintainers;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the Perl regular expressions get_maintainer.pl builds from MAINTAINERS into java.util.regex patterns
 * with the same meaning for what MAINTAINERS contains: {@code /x} whitespace and comments are removed the Perl way
 * (Java's COMMENTS flag would also drop blanks inside {@code [...]}), a {@code [} inside a class is literal (Java
 * would read a nested class), and a {@code {} that does not start a quantifier is literal (Java rejects it).
 */
final class PerlRegex {
    /** Perl matches flagged (decoded) strings with Unicode rules, and only {@code \n} ends a line. */
    private static final int FLAGS = Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    private PerlRegex() {
    }

    /** Compiles Perl regex text; {@code extended} is Perl's {@code /x}. */
    static Pattern compile(String perl, boolean extended) throws PatternSyntaxException {
        return Pattern.compile(translate(perl, extended), FLAGS);
    }

    static String translate(String perl, boolean extended) {
        StringBuilder out = new StringBuilder(perl.length() + 8);
        boolean inClass = false;
        int i = 0;
        while (i < perl.length()) {
            char c = perl.charAt(i);
            if (c == '\\' && i + 1 < perl.length()) {
                out.append(c).append(perl.charAt(i + 1));
                i += 2;
                continue;
            }
            if (inClass) {
                if (c == ']' && !classJustOpened(perl, i)) {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' && posixClassEnd(perl, i) > 0) {
                    int end = posixClassEnd(perl, i);
                    out.append(posixClass(perl.substring(i + 2, end)));
                    i = end + 2;
                    continue;
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
                i++;
                continue;
            }
            if (extended && Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (extended && c == '#') {
                while (i < perl.length() && perl.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
                out.append(c);
                i++;
                if (i < perl.length() && perl.charAt(i) == '^') {
                    out.append('^');
                    i++;
                }
                continue;
            }
            if (c == '{' && !startsQuantifier(perl, i)) {
                out.append("\\{");
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** A {@code ]} right after {@code [} or {@code [^} is a literal member, as in Perl and Java alike. */
    private static boolean classJustOpened(String perl, int i) {
        int j = i - 1;
        if (j >= 0 && perl.charAt(j) == '^') {
            j--;
        }
        return j >= 0 && perl.charAt(j) == '[' && (j == 0 || perl.charAt(j - 1) != '\\');
    }

    /** Index of the {@code :]} closing a POSIX class such as {@code [:alpha:]} starting at {@code i}, or -1. */
    private static int posixClassEnd(String perl, int i) {
        if (!perl.startsWith("[:", i)) {
            return -1;
        }
        int end = perl.indexOf(":]", i + 2);
        return end > i + 2 && perl.substring(i + 2, end).matches("\\^?[a-z]+") ? end : -1;
    }

    /** A POSIX class as a Java escape usable inside {@code [...]}; negated ones use the upper-case escape. */
    private static String posixClass(String name) {
        boolean negated = name.startsWith("^");
        String bare = negated ? name.substring(1) : name;
        String escape = switch (bare) {
            case "word" -> "w";
            case "digit" -> "d";
            case "space" -> "s";
            default -> "p{" + Character.toUpperCase(bare.charAt(0)) + bare.substring(1) + "}";
        };
        return "\\" + (negated ? Character.toUpperCase(escape.charAt(0)) + escape.substring(1) : escape);
    }

    private static boolean startsQuantifier(String perl, int i) {
        int close = perl.indexOf('}', i);
        return close > i && perl.substring(i + 1, close).matches("\\d+(,\\d*)?|,\\d+");
    }
}
