package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.map.MaintainersSections;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.release.LoadedAtlas;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * The MAINTAINERS sections of the open tree, read the first time a section view or grouping by section needs them
 * (off the FX thread) and kept until another tree is opened. A tree without MAINTAINERS owns nothing.
 */
public final class TreeSections {
    private volatile Optional<LoadedAtlas> atlas = Optional.empty();
    private Optional<LoadedAtlas> readFor = Optional.empty();
    private SectionLookup lookup = SectionLookup.NONE;

    public TreeSections(ObservableValue<Optional<LoadedAtlas>> atlas) {
        this.atlas = atlas.getValue();
        atlas.addListener((o, a, b) -> this.atlas = b);
    }

    /** The lookup of the tree open now; may read MAINTAINERS, so not on the FX thread. */
    public synchronized SectionLookup lookup() {
        Optional<LoadedAtlas> now = atlas;
        if (!now.equals(readFor)) {
            readFor = now;
            lookup = now.map(MaintainersSections::of).orElse(SectionLookup.NONE);
        }
        return lookup;
    }
}
