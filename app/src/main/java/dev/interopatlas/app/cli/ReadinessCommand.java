package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.analysis.ReadinessAnalysis;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness TREE_OR_REPO [--rev TAG] [--all] --json|--csv OUT}. */
@Command(name = "readiness", description = "Rust readiness per MAINTAINERS section: abstractions, consumers, helpers, "
        + "bound share of declared C functions, unsafe density, SAFETY share.")
final class ReadinessCommand implements Callable<Integer> {
    @Mixin
    TreeSelection selection;

    @Option(names = "--all", description = "Also list sections that have no Rust at all.")
    boolean all;

    @ArgGroup(multiplicity = "1")
    JsonOrCsv output;

    @Override
    public Integer call() throws Exception {
        ReadinessReport report;
        try (TreeSelection.Opened opened = selection.openCurrent()) {
            report = ReadinessAnalysis.analyze(opened.index(), MaintainersIndex.load(opened.tree()), all);
        }
        output.write(report, () -> csv(report.sections()));
        int touching = (int) report.sections().stream().filter(ReadinessAnalysis::touchesRust).count();
        System.err.println(summary(report.sections().size(), touching, all));
        return 0;
    }

    /** "1 section touches Rust"; with --all, untouched sections are listed too and counted apart. */
    static String summary(int listed, int touching, boolean all) {
        String touch = touching == 1 ? "1 section touches Rust" : touching + " sections touch Rust";
        if (!all) {
            return touch;
        }
        return (listed == 1 ? "1 section" : listed + " sections") + " listed, "
                + (touching == 1 ? "1 touches Rust" : touching + " touch Rust");
    }

    static String csv(List<SubsystemReadiness> rows) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("section", "status", "rustSection", "rustFiles",
                "abstractions", "consumers", "helpers", "declaredFunctions", "boundFunctions", "boundShare",
                "rustLines", "unsafeSites", "unsafePer100Lines", "documentedShare")));
        for (SubsystemReadiness r : rows) {
            out.append(Csv.row(List.of(r.section(), r.status().orElse(""), r.rustSection(), r.rustFiles(),
                    r.abstractions(), r.consumers(), r.helpers(), r.declaredFunctions(), r.boundFunctions(),
                    String.format(Locale.ROOT, "%.4f", r.boundShare()), r.rustLines(), r.unsafeSites(),
                    r.unsafePer100Lines().map(d -> String.format(Locale.ROOT, "%.2f", d)).orElse(""),
                    r.documentedShare().map(d -> String.format(Locale.ROOT, "%.4f", d)).orElse(""))));
        }
        return out.toString();
    }
}
