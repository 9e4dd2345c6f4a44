package dev.interopatlas.indexer.analysis;

import dev.interopatlas.indexer.maintainers.MaintainersMatcher;
import dev.interopatlas.indexer.maintainers.SectionMatch;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which MAINTAINERS sections own a path, most specific first, without the catch-all "THE REST" (it matches every
 * file, so it would own everything and say nothing). Results are memoised: the same headers are asked about often.
 */
public final class SubsystemMapping {
    /** get_maintainer.pl's catch-all section. */
    public static final String CATCH_ALL = "THE REST";

    private final MaintainersMatcher matcher;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    public SubsystemMapping(MaintainersMatcher matcher) {
        this.matcher = matcher;
    }

    public List<String> sectionsOf(String path) {
        return cache.computeIfAbsent(path, p -> matcher.match(p).stream().map(SectionMatch::name)
                .filter(name -> !name.equals(CATCH_ALL)).distinct().toList());
    }
}
