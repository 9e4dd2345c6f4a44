package dev.interopatlas.app.core.appearance;

import dev.interopatlas.app.core.diff.DiffMarks;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to emphasise. When {@code context} is true, every node outside {@code focus}, {@code blast} and the
 * selection is faded. {@code heat} maps node ids to [0,1] unsafe heat; when present nodes are coloured by it
 * instead of by layer. {@code diff} marks what a release added and removed (diff mode).
 */
public record NodeStyles(Optional<String> selected, Set<String> focus, Set<String> blast, boolean context,
                         Optional<Map<String, Double>> heat, DiffMarks diff) {
    public static final NodeStyles NONE = new NodeStyles(Optional.empty(), Set.of(), Set.of(), false, Optional.empty());

    public NodeStyles {
        focus = Set.copyOf(focus);
        blast = Set.copyOf(blast);
        java.util.Objects.requireNonNull(diff, "diff");
    }

    /** Styles without diff marks. */
    public NodeStyles(Optional<String> selected, Set<String> focus, Set<String> blast, boolean context,
                      Optional<Map<String, Double>> heat) {
        this(selected, focus, blast, context, heat, DiffMarks.NONE);
    }

    public boolean emphasised(String id) {
        return focus.contains(id) || blast.contains(id) || selected.map(id::equals).orElse(false);
    }
}
