package dev.interopatlas.styles;

import java.util.Locale;

/**
 * Builds the GraphStream stylesheet of a theme. Node size comes from the {@code ui.size} attribute (pixels), which
 * grows with a node's weight.
 *
 * <p>Node classes: {@code layer0}..{@code layer3} and {@code heat} for ordinary nodes; {@code lit0}..{@code lit3}
 * and {@code heatlit} for emphasised ones, plus the state classes {@code selected}, {@code focus} and
 * {@code blast}; in diff mode {@code added} (filled in the diff-added colour) and {@code removed} (a faded ghost
 * outlined in the diff-removed colour) take the place of the layer class. Edge classes: {@code focus}, {@code blast}, {@code added},
 * {@code removed}. Fading and label hiding are done without touching
 * every element: {@link #contextRules} rewrites the ordinary classes only (append it to the graph's
 * {@code ui.stylesheet}); the emphasised classes never change.
 */
public final class GraphStylesheet {
    private GraphStylesheet() {
    }

    static String of(Theme theme) {
        Palette p = theme.palette();
        double s = theme.graphScale();
        StringBuilder css = new StringBuilder();
        css.append("graph { fill-color: ").append(p.background()).append("; padding: 70px; }\n");
        css.append(String.format(Locale.ROOT,
                "node { size-mode: dyn-size; size: 8px; shape: circle; stroke-mode: plain; stroke-width: %.1fpx;"
                        + " stroke-color: %s; text-size: %.0f; text-color: %s; text-alignment: under;"
                        + " text-background-mode: none; z-index: 2; }\n",
                0.6 * s, p.background(), 11 * s, p.text()));
        for (int i = 0; i < 4; i++) {
            css.append("node.lit").append(i).append(" { fill-color: ").append(p.layer(i))
                    .append("; text-mode: normal; stroke-mode: plain; z-index: 4; }\n");
        }
        css.append("node.heatlit { fill-mode: dyn-plain; fill-color: ").append(p.heatCool()).append(", ")
                .append(p.heatHot()).append("; text-mode: normal; stroke-mode: plain; z-index: 4; }\n");
        css.append(String.format(Locale.ROOT,
                "node.focus { stroke-color: %s; stroke-width: %.1fpx; }\n", p.focus(), 1 * s));
        css.append(String.format(Locale.ROOT,
                "node.blast { stroke-color: %s; stroke-width: %.1fpx; }\n", p.blast(), 1.2 * s));
        css.append(String.format(Locale.ROOT,
                "node.selected { stroke-color: %s; stroke-width: %.1fpx; text-style: bold; z-index: 5; }\n",
                p.selection(), 3 * s));
        css.append(String.format(Locale.ROOT, "edge { size: %.1fpx; arrow-size: %.0fpx, %.0fpx; z-index: 0; }\n",
                0.6 * s, 5 * s, 3 * s));
        css.append(String.format(Locale.ROOT, "edge.focus { fill-color: %s; size: %.1fpx; arrow-shape: arrow; z-index: 3; }\n",
                p.focus(), 1.2 * s));
        css.append(String.format(Locale.ROOT, "edge.blast { fill-color: %s; size: %.1fpx; arrow-shape: arrow; z-index: 3; }\n",
                p.blast(), 1.5 * s));
        // Translucent: between distant releases most edges are new, and opaque ones would hide the nodes.
        css.append(String.format(Locale.ROOT, "edge.added { fill-color: %s; size: %.1fpx; arrow-shape: arrow; z-index: 2; }\n",
                rgba(p.diffAdded(), 110), 0.8 * s));
        css.append(String.format(Locale.ROOT, "edge.removed { fill-color: %s; size: %.1fpx; arrow-shape: none; z-index: 1; }\n",
                p.diffRemoved(), 0.6 * s));
        css.append(contextRules(theme, false, true));
        css.append(detailRules(true));
        return css.toString();
    }

    /** {@code #rrggbb} as a GraphStream {@code rgba(r,g,b,a)} colour, alpha 0..255. */
    static String rgba(String hex, int alpha) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%d)", rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    /**
     * Arrow heads and node outlines of ordinary elements: worth drawing on small graphs, too costly (and too
     * small to see) on thousands. Emphasised elements always keep theirs.
     */
    public static String detailRules(boolean detailed) {
        return detailed
                ? "edge { arrow-shape: arrow; size: 0.6px; } node { stroke-mode: plain; }\n"
                : "edge { arrow-shape: none; size: 0.2px; } node { stroke-mode: none; }\n";
    }

    /**
     * The rules of the ordinary classes: faded or in layer colour ({@code context}), labelled or not
     * ({@code labels}). Appending them to the graph's stylesheet restyles every ordinary node at once.
     */
    public static String contextRules(Theme theme, boolean context, boolean labels) {
        return contextRules(theme, context, labels, false);
    }

    /**
     * As {@link #contextRules(Theme, boolean, boolean)}; in {@code diff} mode unchanged nodes are drawn in the
     * neutral edge colour and unchanged edges faded, so only what was added and removed stands out (the
     * consumers' layer colour is a green too).
     */
    public static String contextRules(Theme theme, boolean context, boolean labels, boolean diff) {
        Palette p = theme.palette();
        String text = labels && !context ? "normal" : "hidden";
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            String fill = context ? p.faded() : diff ? p.edge() : p.layer(i);
            css.append("node.layer").append(i).append(" { fill-color: ").append(fill).append("; stroke-color: ")
                    .append(context ? p.faded() : p.background()).append("; text-mode: ").append(text).append("; }\n");
        }
        if (context) {
            css.append("node.heat { fill-mode: plain; fill-color: ").append(p.faded()).append("; text-mode: hidden; }\n");
        } else {
            css.append("node.heat { fill-mode: dyn-plain; fill-color: ").append(p.heatCool()).append(", ")
                    .append(p.heatHot()).append("; text-mode: ").append(text).append("; }\n");
        }
        // Diff classes replace the layer class (like heat), so they follow fading and label visibility too.
        css.append("node.added { fill-color: ").append(context ? p.faded() : p.diffAdded()).append("; stroke-color: ")
                .append(context ? p.faded() : p.background()).append("; z-index: 3; text-mode: ").append(text).append("; }\n");
        css.append(String.format(Locale.ROOT,
                "node.removed { fill-color: %s; stroke-mode: plain; stroke-color: %s; stroke-width: %.1fpx;"
                        + " text-color: %s; text-mode: %s; }%n",
                p.faded(), context ? p.faded() : p.diffRemoved(), 1.5 * theme.graphScale(), p.textMuted(), text));
        css.append("edge { fill-color: ").append(context || diff ? p.faded() : p.edge()).append("; }\n");
        return css.toString();
    }
}
