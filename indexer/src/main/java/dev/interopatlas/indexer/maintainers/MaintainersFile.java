package dev.interopatlas.indexer.maintainers;

import dev.interopatlas.indexer.facts.LineWarning;
import java.util.List;
import java.util.Optional;

/**
 * A parsed MAINTAINERS file.
 *
 * @param sections every section that has at least one field line, in file order
 * @param warnings malformed or suspicious lines, by line number; parsing never fails
 */
public record MaintainersFile(List<MaintainersSection> sections, List<LineWarning> warnings) {
    public MaintainersFile {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** The first section with exactly this name. */
    public Optional<MaintainersSection> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
