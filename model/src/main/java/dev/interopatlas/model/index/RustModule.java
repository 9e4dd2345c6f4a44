package dev.interopatlas.model.index;

/**
 * A module of the kernel crate.
 *
 * @param path {@code kernel::sync::arc}
 * @param file the file that holds its body ({@code rust/kernel/sync/arc.rs}); for inline modules the file
 *             holding the {@code mod x { … }}
 * @param test a {@code #[cfg(test)]} or {@code #[kunit_tests(…)]} module, or one nested in such a module: tests,
 *             not abstractions, so left out of module counts
 */
public record RustModule(String path, String file, boolean inline, boolean test) {
    /** A module that is not a test module. */
    public RustModule(String path, String file, boolean inline) {
        this(path, file, inline, false);
    }
}
