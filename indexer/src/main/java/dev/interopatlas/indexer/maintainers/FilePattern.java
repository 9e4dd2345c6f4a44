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

    private FilePattern(String regex, Pattern compiled) {
        this.regex = regex;
        this.compiled = compiled;
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
        if (!compiled.matcher(path).find()) {
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
