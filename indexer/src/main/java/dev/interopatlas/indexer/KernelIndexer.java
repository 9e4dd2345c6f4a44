package dev.interopatlas.indexer;

import dev.interopatlas.indexer.c.CBoundaryIndex;
import dev.interopatlas.indexer.crates.CrateFinder;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.graph.GraphBuilder;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.index.IndexStats;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.IndexWarning;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.model.metrics.UnsafeSite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Indexes one kernel tree into a {@link KernelIndex}: lexes every .rs file, finds the crates the build files name,
 * builds the kernel crate's module tree, follows the include closure of the bindings, resolves every
 * {@code bindings::} name and builds the graph. Nothing in the tree is executed.
 */
public final class KernelIndexer {
    private final IndexOptions options;

    public KernelIndexer(IndexOptions options) {
        this.options = options;
    }

    /** An index with the C side it was built from, for callers that query declarations further (impact). */
    public record WithBoundary(KernelIndex index, CBoundaryIndex boundary) {
    }

    private record RustSide(CrateFinder.Result crates, RustCrate crate) {
    }

    public KernelIndex index(SourceTree tree, FactsProvider facts, ProgressMonitor monitor) throws IndexException {
        return indexWithBoundary(tree, facts, monitor).index();
    }

    public WithBoundary indexWithBoundary(SourceTree tree, FactsProvider facts, ProgressMonitor monitor)
            throws IndexException {
        long start = System.nanoTime();
        KernelTreeCheck.requireKernelTree(tree);
        List<IndexWarning> warnings = new ArrayList<>(tree.listingWarnings());

        List<SourceFile> rustFiles = tree.files().stream().filter(f -> f.path().endsWith(".rs")).toList();
        monitor.beginTask("Lexing Rust files", rustFiles.size());
        Map<String, RustFacts> rustFacts = ParallelAnalysis.run(rustFiles, f -> facts.rust(tree, f), monitor,
                warnings);
        monitor.endTask();
        rustFacts.forEach((path, fileFacts) -> fileFacts.warnings()
                .forEach(w -> warnings.add(new IndexWarning(path, w.line(), w.message()))));

        // The crates and the C side need nothing of each other: the crates are found beside the include closure.
        BesideThisThread<RustSide> rustSide = BesideThisThread.start("interop-atlas-crates", () -> {
            CrateFinder.Result found = CrateFinder.find(tree, rustFacts);
            return new RustSide(found, RustCrate.of(rustFacts, found));
        });
        CBoundaryIndex boundary; // reports its own phases
        try {
            boundary = CBoundaryIndex.build(tree, options.arch(), facts, monitor);
        } catch (IOException e) {
            throw new IndexException("cannot read the C side of " + tree.displayName() + ": " + e.getMessage(), e);
        }
        RustSide rust = rustSide.join();
        warnings.addAll(rust.crates().warnings());
        RustCrate crate = rust.crate();
        List<FileMetrics> files = crate.fileMetrics();
        List<UnsafeSite> unsafeSites = crate.unsafeSites();
        crate.missingModules().forEach(m -> warnings.add(new IndexWarning(RustCrate.KERNEL_CRATE_DIR, 0,
                "module declared but its file is missing: " + m)));
        warnings.addAll(boundary.unreadableHeaders());

        monitor.beginTask("Resolving bindings names", ProgressMonitor.UNKNOWN);
        SortedSet<String> bindingNames = new TreeSet<>();
        files.forEach(f -> bindingNames.addAll(f.bindings().keySet()));
        List<SymbolResolution> symbols = bindingNames.stream().map(boundary::resolve).toList();
        InteropGraph graph = new GraphBuilder(crate, boundary, symbols).build();
        monitor.endTask();

        int resolved = (int) symbols.stream().filter(SymbolResolution::resolved).count();
        IndexStats stats = new IndexStats(tree.files().size(), rustFiles.size(), boundary.closureHeaders().size(),
                bindingNames.size(), resolved, (System.nanoTime() - start) / 1_000_000);
        return new WithBoundary(new KernelIndex(KernelIndex.SCHEMA, tree.displayName(), tree.release(), options.arch(),
                stats, files, symbols, crate.modules(), unsafeSites, boundary.unresolvedIncludes(), warnings, graph,
                crate.crates()), boundary);
    }
}
