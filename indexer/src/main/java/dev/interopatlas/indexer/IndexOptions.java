package dev.interopatlas.indexer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to index a tree.
 *
 * @param arch the kernel architecture whose include directories resolve {@code asm/} headers ({@code x86})
 */
public record IndexOptions(String arch) {
    private static final Pattern ARCH_NAME = Pattern.compile("[a-z0-9_]+");

    public IndexOptions {
        Objects.requireNonNull(arch, "arch");
        if (!ARCH_NAME.matcher(arch).matches()) {
            throw new IllegalArgumentException("arch must be a directory name under arch/, such as x86 or arm64: "
                    + arch);
        }
    }

    public static IndexOptions defaults() {
        return new IndexOptions("x86");
    }
}
