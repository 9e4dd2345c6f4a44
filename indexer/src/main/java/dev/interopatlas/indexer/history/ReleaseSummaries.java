package dev.interopatlas.indexer.history;

import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.util.Set;

/**
 * Reduces a {@link KernelIndex} to the figures of one timeline point. File, line and unsafe figures count the
 * kernel's own code; files of vendored crates are summed apart.
 */
public final class ReleaseSummaries {
    private ReleaseSummaries() {
    }

    public static ReleaseSummary of(KernelIndex index, String release, String commit, int blobsParsed) {
        Set<String> vendored = index.vendoredFiles();
        Tally own = new Tally();
        Tally copied = new Tally();
        int drivers = 0;
        int samples = 0;
        int otherConsumers = 0;
        for (FileMetrics file : index.files()) {
            (vendored.contains(file.path()) ? copied : own).add(file);
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
        int consumerCrates = (int) index.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER).count();
        int vendoredCrates = index.vendoredCrateCount();
        int bound = (int) index.symbols().stream().filter(SymbolResolution::resolved)
                .map(SymbolResolution::name).distinct().count();
        double share = own.blocks == 0 ? 0.0 : Math.round(own.documented * 10_000.0 / own.blocks) / 10_000.0;
        int modules = index.abstractionModules().size();
        return new ReleaseSummary(release, commit, own.files, own.lines, modules, drivers, samples,
                otherConsumers, helpers, bound, index.stats().headersInClosure(), own.blocks, own.fns, own.impls,
                own.traits, own.documented, own.placeholder, share, consumerCrates, vendoredCrates, copied.files,
                copied.lines, copied.blocks, copied.blocks + copied.fns + copied.impls + copied.traits, blobsParsed);
    }

    private static final class Tally {
        int files;
        long lines;
        int blocks;
        int fns;
        int impls;
        int traits;
        int documented;
        int placeholder;

        void add(FileMetrics file) {
            files++;
            lines += file.lines();
            blocks += file.unsafeBlocks();
            fns += file.unsafeFns();
            impls += file.unsafeImpls();
            traits += file.unsafeTraits();
            documented += file.unsafeBlocksDocumented();
            placeholder += file.unsafeBlocksPlaceholder();
        }
    }
}
