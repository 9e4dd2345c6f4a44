package dev.interopatlas.app.core.analysis;

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
