package dev.interopatlas.app.cli;

import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code metrics TREE [--json metrics.json]}: per-file Rust figures and every bindings name's resolution. */
@Command(name = "metrics", description = "Per-file unsafe/bindings metrics and symbol resolution (schema interop-atlas/metrics/1).")
final class MetricsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TREE", description = "Top directory of a kernel checkout.")
    Path tree;

    @Option(names = "--arch", defaultValue = "x86", description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the metrics JSON here (default: stdout).")
    Optional<Path> json;

    @Override
    public Integer call() throws Exception {
        KernelIndex index = IndexCommand.indexWorkingTree(tree, arch);
        JsonOutput.write(index.toMetrics(), json, System.out);
        Summary.print(index, System.err);
        return 0;
    }
}
