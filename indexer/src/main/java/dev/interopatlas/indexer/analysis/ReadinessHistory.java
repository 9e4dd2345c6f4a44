package dev.interopatlas.indexer.analysis;

import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import dev.interopatlas.model.index.KernelIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Readiness of several releases side by side, oldest first: each release is analysed against its own
 * MAINTAINERS, so a section renamed between releases shows up as two series.
 */
public final class ReadinessHistory {
    /** One release to analyse: its label (e.g. {@code v6.12}), index and MAINTAINERS. */
    public record Release(String label, KernelIndex index, MaintainersIndex maintainers) {
        public Release {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(maintainers, "maintainers");
        }
    }

    private final List<String> labels;
    private final List<ReadinessReport> reports;

    private ReadinessHistory(List<String> labels, List<ReadinessReport> reports) {
        this.labels = List.copyOf(labels);
        this.reports = List.copyOf(reports);
    }

    /** Analyses every release; the last one is the current release. Needs at least one. */
    public static ReadinessHistory analyze(List<Release> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            throw new IllegalArgumentException("readiness history needs at least one release");
        }
        List<String> labels = new ArrayList<>();
        List<ReadinessReport> reports = new ArrayList<>();
        for (Release release : oldestFirst) {
            labels.add(release.label());
            reports.add(ReadinessAnalysis.analyze(release.index(), release.maintainers(), false));
        }
        return new ReadinessHistory(labels, reports);
    }

    public List<String> releases() {
        return labels;
    }

    public ReadinessReport current() {
        return reports.get(reports.size() - 1);
    }

    /** The section's row in each release, oldest first; empty where the section had no Rust (or did not exist). */
    public List<Optional<SubsystemReadiness>> seriesOf(String section) {
        return reports.stream().map(r -> r.sections().stream().filter(s -> s.section().equals(section)).findFirst())
                .toList();
    }

    /** Sections of the current release with the most bound C functions, at most {@code limit}. */
    public List<String> top(int limit) {
        return current().sections().stream()
                .sorted(Comparator.comparingInt(SubsystemReadiness::boundFunctions).reversed()
                        .thenComparing(SubsystemReadiness::rustFiles, Comparator.reverseOrder())
                        .thenComparing(SubsystemReadiness::section))
                .limit(limit).map(SubsystemReadiness::section).toList();
    }
}
