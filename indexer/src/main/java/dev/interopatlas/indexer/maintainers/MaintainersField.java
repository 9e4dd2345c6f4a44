package dev.interopatlas.indexer.maintainers;

import java.util.Objects;

/**
 * One {@code X:} line of a MAINTAINERS section.
 *
 * @param letter the upper-case field letter ({@code F}, {@code M}, ...)
 * @param value  the text after the colon and the whitespace following it, kept exactly (trailing blanks included,
 *               because get_maintainer.pl keeps them and they change how F:/X: patterns match)
 * @param line   1-based line number in the MAINTAINERS file
 */
public record MaintainersField(char letter, String value, int line) {
    public MaintainersField {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return letter + ":\t" + value;
    }
}
