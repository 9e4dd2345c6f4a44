package dev.interopatlas.app.core.export;

import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.styles.Palette;
import dev.interopatlas.styles.Theme;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the explorer shows at the moment of an export, free of JavaFX: the visible graph (after filters and
 * focus) at the drawn positions, which nodes are faded or emphasised, the theme, and which tree it is.
 *
 * @param positions as the graph view draws them (graph units, y down)
 * @param labelled  the nodes whose labels the view draws (none while zoomed out on a large graph; a label that
 *                  would overlap another is left out)
 */
public record ViewSnapshot(InteropGraph visible, Map<String, NodePosition> positions, Set<String> faded,
                           Set<String> emphasised, Optional<String> selected, Theme theme, Set<String> labelled,
                           String tree, Optional<String> release) {
    public ViewSnapshot {
        positions = Map.copyOf(positions);
        faded = Set.copyOf(faded);
        emphasised = Set.copyOf(emphasised);
        labelled = Set.copyOf(labelled);
    }

    /** Whether the view draws labels at all. */
    public boolean labelsShown() {
        return !labelled.isEmpty();
    }

    /** The scene of this view in a theme (the view's own or another), outlines as the explorer draws them. */
    public DiagramScene scene(Theme chosen, String title, boolean caption, LocalDate date) {
        Palette palette = chosen.palette();
        Map<String, String> strokes = new HashMap<>();
        emphasised.forEach(id -> strokes.put(id, palette.focus()));
        selected.ifPresent(id -> strokes.put(id, palette.selection()));
        return SceneFactory.of(visible, positions, chosen, new SceneFactory.Emphasis(faded, strokes), title,
                caption ? Optional.of(Captions.of(tree, release, date)) : Optional.empty(), labelled::contains);
    }

    public String defaultTitle() {
        return "Rust/C interop graph (" + release.orElse(Captions.treeName(tree)) + ")";
    }
}
