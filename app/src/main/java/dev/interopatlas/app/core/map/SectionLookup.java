package dev.interopatlas.app.core.map;

import java.util.List;

/**
 * The MAINTAINERS sections that own a path, most specific first, without the catch-all "THE REST". A function so
 * the map needs no MAINTAINERS parser: the caller adapts the indexer's {@code SubsystemMapping::sectionsOf}.
 */
@FunctionalInterface
public interface SectionLookup {
    List<String> sectionsOf(String path);

    /** For trees without a MAINTAINERS file: nothing owns anything. */
    SectionLookup NONE = path -> List.of();
}
