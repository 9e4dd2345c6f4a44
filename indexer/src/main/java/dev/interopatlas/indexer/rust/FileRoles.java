package dev.interopatlas.indexer.rust;

import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.model.metrics.FileRole;

/** Decides a Rust file's role from where it lives and, outside {@code rust/}, whether it uses the kernel crate. */
public final class FileRoles {
    private FileRoles() {
    }

    public static FileRole roleOf(String path, RustFacts facts) {
        if (path.startsWith("rust/kernel/")) {
            return FileRole.ABSTRACTION;
        }
        if (path.startsWith("rust/macros/")) {
            return FileRole.MACROS;
        }
        if (path.startsWith("rust/bindings/")) {
            return FileRole.BINDINGS;
        }
        if (path.startsWith("rust/uapi/")) {
            return FileRole.UAPI;
        }
        if (!path.startsWith("rust/") && facts.usesKernel()) {
            return FileRole.CONSUMER;
        }
        return FileRole.OTHER;
    }
}
