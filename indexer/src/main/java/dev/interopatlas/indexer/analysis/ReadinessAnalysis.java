package dev.interopatlas.indexer.analysis;

import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.maintainers.MaintainersSection;
import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.UnsafeKind;
import dev.interopatlas.model.metrics.UnsafeSite;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Subsystem readiness for one release: maps every graph node and Rust file to its MAINTAINERS sections (the
 * release's own MAINTAINERS) and adds up, per section, what Rust has of it.
 */
public final class ReadinessAnalysis {
    private ReadinessAnalysis() {
    }

    /** Whether a section has anything to do with Rust: a Rust section, Rust files, bound functions or helpers. */
    public static boolean touchesRust(SubsystemReadiness r) {
        return r.rustSection() || r.rustFiles() > 0 || r.boundFunctions() > 0 || r.helpers() > 0;
    }

    /**
     * @param includeUntouched also list sections with no Rust at all (a long list on a real kernel)
     */
    public static ReadinessReport analyze(KernelIndex index, MaintainersIndex maintainers, boolean includeUntouched) {
        SubsystemMapping mapping = new SubsystemMapping(maintainers.matcher());
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, MaintainersSection> sections = new HashMap<>();
        maintainers.sections().forEach(s -> sections.putIfAbsent(s.name(), s));
        java.util.function.Function<String, Tally> tally = name -> tallies.computeIfAbsent(name, n -> new Tally());

        Set<String> boundSymbols = boundSymbolIds(index);
        for (Node node : index.graph().nodes()) {
            if (node.path().isEmpty()) {
                continue;
            }
            Consumer<Consumer<Tally>> forSections = action ->
                    mapping.sectionsOf(node.path().get()).forEach(name -> action.accept(tally.apply(name)));
            switch (node.kind()) {
                case C_HEADER -> {
                    // rust/helpers/*.c define rust_helper_* wrappers: Rust's own code, not C API to bind.
                    if (node.detail().filter("header"::equals).isPresent()) {
                        forSections.accept(t -> t.declaredFunctions += node.functions());
                    }
                }
                case C_SYMBOL -> {
                    if (node.detail().filter("function"::equals).isPresent() && boundSymbols.contains(node.id())) {
                        forSections.accept(t -> t.boundFunctions++);
                    }
                }
                case HELPER -> forSections.accept(t -> t.helpers++);
                case ABSTRACTION -> forSections.accept(t -> t.abstractions++);
                case CONSUMER -> forSections.accept(t -> t.consumers++);
                default -> {
                }
            }
        }
        Map<String, List<UnsafeSite>> sitesByFile = new HashMap<>();
        index.unsafeSites().forEach(s -> sitesByFile.computeIfAbsent(s.path(), p -> new java.util.ArrayList<>()).add(s));
        for (FileMetrics file : index.files()) {
            boolean counted = file.role() == FileRole.ABSTRACTION || file.role() == FileRole.CONSUMER;
            List<UnsafeSite> sites = sitesByFile.getOrDefault(file.path(), List.of());
            for (String name : mapping.sectionsOf(file.path())) {
                Tally t = tally.apply(name);
                t.rustFiles++;
                if (counted) {
                    t.rustLines += file.lines();
                    t.unsafeSites += sites.size();
                    t.unsafeBlocks += (int) sites.stream().filter(s -> s.kind() == UnsafeKind.BLOCK).count();
                    t.documentedBlocks += (int) sites.stream()
                            .filter(s -> s.kind() == UnsafeKind.BLOCK && s.documented()).count();
                }
            }
        }
        if (includeUntouched) {
            sections.keySet().stream().filter(n -> !n.equals(SubsystemMapping.CATCH_ALL)).forEach(tally::apply);
        }
        List<SubsystemReadiness> rows = tallies.entrySet().stream()
                .map(e -> e.getValue().toReadiness(e.getKey(), Optional.ofNullable(sections.get(e.getKey()))))
                .filter(r -> includeUntouched || touchesRust(r))
                .sorted(Comparator.comparingInt(SubsystemReadiness::boundFunctions).reversed()
                        .thenComparing(SubsystemReadiness::abstractions, Comparator.reverseOrder())
                        .thenComparing(SubsystemReadiness::rustFiles, Comparator.reverseOrder())
                        .thenComparing(SubsystemReadiness::section))
                .toList();
        return new ReadinessReport(ReadinessReport.SCHEMA, index.tree(), index.release(), rows);
    }

    /** Symbols Rust reaches: named in a {@code bindings::} path, or wrapped by a helper that Rust names. */
    private static Set<String> boundSymbolIds(KernelIndex index) {
        Set<String> bound = new HashSet<>();
        Set<String> boundHelpers = new HashSet<>();
        for (Edge edge : index.graph().edges()) {
            if (edge.kind() == EdgeKind.BINDS) {
                bound.add(edge.to());
                boundHelpers.add(edge.to());
            }
        }
        for (Edge edge : index.graph().edges()) {
            if (edge.kind() == EdgeKind.WRAPS && boundHelpers.contains(edge.from())) {
                bound.add(edge.to());
            }
        }
        return bound;
    }

    private static final class Tally {
        int rustFiles;
        int abstractions;
        int consumers;
        int helpers;
        int declaredFunctions;
        int boundFunctions;
        int rustLines;
        int unsafeSites;
        int unsafeBlocks;
        int documentedBlocks;

        SubsystemReadiness toReadiness(String name, Optional<MaintainersSection> section) {
            double share = declaredFunctions == 0 ? 0 : Math.min(1.0, (double) boundFunctions / declaredFunctions);
            return new SubsystemReadiness(name, section.flatMap(MaintainersSection::status),
                    section.map(MaintainersSection::isRustSection).orElse(false), rustFiles, abstractions, consumers,
                    helpers, declaredFunctions, boundFunctions, share, rustLines, unsafeSites,
                    rustLines == 0 ? Optional.empty() : Optional.of(100.0 * unsafeSites / rustLines),
                    unsafeBlocks == 0 ? Optional.empty() : Optional.of((double) documentedBlocks / unsafeBlocks));
        }
    }
}
