package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.index.KernelIndex;
import java.util.Objects;
import java.util.Optional;

/** An index ready to explore, with the tree it came from when its sources can be shown. */
public record LoadedAtlas(KernelIndex index, Optional<SourceTree> tree, String title) {
    public LoadedAtlas {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(title, "title");
    }
}
