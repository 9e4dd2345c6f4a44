package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.ReleaseTag;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The TREE_OR_REPO argument shared by the analysis commands: a working tree, or a git repository with
 * {@code --rev TAG} (read straight from git, through the blob facts cache).
 */
final class TreeSelection {
    @Parameters(paramLabel = "TREE_OR_REPO", description = "A kernel checkout, or a kernel git repository with --rev.")
    Path path;

    @Option(names = "--arch", defaultValue = "x86", description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--rev", paramLabel = "TAG", description = "Release tag to read from the repository.")
    Optional<String> rev;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Blob facts cache for --rev (default: ~/.cache/interop-atlas/facts).")
    Optional<Path> cache;

    /**
     * The selected tree, still open (for reading MAINTAINERS or sources), its index and the previous release's.
     *
     * @param resources what else to close with the tree (the repository behind a tag's tree)
     */
    record Opened(SourceTree tree, KernelIndex index, Optional<KernelIndex> previous, Optional<AutoCloseable> resources)
            implements AutoCloseable {
        Opened(SourceTree tree, KernelIndex index, Optional<KernelIndex> previous) {
            this(tree, index, previous, Optional.empty());
        }

        @Override
        public void close() {
            tree.close();
            resources.ifPresent(r -> {
                try {
                    r.close();
                } catch (Exception e) {
                    System.err.println("interop-atlas: warning: " + e.getMessage());
                }
            });
        }
    }

    /** The tree and its index; with --rev also the previous vX.Y release's index (for changes). */
    Opened open() throws Exception {
        return open(true);
    }

    /** The tree and its index only. */
    Opened openCurrent() throws Exception {
        return open(false);
    }

    private Opened open(boolean withPrevious) throws Exception {
        if (rev.isPresent()) {
            return openRelease(rev.get(), withPrevious);
        }
        if (cache.isPresent()) {
            throw new CliException("--cache only applies with --rev TAG");
        }
        CompletableFuture<WorkingTreeFacts> facts = TreeFactsCache.open(path, Optional.empty(), System.err);
        WorkingTree tree = TreeArguments.openWorkingTree(path, Optional.of(BlobFactsCache.defaultRoot()));
        try {
            KernelIndex index = IndexCommand.indexWorkingTree(tree, facts, arch);
            return new Opened(tree, index, Optional.empty());
        } catch (Exception | Error e) {
            tree.close();
            throw e;
        }
    }

    private Opened openRelease(String tagName, boolean withPrevious) throws Exception {
        HistoryIndexer history = ReleaseRepository.open(path, arch, cache, System.err);
        try {
            ReleaseTag tag = history.tag(tagName);
            ConsoleProgress progress = ConsoleProgress.forStderr();
            Optional<KernelIndex> previous = Optional.empty();
            if (withPrevious) {
                Optional<ReleaseTag> older = history.previousRelease(tag);
                if (older.isPresent()) {
                    previous = Optional.of(history.index(older.get(), progress).index());
                }
            }
            KernelIndex index = history.index(tag, progress).index();
            return new Opened(history.tree(tag), index, previous, Optional.of(history));
        } catch (Exception | Error e) {
            history.close();
            throw e;
        }
    }
}
