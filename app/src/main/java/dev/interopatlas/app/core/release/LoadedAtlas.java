package dev.interopatlas.app.core.release;

import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.KernelIndex;
import java.util.Objects;
import java.util.Optional;

/**
 * An index ready to explore, with the tree it came from when its sources can be shown, and the release of a
 * repository it is when it was opened from git history.
 */
public record LoadedAtlas(KernelIndex index, Optional<SourceTree> tree, String title,
                          Optional<ReleaseContext> release) {
    public LoadedAtlas {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(release, "release");
    }

    /** An atlas that is not a release of a repository (a directory, an index file, a synthetic graph). */
    public LoadedAtlas(KernelIndex index, Optional<SourceTree> tree, String title) {
        this(index, tree, title, Optional.empty());
    }
}
