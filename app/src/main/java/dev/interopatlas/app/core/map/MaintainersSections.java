package dev.interopatlas.app.core.map;

import dev.interopatlas.app.core.analysis.TreeMaintainers;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.source.SourceTree;
import java.util.Optional;

/** The map's {@link SectionLookup} of a source tree: its MAINTAINERS file, or nothing owns anything without one. */
public final class MaintainersSections {
    private MaintainersSections() {
    }

    /** Reads the tree's MAINTAINERS (a second or so on a real kernel): not on the FX thread. */
    public static SectionLookup of(Optional<SourceTree> tree) {
        return TreeMaintainers.of(tree).index().map(index -> (SectionLookup) new SubsystemMapping(index.matcher())
                ::sectionsOf).orElse(SectionLookup.NONE);
    }
}
