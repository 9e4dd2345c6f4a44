package dev.interopatlas.indexer;

import dev.interopatlas.indexer.source.SourceTree;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Refuses trees that are not a Linux kernel before any work is done, with a message that says what to open. */
public final class KernelTreeCheck {
    private KernelTreeCheck() {
    }

    /**
     * The same check on a directory's top level alone, before it is walked: {@code index /} would otherwise list
     * the whole disk to find there is no Makefile.
     */
    public static void requireKernelTopLevel(Path root) throws NotAKernelTreeException {
        Path makefile = root.resolve("Makefile");
        boolean exists = Files.exists(makefile, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isRegularFile(makefile, LinkOption.NOFOLLOW_LINKS)) {
            throw notAKernel(root.toString(), "its Makefile is not a regular file");
        }
        boolean rustOrInclude = Files.isDirectory(root.resolve("rust"), LinkOption.NOFOLLOW_LINKS)
                || Files.isDirectory(root.resolve("include"), LinkOption.NOFOLLOW_LINKS);
        if (!exists || !rustOrInclude) {
            throw notAKernel(root.toString(), exists ? "it has no rust/ or include/ directory"
                    : "it has no top-level Makefile");
        }
    }

    private static NotAKernelTreeException notAKernel(String tree, String why) {
        return new NotAKernelTreeException(tree + " is not a Linux kernel tree: " + why
                + "; open the top directory of a kernel checkout (the one with Makefile, include/ and rust/)");
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
