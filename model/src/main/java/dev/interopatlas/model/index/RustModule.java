package dev.interopatlas.model.index;

/**
 * A module of the kernel crate.
 *
 * @param path {@code kernel::sync::arc}
 * @param file the file that holds its body ({@code rust/kernel/sync/arc.rs}); for inline modules the file
 *             holding the {@code mod x { … }}
 */
public record RustModule(String path, String file, boolean inline) {
}
