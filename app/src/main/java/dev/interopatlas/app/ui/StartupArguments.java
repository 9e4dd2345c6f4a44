package dev.interopatlas.app.ui;

import dev.interopatlas.app.core.load.AtlasLoader;
import dev.interopatlas.app.core.load.AtlasLoaders;
import dev.interopatlas.app.core.load.SampleRepositoryLoader;
import dev.interopatlas.app.core.load.SyntheticLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * What to open first, from the raw application arguments: nothing (the bundled sample as a tagged repository),
 * {@code open PATH} or {@code PATH} (a git repository with release tags, a kernel tree or an index JSON), or {@code --synthetic=N} (a generated graph, for load tests).
 */
public final class StartupArguments {
    private StartupArguments() {
    }

    public static AtlasLoader parse(List<String> raw) {
        if (raw.isEmpty()) {
            return defaultLoader();
        }
        String first = raw.get(0);
        if (first.startsWith("--synthetic=")) {
            String n = first.substring("--synthetic=".length());
            try {
                return new SyntheticLoader(Math.max(10, Integer.parseInt(n)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--synthetic needs a node count, got \u201c" + n + "\u201d");
            }
        }
        if (first.equals("open")) {
            if (raw.size() < 2) {
                throw new IllegalArgumentException("open needs a path: a kernel git repository, a kernel tree directory or an index .json");
            }
            return AtlasLoaders.forPath(Path.of(raw.get(1)));
        }
        return AtlasLoaders.forPath(Path.of(first));
    }

    /** The newest release of the bundled sample, as a repository under the user's cache. */
    static AtlasLoader defaultLoader() {
        return SampleRepositoryLoader.atDefaultLocation();
    }
}
