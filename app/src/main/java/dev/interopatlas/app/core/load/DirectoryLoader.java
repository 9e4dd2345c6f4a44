package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Indexes a kernel tree on disk.
 *
 * @param cacheRoot where per-file facts are kept between runs, keyed by git blob id; empty for none
 */
public record DirectoryLoader(Path root, Optional<Path> cacheRoot) implements AtlasLoader {
    public DirectoryLoader {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(cacheRoot, "cacheRoot");
    }

    /** With the user's facts cache. */
    public DirectoryLoader(Path root) {
        this(root, Optional.of(BlobFactsCache.defaultRoot()));
    }

    @Override
    public String description() {
        return root.toString();
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) throws Exception {
        if (!Files.exists(root)) {
            throw new IOException(root + ": no such file or directory");
        }
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a directory: choose the top of a kernel tree (the folder holding"
                    + " rust/ and include/) or an index .json file.");
        }
        Optional<CompletableFuture<WorkingTreeFacts>> facts = cacheRoot.map(cache -> WorkingTreeFacts
                .openInBackground(cache, root.toAbsolutePath().normalize(), IndexerBridge::warn));
        monitor.beginTask("Listing " + root, ProgressMonitor.UNKNOWN);
        WorkingTree tree = cacheRoot.isPresent()
                ? WorkingTree.open(root, WorkingTreeFacts.listingMemo(cacheRoot.get(), root, IndexerBridge::warn),
                        IndexerBridge::warn)
                : WorkingTree.open(root);
        monitor.endTask();
        try {
            return new LoadedAtlas(IndexerBridge.index(tree, facts, monitor), Optional.of(tree),
                    root.getFileName() == null ? root.toString() : root.getFileName().toString());
        } catch (Exception | Error e) {
            tree.close();
            throw e;
        }
    }
}
