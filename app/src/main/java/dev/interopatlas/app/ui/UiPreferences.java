package dev.interopatlas.app.ui;

import dev.interopatlas.app.ui.layout.Pane;
import dev.interopatlas.app.ui.layout.PaneLayout;
import dev.interopatlas.styles.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.prefs.Preferences;

/** What the explorer remembers between runs: window bounds, theme, pane layout and recently opened paths. */
public final class UiPreferences {
    public static final int MAX_RECENT = 8;
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's real preferences. */
    public static UiPreferences user() {
        return new UiPreferences(Preferences.userRoot().node("dev/interopatlas/app"));
    }

    /** Window position and size. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Optional<Bounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        if (w <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w,
                node.getDouble("window.height", 800), node.getBoolean("window.maximized", false)));
    }

    public void saveWindowBounds(Bounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    public Theme theme() {
        return Theme.named(node.get("theme", Theme.LIGHT.name())).orElse(Theme.LIGHT);
    }

    public void saveTheme(Theme theme) {
        node.put("theme", theme.name());
    }

    /** The collapsed panes and their sizes; {@link PaneLayout#DEFAULT} on first start. Unknown names are skipped. */
    public PaneLayout paneLayout() {
        PaneLayout d = PaneLayout.DEFAULT;
        String names = node.get("panes.collapsed", null);
        Set<Pane> collapsed = EnumSet.noneOf(Pane.class);
        if (names == null) {
            collapsed.addAll(d.collapsed());
        } else {
            for (String name : names.split(",")) {
                Arrays.stream(Pane.values()).filter(p -> p.name().equals(name)).forEach(collapsed::add);
            }
        }
        return new PaneLayout(collapsed, node.getDouble("panes.filters.width", d.filtersWidth()),
                node.getDouble("panes.details.width", d.detailsWidth()),
                node.getDouble("panes.analysis.height", d.analysisHeight()));
    }

    public void savePaneLayout(PaneLayout layout) {
        node.put("panes.collapsed", layout.collapsed().stream().sorted().map(Pane::name)
                .collect(Collectors.joining(",")));
        node.putDouble("panes.filters.width", layout.filtersWidth());
        node.putDouble("panes.details.width", layout.detailsWidth());
        node.putDouble("panes.analysis.height", layout.analysisHeight());
    }

    /** Most recent first. */
    public List<String> recent() {
        String joined = node.get("recent", "");
        return joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
    }

    /** Puts {@code path} first, removing duplicates and keeping at most {@link #MAX_RECENT}. */
    public List<String> addRecent(String path) {
        List<String> next = new ArrayList<>();
        next.add(path);
        recent().stream().filter(p -> !p.equals(path)).limit(MAX_RECENT - 1).forEach(next::add);
        node.put("recent", String.join("\n", next));
        return next;
    }

    public void clear() {
        try {
            Arrays.stream(node.keys()).forEach(node::remove);
        } catch (java.util.prefs.BackingStoreException e) {
            // Nothing remembered is better than failing to start.
        }
    }
}
