package dev.interopatlas.model.history;

/**
 * How the number of unsafe sites (blocks, fns, impls, traits) of one .rs file changed between two releases;
 * a file missing on one side counts 0 there.
 */
public record FileUnsafeChange(String path, int before, int after) {
    public int delta() {
        return after - before;
    }
}
