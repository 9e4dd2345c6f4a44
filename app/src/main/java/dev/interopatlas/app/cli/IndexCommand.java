package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.PhaseClock;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code index TREE [--arch x86] [--out index.json]}: the whole graph of a working tree. */
@Command(name = "index", description = "Index a kernel working tree: files, symbols, modules, unsafe sites, graph.")
final class IndexCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TREE", description = "Top directory of a kernel checkout.")
    Path tree;

    static final String DEFAULT_ARCH = "x86";

    @Option(names = "--arch", defaultValue = DEFAULT_ARCH,
            description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the index JSON here (default: stdout).")
    Optional<Path> out;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Per-file facts kept between runs, keyed by git blob id (default: ~/.cache/interop-atlas/facts).")
    Optional<Path> cache;

    @Option(names = "--no-cache", description = "Parse every file, without reading or writing the facts cache.")
    boolean noCache;

    @Override
    public Integer call() throws Exception {
        PhaseClock.mark("index command");
        Optional<CompletableFuture<WorkingTreeFacts>> opening = noCache ? Optional.empty()
                : Optional.of(TreeFactsCache.open(tree, cache, System.err));
        Optional<Path> cacheRoot = noCache ? Optional.empty() : Optional.of(cache.orElse(BlobFactsCache.defaultRoot()));
        try (WorkingTree source = TreeArguments.openWorkingTree(tree, cacheRoot)) {
            PhaseClock.mark("tree walked");
            if (opening.isEmpty()) {
                KernelIndex index = index(source, arch);
                JsonOutput.write(index, out, System.out);
                Summary.print(index, System.err);
                return 0;
            }
            WorkingTreeFacts facts = TreeFactsCache.await(opening.get());
            PhaseClock.mark("facts cache read");
            KernelIndex index = index(source, arch, facts);
            PhaseClock.mark("indexed");
            Thread saving = TreeFactsCache.saveInBackground(facts, System.err);
            JsonOutput.write(index, out, System.out);
            PhaseClock.mark("json written");
            saving.join();
            PhaseClock.mark("facts cache saved");
            Summary.print(index, System.err);
            TreeFactsCache.report(facts, System.err);
            return 0;
        }
    }

    /** Indexes the working tree at {@code path} with its facts cache, saved before returning. */
    static KernelIndex indexWorkingTree(WorkingTree source, CompletableFuture<WorkingTreeFacts> opening,
                                        String arch) throws Exception {
        WorkingTreeFacts facts = TreeFactsCache.await(opening);
        KernelIndex index = index(source, arch, facts);
        TreeFactsCache.save(facts, System.err);
        return index;
    }

    static KernelIndex index(SourceTree source, String arch) throws Exception {
        return index(source, arch, new DirectFactsProvider());
    }

    static KernelIndex index(SourceTree source, String arch, FactsProvider facts) throws Exception {
        IndexOptions options;
        try {
            options = new IndexOptions(arch);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        return new KernelIndexer(options).index(source, facts, ConsoleProgress.forStderr());
    }
}
