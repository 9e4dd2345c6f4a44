package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.KernelTreeCheck;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.source.WorkingTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Turns a TREE argument into an open working tree, with the messages a user needs when it is wrong. */
final class TreeArguments {
    private TreeArguments() {
    }

    static WorkingTree openWorkingTree(Path tree) throws CliException, IndexException {
        return openWorkingTree(tree, Optional.empty());
    }

    /**
     * With the directory listings remembered in the facts cache under {@code cacheRoot} (see
     * {@link WorkingTreeFacts#listingMemo}), so that the unchanged directories of a tree listed before are not read.
     */
    static WorkingTree openWorkingTree(Path tree, Optional<Path> cacheRoot) throws CliException, IndexException {
        if (!Files.exists(tree)) {
            throw new CliException(tree + ": no such file or directory");
        }
        if (!Files.isDirectory(tree)) {
            throw new CliException(tree + ": not a directory; give the top directory of a kernel checkout");
        }
        KernelTreeCheck.requireKernelTopLevel(tree);
        try {
            if (cacheRoot.isEmpty()) {
                return WorkingTree.open(tree);
            }
            Consumer<String> warnings = warning -> System.err.println("interop-atlas: warning: " + warning);
            return WorkingTree.open(tree, WorkingTreeFacts.listingMemo(cacheRoot.get(), tree, warnings), warnings);
        } catch (IOException e) {
            throw new IndexException("cannot list " + tree + ": " + e.getMessage(), e);
        }
    }
}
