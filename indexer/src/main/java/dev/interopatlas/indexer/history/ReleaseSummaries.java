package dev.interopatlas.indexer.history;

import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;

/** Reduces a {@link KernelIndex} to the figures of one timeline point. */
public final class ReleaseSummaries {
    private ReleaseSummaries() {
    }

    public static ReleaseSummary of(KernelIndex index, String release, String commit, int blobsParsed) {
        long lines = 0;
        int drivers = 0;
        int samples = 0;
        int otherConsumers = 0;
        int blocks = 0;
        int fns = 0;
        int impls = 0;
        int traits = 0;
        int documented = 0;
        int placeholder = 0;
        for (FileMetrics file : index.files()) {
            lines += file.lines();
            blocks += file.unsafeBlocks();
            fns += file.unsafeFns();
            impls += file.unsafeImpls();
            traits += file.unsafeTraits();
            documented += file.unsafeBlocksDocumented();
            placeholder += file.unsafeBlocksPlaceholder();
            if (file.role() == FileRole.CONSUMER) {
                if (file.path().startsWith("drivers/")) {
                    drivers++;
                } else if (file.path().startsWith("samples/")) {
                    samples++;
                } else {
                    otherConsumers++;
                }
            }
        }
        int helpers = (int) index.graph().nodes().stream().filter(n -> n.kind() == NodeKind.HELPER).count();
        int bound = (int) index.symbols().stream().filter(SymbolResolution::resolved)
                .map(SymbolResolution::name).distinct().count();
        double share = blocks == 0 ? 0.0 : Math.round(documented * 10_000.0 / blocks) / 10_000.0;
        int modules = index.abstractionModules().size();
        return new ReleaseSummary(release, commit, index.files().size(), lines, modules, drivers,
                samples, otherConsumers, helpers, bound, index.stats().headersInClosure(), blocks, fns, impls,
                traits, documented, placeholder, share, blobsParsed);
    }
}
