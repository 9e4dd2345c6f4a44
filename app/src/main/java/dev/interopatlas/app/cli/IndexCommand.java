package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code index TREE [--arch x86] [--out index.json]}: the whole graph of a working tree. */
@Command(name = "index", description = "Index a kernel working tree: files, symbols, modules, unsafe sites, graph.")
final class IndexCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TREE", description = "Top directory of a kernel checkout.")
    Path tree;

    @Option(names = "--arch", defaultValue = "x86", description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the index JSON here (default: stdout).")
    Optional<Path> out;

    @Override
    public Integer call() throws Exception {
        JsonOutput.prepare(KernelIndex.class);
        KernelIndex index = indexWorkingTree(tree, arch);
        JsonOutput.write(index, out, System.out);
        Summary.print(index, System.err);
        return 0;
    }

    static KernelIndex indexWorkingTree(Path tree, String arch) throws Exception {
        try (WorkingTree source = TreeArguments.openWorkingTree(tree)) {
            return index(source, arch);
        }
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
