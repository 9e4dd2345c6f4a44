package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import java.util.Optional;

/** Opens a {@link SyntheticGraph} of a given size (load tests, demos without a kernel tree). */
public record SyntheticLoader(int nodes) implements AtlasLoader {
    @Override
    public String description() {
        return "synthetic graph of " + nodes + " nodes";
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) {
        monitor.beginTask("Generating " + description(), ProgressMonitor.UNKNOWN);
        LoadedAtlas atlas = new LoadedAtlas(SyntheticGraph.index(nodes, 1), Optional.empty(), "Synthetic (" + nodes + ")");
        monitor.endTask();
        return atlas;
    }
}
