package dev.interopatlas.app.cli;

import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.MetricsReport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code metrics TREE [--json metrics.json]} or {@code metrics REPO --rev TAG}: per-file Rust figures and every
 * bindings name's resolution; with --rev the report's "release" is the tag.
 */
@Command(name = "metrics", description = "Per-file unsafe/bindings metrics and symbol resolution (schema interop-atlas/metrics/1).")
final class MetricsCommand implements Callable<Integer> {
    @Mixin
    TreeSelection selection;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the metrics JSON here (default: stdout).")
    Optional<Path> json;

    @Override
    public Integer call() throws Exception {
        JsonOutput.prepare(MetricsReport.class);
        KernelIndex index;
        try (TreeSelection.Opened opened = selection.openCurrent()) {
            index = opened.index();
        }
        JsonOutput.write(index.toMetrics(), json, System.out);
        Summary.print(index, System.err);
        return 0;
    }
}
