package dev.interopatlas.indexer.maintainers;

import dev.interopatlas.indexer.facts.LineWarning;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the sections covering a path with the semantics of {@code get_maintainer.pl --sections -f PATH}: a section
 * whose X: pattern matches is skipped; otherwise each matching F: line sets its rank to the pattern depth and each
 * matching N: line (an unanchored {@code /x} regex) to 0, the last matching line winning; sections print highest
 * rank first. The script breaks ties in Perl hash order, which is randomised per process, so ties here keep
 * MAINTAINERS file order: the one fixed order among those the script can print.
 */
public final class MaintainersMatcher {
    private final List<CompiledSection> sections;
    /**
     * Sections by the directories their rules' literal prefixes lie in ("" for N: rules and prefixes with no
     * {@code /}): a path is tried only against sections filed under one of its ancestor directories.
     */
    private final Map<String, BitSet> byDirectory = new HashMap<>();
    private final Predicate<String> isDirectory;
    private final List<LineWarning> warnings = new ArrayList<>();

    /** A field compiled for matching: a file pattern for F:, a regex for N:. */
    private record Rule(MaintainersField field, Optional<FilePattern> file, Optional<Pattern> regex) {
        /** The rank this rule gives when it matches, or empty. */
        Optional<Integer> depthFor(String path) {
            if (file.isPresent()) {
                return file.get().matches(path) ? Optional.of(file.get().depth()) : Optional.empty();
            }
            return regex.isPresent() && regex.get().matcher(path).find() ? Optional.of(0) : Optional.empty();
        }
    }

    private record CompiledSection(int order, MaintainersSection section, List<FilePattern> excludes,
            List<Rule> rules) {
    }

    private record Ranked(int order, SectionMatch match) {
    }

    /**
     * @param sections    sections in MAINTAINERS order
     * @param isDirectory whether a tree-relative path is an existing directory (e.g. {@code SourceTree::isDirectory});
     *                    decides whether an F:/X: pattern gets a trailing {@code /}
     */
    public MaintainersMatcher(List<MaintainersSection> sections, Predicate<String> isDirectory) {
        this.isDirectory = isDirectory;
        List<CompiledSection> compiled = new ArrayList<>(sections.size());
        for (MaintainersSection section : sections) {
            compiled.add(compile(compiled.size(), section));
        }
        this.sections = List.copyOf(compiled);
        for (CompiledSection section : this.sections) {
            index(section);
        }
    }

    private void index(CompiledSection section) {
        for (Rule rule : section.rules()) {
            String prefix = rule.file().map(FilePattern::literalPrefix).orElse("");
            int slash = prefix.lastIndexOf('/');
            String directory = slash < 0 ? "" : prefix.substring(0, slash);
            byDirectory.computeIfAbsent(directory, d -> new BitSet()).set(section.order());
        }
    }

    /** Sections filed under "" or any ancestor directory of {@code file}. */
    private BitSet candidates(String file) {
        BitSet candidates = new BitSet(sections.size());
        for (int slash = 0; slash >= 0; slash = file.indexOf('/', slash + 1)) {
            BitSet filed = byDirectory.get(file.substring(0, slash));
            if (filed != null) {
                candidates.or(filed);
            }
        }
        return candidates;
    }

    private CompiledSection compile(int order, MaintainersSection section) {
        List<FilePattern> excludes = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (MaintainersField field : section.fields()) {
            try {
                switch (field.letter()) {
                    case 'X' -> excludes.add(FilePattern.of(field.value(), isDirectory));
                    case 'F' -> rules.add(new Rule(field, Optional.of(FilePattern.of(field.value(), isDirectory)),
                            Optional.empty()));
                    case 'N' -> rules.add(new Rule(field, Optional.empty(),
                            Optional.of(PerlRegex.compile(field.value(), true))));
                    default -> {
                    }
                }
            } catch (PatternSyntaxException e) {
                warnings.add(new LineWarning(field.line(), field.letter() + ": pattern '" + field.value()
                        + "' is not a valid regular expression (" + e.getDescription()
                        + "); get_maintainer.pl would die on it, here it never matches"));
            }
        }
        return new CompiledSection(order, section, List.copyOf(excludes), List.copyOf(rules));
    }

    /** Patterns that could not be compiled, by MAINTAINERS line. */
    public List<LineWarning> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Sections covering {@code path}, in the order {@code get_maintainer.pl --sections} prints them. The path is
     * tree-relative; it is normalised like the script's {@code canonpath}, and an existing directory gets a
     * trailing {@code /} (so it matches {@code dir/} patterns but not {@code dir/*} ones).
     */
    public List<SectionMatch> match(String path) {
        String file = asScriptSeesIt(path);
        List<Ranked> ranked = new ArrayList<>();
        BitSet candidates = candidates(file);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            CompiledSection section = sections.get(i);
            if (section.excludes().stream().anyMatch(x -> x.matches(file))) {
                continue;
            }
            SectionMatch last = null;
            for (Rule rule : section.rules()) {
                Optional<Integer> depth = rule.depthFor(file);
                if (depth.isPresent()) {
                    last = new SectionMatch(section.section(), depth.get(), rule.field());
                }
            }
            if (last != null) {
                ranked.add(new Ranked(section.order(), last));
            }
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.match().depth()).thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::match).toList();
    }

    /** get_maintainer.pl's canonpath plus its trailing slash for directories. */
    String asScriptSeesIt(String path) {
        String canonical = CanonPath.of(path);
        if (!canonical.isEmpty() && !canonical.endsWith("/") && isDirectory.test(canonical)) {
            return canonical + "/";
        }
        return canonical;
    }
}
