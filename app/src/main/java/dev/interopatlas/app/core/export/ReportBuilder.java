package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.export.ReportData.CoveragePoint;
import dev.interopatlas.app.core.export.ReportData.Headline;
import dev.interopatlas.indexer.analysis.HotspotRanking;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.styles.Palette;
import dev.interopatlas.styles.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Gathers what a release report shows from an index, its readiness and the releases before it. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    /**
     * @param history  summaries of the releases up to and including this one, oldest first; empty for a working
     *                 tree (the report then shows this tree as its only point)
     * @param overview the picture of the graph panel (the CLI passes the map overview); empty for none
     */
    public static ReportData build(KernelIndex index, Optional<ReadinessReport> readiness,
                                   List<ReleaseSummary> history, Optional<OverviewPanel> overview, LocalDate date) {
        String release = index.release().orElse(Captions.treeName(index.tree()));
        Set<String> vendored = index.vendoredFiles();
        List<FileMetrics> own = index.files().stream().filter(f -> !vendored.contains(f.path())).toList();
        List<FileMetrics> copied = index.files().stream().filter(f -> vendored.contains(f.path())).toList();
        int unsafeBlocks = sum(own, FileMetrics::unsafeBlocks);
        int documented = sum(own, FileMetrics::unsafeBlocksDocumented);
        Headline headline = new Headline(
                (int) index.graph().nodes().stream().filter(n -> n.kind() == NodeKind.ABSTRACTION).count(),
                index.stats().bindingNamesResolved(),
                (int) index.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER).count(),
                unsafeBlocks, sum(own, FileMetrics::unsafeFns), sum(own, FileMetrics::unsafeImpls),
                sum(own, FileMetrics::unsafeTraits), unsafeBlocks == 0 ? 0 : (double) documented / unsafeBlocks,
                sum(own, FileMetrics::lines), sum(own, FileMetrics::unsafeBlocksPlaceholder),
                index.vendoredCrateCount(), sum(copied, FileMetrics::lines),
                sum(copied, FileMetrics::unsafeTotal));
        List<CoveragePoint> coverage = history.isEmpty()
                ? List.of(new CoveragePoint(release, headline.boundSymbols(), headline.abstractions(),
                headline.consumers()))
                : history.stream().map(s -> new CoveragePoint(s.release(), s.boundCSymbols(), s.abstractionModules(),
                s.consumerCrates())).toList();
        String title = "Rust/C interop report: " + release;
        String caption = Captions.treeName(index.tree()) + " · " + index.release().orElse("working tree")
                + " · arch " + index.arch() + " · generated " + date + " by Interop Atlas";
        return new ReportData(title, caption, headline, coverage,
                HotspotRanking.rank(index, HotspotScope.FILE, Optional.empty()),
                readiness.map(ReadinessReport::sections).orElse(List.of()),
                overview);
    }

    public static ReportStyle style(Theme theme) {
        Palette p = theme.palette();
        return new ReportStyle(p.background(), p.surface(), p.text(), p.textMuted(), p.border(), p.accent(),
                p.heatHot(), p.codePlaceholder(), List.of(p.layer(1), p.layer(2), p.layer(3)),
                "DejaVu Sans, Helvetica, Arial, sans-serif", theme.fontSize() * 1.1);
    }

    private static int sum(List<FileMetrics> files, ToIntFunction<FileMetrics> figure) {
        return files.stream().mapToInt(figure).sum();
    }
}
