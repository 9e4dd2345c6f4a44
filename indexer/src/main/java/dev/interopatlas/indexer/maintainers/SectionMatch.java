package dev.interopatlas.indexer.maintainers;

/**
 * A section that covers a path, as get_maintainer.pl ranks it.
 *
 * @param section   the matching section
 * @param depth     the rank get_maintainer.pl sorts by, higher first: for an F: match the number of {@code /} in
 *                  the pattern, plus one when it does not end in {@code /}, or -1 when it starts with {@code *};
 *                  0 for an N: match. When several lines of a section match, the last one in file order counts.
 * @param matchedBy the F: or N: line that set the depth
 */
public record SectionMatch(MaintainersSection section, int depth, MaintainersField matchedBy) {
    public String name() {
        return section.name();
    }
}
