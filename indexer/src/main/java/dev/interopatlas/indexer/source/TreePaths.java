package dev.interopatlas.indexer.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Tree-relative path arithmetic shared by include resolution and the Rust module tree. */
public final class TreePaths {
    private TreePaths() {
    }

    /**
     * Collapses {@code .}, {@code ..} and empty segments; empty when the path climbs above the tree root (it
     * then names nothing in the tree).
     */
    public static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The directory part of a tree path ({@code "rust/kernel"} for {@code "rust/kernel/lib.rs"}), "" at the top. */
    public static String parentDir(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The file name without {@code .rs}: the module name a Rust file stands for. */
    public static String rustStem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".rs") ? name.substring(0, name.length() - 3) : name;
    }
}
