package dev.interopatlas.app.core.analysis;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.source.SourceTree;
import java.util.Optional;

/**
 * The MAINTAINERS of an opened tree, or why there is none: the one place the app loads it. An index file has no
 * tree; an old release or a partial tree may have no MAINTAINERS. Both are answers, not failures: the views then
 * show the reason instead of readiness.
 */
public record TreeMaintainers(Optional<MaintainersIndex> index, String problem) {
    static final String NO_TREE =
            "No kernel tree open (an index file has no MAINTAINERS): readiness needs the tree.";

    /** The atlas whose MAINTAINERS {@link #ofShown} read last, and what it read. */
    private static LoadedAtlas lastShown;
    private static TreeMaintainers lastRead;

    /**
     * The MAINTAINERS of the atlas on screen, read once for every view that asks: readiness and hotspots
     * ({@link AnalysisRun}) and the map's sections ask for the same atlas, each on its own background thread
     * (7.3: 0.1-0.24 s each time). Only the last atlas asked about is kept, by identity: the one shown.
     */
    public static synchronized TreeMaintainers ofShown(LoadedAtlas shown) {
        if (shown != lastShown) {
            lastRead = of(shown.tree());
            lastShown = shown;
        }
        return lastRead;
    }

    /** Loads MAINTAINERS from the root of {@code tree} when there is a tree. */
    public static TreeMaintainers of(Optional<SourceTree> tree) {
        if (tree.isEmpty()) {
            return new TreeMaintainers(Optional.empty(), NO_TREE);
        }
        try {
            return new TreeMaintainers(Optional.of(MaintainersIndex.load(tree.get())), "");
        } catch (IndexException e) {
            return new TreeMaintainers(Optional.empty(), e.getMessage());
        }
    }
}
