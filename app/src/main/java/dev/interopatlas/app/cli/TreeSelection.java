package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The TREE_OR_REPO argument shared by the analysis commands: a working tree, or a git repository with
 * {@code --rev TAG}.
 */
final class TreeSelection {
    @Parameters(paramLabel = "TREE_OR_REPO", description = "A kernel checkout, or a kernel git repository with --rev.")
    Path path;

    @Option(names = "--arch", defaultValue = "x86", description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--rev", paramLabel = "TAG", description = "Release tag to read from the repository.")
    Optional<String> rev;

    /** The selected tree, still open (for reading MAINTAINERS or sources), its index and the previous release's. */
    record Opened(SourceTree tree, KernelIndex index, Optional<KernelIndex> previous) implements AutoCloseable {
        @Override
        public void close() {
            tree.close();
        }
    }

    Opened open() throws Exception {
        SourceTree tree = TreeArguments.openWorkingTree(path);
        try {
            KernelIndex index = IndexCommand.index(tree, arch);
            return new Opened(tree, index, Optional.empty());
        } catch (Exception | Error e) {
            tree.close();
            throw e;
        }
    }
}
