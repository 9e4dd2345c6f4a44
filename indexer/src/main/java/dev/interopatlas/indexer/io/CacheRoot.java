package dev.interopatlas.indexer.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Interop Atlas keeps its caches (facts, class archives, the sample repository): {@code $XDG_CACHE_HOME}, else
 * {@code $HOME/.cache}, as the XDG base directory spec says, so that a user or a test can move them by setting
 * either. Java's {@code user.home} comes from the password file and ignores {@code HOME}: it is the last resort.
 */
public final class CacheRoot {
    private CacheRoot() {
    }

    /** {@code …/interop-atlas} under this process's cache directory. */
    public static Path directory() {
        return directory(System.getenv(), System.getProperty("user.home"));
    }

    static Path directory(Map<String, String> environment, String userHome) {
        Path cache = absolute(environment.get("XDG_CACHE_HOME"))
                .or(() -> absolute(environment.get("HOME")).map(home -> home.resolve(".cache")))
                .orElseGet(() -> Path.of(userHome, ".cache"));
        return cache.resolve("interop-atlas");
    }

    /** The spec ignores relative paths: they would depend on the working directory. */
    private static Optional<Path> absolute(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank() && v.startsWith("/")).map(Path::of);
    }
}
