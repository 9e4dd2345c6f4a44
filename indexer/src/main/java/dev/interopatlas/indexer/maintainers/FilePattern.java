package dev.interopatlas.indexer.maintainers;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An F: or X: pattern converted as get_maintainer.pl's read_maintainer_file does ({@code .} to {@code \.},
 * {@code *} to {@code .*}, {@code ?} to {@code .}, then a trailing {@code /} when the converted text names an
 * existing directory) and matched as its file_match_pattern does: a regex anchored at the start only; without a
 * trailing {@code /} the path must also have exactly as many {@code /} as the pattern.
 */
final class FilePattern {
    private final String regex;
    private final Pattern compiled;
    private final boolean recursive;
    private final int slashes;
    /** Text every match starts with: a cheap test before the regex, since most patterns fail on it. */
    private final String literalPrefix;

    private FilePattern(String regex, Pattern compiled) {
        this.regex = regex;
        this.compiled = compiled;
        this.literalPrefix = literalPrefix(regex);
        this.recursive = regex.endsWith("/");
        this.slashes = countSlashes(regex);
    }

    /** Converts a glob; the directory test sees the converted text, exactly like Perl's {@code -d $value}. */
    static FilePattern of(String glob, Predicate<String> isDirectory) throws PatternSyntaxException {
        String regex = convert(glob);
        if (!regex.isEmpty() && !regex.endsWith("/") && isDirectory.test(regex)) {
            regex = regex + "/";
        }
        return new FilePattern(regex, PerlRegex.compile("^" + regex, false));
    }

    static String convert(String glob) {
        return glob.replace(".", "\\.").replace("*", ".*").replace("?", ".");
    }

    boolean matches(String path) {
        if (!path.startsWith(literalPrefix) || !compiled.matcher(path).find()) {
            return false;
        }
        return recursive || countSlashes(path) == slashes;
    }

    /** get_maintainer.pl's {@code $value_pd}: the rank of a match by this pattern. */
    int depth() {
        if (regex.startsWith(".*")) {
            return -1;
        }
        return recursive ? slashes : slashes + 1;
    }

    /**
     * The literal start of a converted pattern: up to the first regex metacharacter; a quantifier ({@code +},
     * {@code {}) takes back the character it applies to; any {@code |} makes it empty (alternation).
     */
    static String literalPrefix(String regex) {
        if (regex.indexOf('|') >= 0) {
            return "";
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == '.') {
                prefix.append('.');
                i++;
            } else if (c == '+' || c == '{' || c == '?' || c == '*') {
                if (prefix.length() > 0) {
                    prefix.setLength(prefix.length() - 1);
                }
                break;
            } else if (".[]()^$\\".indexOf(c) >= 0) {
                break;
            } else {
                prefix.append(c);
            }
        }
        return prefix.toString();
    }

    String literalPrefix() {
        return literalPrefix;
    }

    String regex() {
        return regex;
    }

    static int countSlashes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                count++;
            }
        }
        return count;
    }
}
