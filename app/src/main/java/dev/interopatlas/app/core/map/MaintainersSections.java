package dev.interopatlas.app.core.map;

import dev.interopatlas.app.core.analysis.TreeMaintainers;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.analysis.SubsystemMapping;

/** The map's {@link SectionLookup} of an atlas: its tree's MAINTAINERS, or nothing owns anything without one. */
public final class MaintainersSections {
    private MaintainersSections() {
    }

    /** Reads the shown atlas's MAINTAINERS unless readiness did already (0.1-0.24 s on 7.3): not on the FX thread. */
    public static SectionLookup of(LoadedAtlas shown) {
        return TreeMaintainers.ofShown(shown).index().map(index -> (SectionLookup) new SubsystemMapping(index.matcher())
                ::sectionsOf).orElse(SectionLookup.NONE);
    }
}
