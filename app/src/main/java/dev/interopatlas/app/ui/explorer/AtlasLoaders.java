package dev.interopatlas.app.ui.explorer;

import java.nio.file.Files;
import java.nio.file.Path;

/** Picks how to open what the user named: an index JSON file, or a kernel tree directory. */
public final class AtlasLoaders {
    private AtlasLoaders() {
    }

    public static AtlasLoader forPath(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json")) {
            return new IndexFileLoader(path);
        }
        return new DirectoryLoader(path);
    }
}
