package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.Optional;

/** Opens a git repository with release tags at one release (the newest when none is named). */
public record RepositoryLoader(Path repository, Optional<String> release) implements AtlasLoader {
    public RepositoryLoader(Path repository) {
        this(repository, Optional.empty());
    }

    @Override
    public String description() {
        return repository.toString();
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) throws Exception {
        monitor.beginTask("Reading the tags of " + repository, ProgressMonitor.UNKNOWN);
        ReleaseHistory history = ReleaseHistory.open(repository, warning -> System.err.println("interop-atlas: " + warning));
        monitor.endTask();
        try {
            return history.load(release.orElse(history.newest()), monitor);
        } catch (Exception | Error e) {
            history.close();
            throw e;
        }
    }
}
