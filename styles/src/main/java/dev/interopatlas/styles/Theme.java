package dev.interopatlas.styles;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three themes. Every colour the UI, the graph view and the SVG export use comes from here: the JavaFX
 * stylesheets ({@link #stylesheets()}), the GraphStream stylesheet ({@link #graphStylesheet()}) and the raw
 * tokens ({@link #palette()}). The window chrome under the stylesheets is an AtlantaFX theme ({@link #chrome()}),
 * recoloured by base.css from the same tokens.
 */
public enum Theme {
    LIGHT("Light", "light.css", Chrome.PRIMER_LIGHT, 13, 1.0, new Palette(
            "#f7f7f5", "#ffffff", "#1d1f21", "#5f6368", "#1a73e8", "#c9ccd1", "#ffb300", "#1a73e8",
            "#d93025", "#b3261e", "#fbfbf8", "#c5221f", "#188038", "#b06000", "#9aa0a6", "#e3e5e8", "#fde0a0",
            "#b3261e", "#1e8e3e", "#d93025", List.of("#3f6fb5", "#7b57b8", "#d1701c", "#2e8b57"))),
    DARK("Dark", "dark.css", Chrome.PRIMER_DARK, 13, 1.0, new Palette(
            "#1e1f22", "#2b2d31", "#e6e6e6", "#a0a4ab", "#8ab4f8", "#44474d", "#ffd54f", "#8ab4f8",
            "#ff6e63", "#f28b82", "#232428", "#ff7b72", "#7ee787", "#e3b341", "#6b7079", "#34363b", "#5c4a1f",
            "#ff5f4f", "#3fb950", "#ff6e63", List.of("#6c9ef8", "#b392f0", "#f0a35e", "#56d39a"))),
    TALK("Talk (high contrast)", "talk.css", Chrome.PRIMER_DARK, 20, 1.6, new Palette(
            "#000000", "#0d0d0d", "#ffffff", "#e0e0e0", "#ffff00", "#ffffff", "#ffff00", "#00ffff",
            "#ff3b30", "#ff3b30", "#000000", "#ff5c5c", "#5cff5c", "#ffb020", "#bfbfbf", "#3a3a3a", "#404000",
            "#ff2020", "#00ff66", "#ff3b30", List.of("#4da3ff", "#d98cff", "#ffa640", "#3dff8b")));

    private static final String BASE = "base.css";

    private final String title;
    private final String file;
    private final Chrome chrome;
    private final int fontSize;
    private final double graphScale;
    private final Palette palette;

    Theme(String title, String file, Chrome chrome, int fontSize, double graphScale, Palette palette) {
        this.title = title;
        this.file = file;
        this.chrome = chrome;
        this.fontSize = fontSize;
        this.graphScale = graphScale;
        this.palette = palette;
    }

    public String title() {
        return title;
    }

    public Palette palette() {
        return palette;
    }

    /** The AtlantaFX theme under this theme's stylesheets: light chrome for a light background, else dark. */
    public Chrome chrome() {
        return chrome;
    }

    /** Base font size in px of the UI in this theme. */
    public int fontSize() {
        return fontSize;
    }

    /** How much bigger graph nodes, strokes and labels are drawn than in the light theme. */
    public double graphScale() {
        return graphScale;
    }

    /** The JavaFX stylesheet URLs to add to a scene, in order: the theme's tokens, then the shared rules. */
    public List<String> stylesheets() {
        return List.of(resource(file).toExternalForm(), resource(BASE).toExternalForm());
    }

    /** The layer colours as hex, in column order (C headers, bindings, abstractions, consumers). */
    public List<String> layerColours() {
        return palette.layers();
    }

    /** The GraphStream CSS for this theme; see {@link GraphStylesheet} for the classes it defines. */
    public String graphStylesheet() {
        return GraphStylesheet.of(this);
    }

    /** The theme with this enum name, case-insensitive (for preferences and the CLI). */
    public static Optional<Theme> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    private static URL resource(String name) {
        URL url = Theme.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet dev/interopatlas/styles/" + name + " on the classpath");
        }
        return url;
    }
}
