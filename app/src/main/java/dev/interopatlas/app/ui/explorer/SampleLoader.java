package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Extracts the newest bundled sample release to a temporary directory and indexes it. */
public record SampleLoader() implements AtlasLoader {
    @Override
    public String description() {
        return "bundled sample " + SampleTrees.TREE_NAME + " " + newest();
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) throws Exception {
        String release = newest();
        monitor.beginTask("Extracting sample " + release, ProgressMonitor.UNKNOWN);
        Path dir = SampleTrees.extract(release, Files.createTempDirectory("interop-atlas-sample-"));
        monitor.endTask();
        LoadedAtlas atlas = new DirectoryLoader(dir).load(monitor);
        return new LoadedAtlas(atlas.index(), atlas.tree(), SampleTrees.TREE_NAME + " " + release + " (sample)");
    }

    private static String newest() {
        List<String> releases = SampleTrees.releases();
        return releases.get(releases.size() - 1);
    }
}
