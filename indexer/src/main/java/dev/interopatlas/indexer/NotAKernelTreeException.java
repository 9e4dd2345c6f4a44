package dev.interopatlas.indexer;

/** The path exists but does not look like a Linux kernel tree (no Makefile with rust/ or include/). */
public final class NotAKernelTreeException extends IndexException {
    public NotAKernelTreeException(String message) {
        super(message);
    }
}
