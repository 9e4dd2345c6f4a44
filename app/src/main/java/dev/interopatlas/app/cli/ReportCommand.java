package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.export.ExportFiles;
import dev.interopatlas.app.core.export.ReleaseReport;
import dev.interopatlas.app.core.export.ReportBuilder;
import dev.interopatlas.app.core.map.svg.MapPanel;
import dev.interopatlas.app.core.export.ReportData;
import dev.interopatlas.indexer.analysis.ReadinessAnalysis;
import dev.interopatlas.indexer.history.GitTagTree;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.IndexedRelease;
import dev.interopatlas.indexer.history.ReleaseSummaries;
import dev.interopatlas.indexer.history.ReleaseTag;
import dev.interopatlas.indexer.history.TagSelection;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.styles.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report TREE_OR_REPO [--rev TAG] [--theme …] --svg OUT [--png OUT]}: the one-page release report. With
 * {@code --rev} the coverage chart runs over the vX.Y releases up to TAG, read from git.
 */
@Command(name = "report", description = "One-page release report: headline figures, coverage over releases, "
        + "unsafe hotspots, subsystem readiness and a graph overview, as SVG and optionally PNG.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    TreeSelection selection;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark|talk",
            description = "Colours and type sizes (default: ${DEFAULT-VALUE}).")
    String theme;

    @Mixin
    ImageOutput output;

    @Override
    public Integer call() throws Exception {
        Theme chosen = ExportGraphCommand.theme(theme);
        ReportData data = selection.rev.isPresent() ? fromRepository(selection.rev.get(), chosen) : fromTree(chosen);
        ReleaseReport report = new ReleaseReport(data, ReportBuilder.style(chosen));
        ExportFiles.write(report, output.svg, output.png);
        System.err.printf(Locale.ROOT, "report of %s: %d releases in the chart -> %s%s%n", data.title(),
                data.coverage().size(), output.svg, output.pngSuffix());
        return 0;
    }

    private ReportData fromTree(Theme chosen) throws Exception {
        try (TreeSelection.Opened opened = selection.openCurrent()) {
            ReadinessReport readiness = ReadinessAnalysis.analyze(opened.index(),
                    MaintainersIndex.load(opened.tree()), false);
            return ReportBuilder.build(opened.index(), Optional.of(readiness), List.of(),
                    Optional.of(MapPanel.overview(opened.index().graph(), chosen)), LocalDate.now());
        }
    }

    private ReportData fromRepository(String tagName, Theme chosen) throws Exception {
        try (HistoryIndexer history = ReleaseRepository.open(selection.path, selection.arch, selection.cache,
                System.err)) {
            ReleaseTag tag = history.tag(tagName);
            List<String> earlier = history.releasesBefore(tag).stream().map(ReleaseTag::name).toList();
            ConsoleProgress progress = ConsoleProgress.forStderr();
            List<ReleaseSummary> summaries = new ArrayList<>(earlier.isEmpty() ? List.of()
                    : history.timeline(TagSelection.explicit(earlier), progress).releases());
            // The shown release is indexed once: its summary comes from that index, not from a second pass.
            IndexedRelease current = history.index(tag, progress);
            KernelIndex index = current.index();
            summaries.add(ReleaseSummaries.of(index, tag.name(), tag.commit(), (int) current.work().parsed()));
            ReadinessReport readiness;
            try (GitTagTree tree = history.tree(tag)) {
                readiness = ReadinessAnalysis.analyze(index, MaintainersIndex.load(tree), false);
            }
            return ReportBuilder.build(index, Optional.of(readiness), summaries,
                    Optional.of(MapPanel.overview(index.graph(), chosen)), LocalDate.now());
        }
    }
}
