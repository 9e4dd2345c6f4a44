package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Indexes a kernel tree on disk. */
public record DirectoryLoader(Path root) implements AtlasLoader {
    @Override
    public String description() {
        return root.toString();
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) throws Exception {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a directory: choose the top of a kernel tree (the folder holding"
                    + " rust/ and include/) or an index .json file.");
        }
        monitor.beginTask("Listing " + root, ProgressMonitor.UNKNOWN);
        WorkingTree tree = WorkingTree.open(root);
        monitor.endTask();
        try {
            return new LoadedAtlas(IndexerBridge.index(tree, monitor), java.util.Optional.of(tree),
                    root.getFileName() == null ? root.toString() : root.getFileName().toString());
        } catch (Exception | Error e) {
            tree.close();
            throw e;
        }
    }
}
