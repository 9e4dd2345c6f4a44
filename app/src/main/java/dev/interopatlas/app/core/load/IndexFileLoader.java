package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens an index JSON written by the {@code index} command. Sources are shown when the tree it names still
 * exists on disk.
 */
public record IndexFileLoader(Path file) implements AtlasLoader {
    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) throws IOException {
        monitor.beginTask("Reading " + file.getFileName(), ProgressMonitor.UNKNOWN);
        KernelIndex index;
        try {
            index = ModelJson.mapper().readValue(file.toFile(), KernelIndex.class);
        } catch (IOException e) {
            throw new IOException("cannot read the index " + file + ": " + e.getMessage()
                    + ". Write it again with `interop-atlas index`, or open the kernel directory instead.", e);
        }
        if (index.graph() == null) {
            throw new IOException("the index " + file + " has no graph; write it again with `interop-atlas index`.");
        }
        Optional<SourceTree> tree = Optional.empty();
        Path root = Path.of(index.tree());
        if (Files.isDirectory(root)) {
            tree = Optional.of(WorkingTree.open(root));
        }
        monitor.endTask();
        return new LoadedAtlas(index, tree, file.getFileName().toString());
    }
}
