package dev.interopatlas.indexer;

import dev.interopatlas.indexer.source.SourceTree;

/** Refuses trees that are not a Linux kernel before any work is done, with a message that says what to open. */
public final class KernelTreeCheck {
    private KernelTreeCheck() {
    }

    public static void requireKernelTree(SourceTree tree) throws NotAKernelTreeException {
        boolean makefile = tree.file("Makefile").isPresent();
        boolean rustOrInclude = tree.isDirectory("rust") || tree.isDirectory("include");
        if (!makefile || !rustOrInclude) {
            throw new NotAKernelTreeException(tree.displayName() + " is not a Linux kernel tree: "
                    + (makefile ? "it has no rust/ or include/ directory" : "it has no top-level Makefile")
                    + "; open the top directory of a kernel checkout (the one with Makefile, include/ and rust/)");
        }
    }
}
