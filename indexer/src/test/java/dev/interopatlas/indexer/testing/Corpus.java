package dev.interopatlas.indexer.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real kernel corpus built by {@code shared/tools/kernel-corpus.sh}: {@code $CORPUS}, else
 * {@code ~/.cache/interop-atlas/kernel-corpus}. Tests that need it are skipped (not failed) when it is absent;
 * {@code .ci/run} builds it so CI always runs them.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String env = System.getenv("CORPUS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "interop-atlas", "kernel-corpus");
    }

    /** The unpacked tree of a release ("6.12"), or the test is skipped. */
    public static Path tree(String version) {
        Path tree = root().resolve("src").resolve("linux-" + version);
        assumeTrue(Files.isRegularFile(tree.resolve("Makefile")), "kernel corpus not built at " + tree);
        return tree;
    }

    /** The git repository with tags v6.1 and v6.12, or the test is skipped. */
    public static Path gitRepository() {
        Path repo = root().resolve("linux-git");
        assumeTrue(Files.isDirectory(repo.resolve(".git")), "kernel corpus repo not built at " + repo);
        return repo;
    }
}
