package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.ReleaseHistory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks how to open what the user named: an index JSON file, a git repository with release tags (bare or a
 * work tree: opened at its newest release, with release switching), or a kernel tree directory.
 */
public final class AtlasLoaders {
    private AtlasLoaders() {
    }

    public static AtlasLoader forPath(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")) {
            return new IndexFileLoader(path);
        }
        if (Files.isDirectory(path) && ReleaseHistory.isRepositoryWithReleases(path)) {
            return new RepositoryLoader(path);
        }
        return new DirectoryLoader(path);
    }
}
