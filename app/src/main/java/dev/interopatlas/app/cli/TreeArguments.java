package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.KernelTreeCheck;
import dev.interopatlas.indexer.source.WorkingTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a TREE argument into an open working tree, with the messages a user needs when it is wrong. */
final class TreeArguments {
    private TreeArguments() {
    }

    static WorkingTree openWorkingTree(Path tree) throws CliException, IndexException {
        if (!Files.exists(tree)) {
            throw new CliException(tree + ": no such file or directory");
        }
        if (!Files.isDirectory(tree)) {
            throw new CliException(tree + ": not a directory; give the top directory of a kernel checkout");
        }
        KernelTreeCheck.requireKernelTopLevel(tree);
        try {
            return WorkingTree.open(tree);
        } catch (IOException e) {
            throw new IndexException("cannot list " + tree + ": " + e.getMessage(), e);
        }
    }
}
