package dev.interopatlas.styles;

import java.util.Locale;

/**
 * Builds the GraphStream stylesheet of a theme. Node classes: {@code layer0}..{@code layer3} (colour by column),
 * {@code heat} (dynamic fill from {@code ui.color} in [0,1]), and the state classes {@code faded},
 * {@code selected}, {@code focus}, {@code blast}. Edge classes: {@code faded}, {@code blast}, {@code focus}.
 * Node size comes from the {@code ui.size} attribute; labels are shown unless the graph-level rule
 * {@link #hideLabelsRule()} is appended.
 */
public final class GraphStylesheet {
    private GraphStylesheet() {
    }

    static String of(Theme theme) {
        Palette p = theme.palette();
        double s = theme.graphScale();
        StringBuilder css = new StringBuilder();
        css.append("graph { fill-color: ").append(p.background()).append("; padding: 40px; }\n");
        css.append(String.format(Locale.ROOT,
                "node { size-mode: dyn-size; size: %.0fpx; shape: circle; stroke-mode: plain; stroke-width: %.1fpx;"
                        + " stroke-color: %s; text-size: %.0f; text-color: %s; text-alignment: under;"
                        + " text-background-mode: none; z-index: 2; }\n",
                8 * s, 0.6 * s, p.background(), 11 * s, p.text()));
        for (int i = 0; i < 4; i++) {
            css.append("node.layer").append(i).append(" { fill-color: ").append(p.layer(i)).append("; }\n");
        }
        css.append("node.heat { fill-mode: dyn-plain; fill-color: ").append(p.heatCool()).append(", ")
                .append(p.heatHot()).append("; }\n");
        css.append("node.faded { fill-color: ").append(p.faded()).append("; text-mode: hidden; stroke-color: ")
                .append(p.faded()).append("; z-index: 1; }\n");
        css.append(String.format(Locale.ROOT,
                "node.focus { stroke-mode: plain; stroke-color: %s; stroke-width: %.1fpx; text-mode: normal; }\n",
                p.focus(), 2 * s));
        css.append(String.format(Locale.ROOT,
                "node.blast { stroke-mode: plain; stroke-color: %s; stroke-width: %.1fpx; text-mode: normal; }\n",
                p.blast(), 3 * s));
        css.append(String.format(Locale.ROOT,
                "node.selected { stroke-mode: plain; stroke-color: %s; stroke-width: %.1fpx; text-mode: normal;"
                        + " text-style: bold; z-index: 5; }\n",
                p.selection(), 4 * s));
        css.append(String.format(Locale.ROOT,
                "edge { fill-color: %s; size: %.1fpx; arrow-size: %.0fpx, %.0fpx; z-index: 0; }\n",
                p.edge(), 0.6 * s, 5 * s, 3 * s));
        css.append("edge.faded { fill-color: ").append(p.faded()).append("; arrow-size: 0px, 0px; }\n");
        css.append(String.format(Locale.ROOT, "edge.focus { fill-color: %s; size: %.1fpx; }\n", p.focus(), 1.2 * s));
        css.append(String.format(Locale.ROOT, "edge.blast { fill-color: %s; size: %.1fpx; }\n", p.blast(), 1.5 * s));
        return css.toString();
    }

    /** Appended to the graph stylesheet when labels should be hidden (many nodes, zoomed out). */
    public static String hideLabelsRule() {
        return "node { text-mode: hidden; }";
    }

    /** Appended to restore labels after {@link #hideLabelsRule()}. */
    public static String showLabelsRule() {
        return "node { text-mode: normal; }";
    }
}
