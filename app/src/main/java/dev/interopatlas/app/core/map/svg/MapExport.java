package dev.interopatlas.app.core.map.svg;

import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.Expansion;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.ImpactView;
import dev.interopatlas.app.core.map.MapRequest;
import dev.interopatlas.app.core.map.MapSelection;
import dev.interopatlas.app.core.map.MapView;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.export.TextMetrics;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.styles.Theme;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The map a request names, laid out with ELK and written as SVG at the theme's type size: the CLI's map export. */
public final class MapExport {
    /** What was drawn, for the command's one-line summary; {@code laid} to rasterise it ({@link MapPng}). */
    public record Drawn(String svg, MapView view, double width, double height, LaidOutMap laid) {
    }

    private MapExport() {
    }

    public static Drawn draw(InteropGraph graph, SectionLookup sections, MapRequest request, Theme theme,
                             Optional<String> title, Optional<String> caption) {
        MapView view = MapSelection.select(graph, sections, request).view();
        LaidOutMap laid = LaidOutMap.of(view, new MapBoxes(TextMetrics::width, theme.fontSize()),
                ElkMapLayout.standard());
        String svg = MapSvg.write(laid, theme, title, caption);
        return new Drawn(svg, view, laid.placement().width(), laid.placement().height(), laid);
    }

    /**
     * The part of {@code graph} an impact report reaches, grouped by directory with its groups opened up to the entry
     * views' box limit; the boxes holding changed declarations are outlined in the theme's blast colour.
     */
    public static Drawn drawImpact(InteropGraph graph, ImpactReport report, Theme theme, Optional<String> title,
                                   Optional<String> caption) {
        InteropGraph reached = ImpactView.subgraph(graph, report);
        AtlasMap map = AtlasMap.of(reached, GroupBy.DIRECTORY, SectionLookup.NONE);
        Expansion expansion = map.openedUpTo(MapRequest.ENTRY_VIEW_BOXES);
        Set<String> marked = ImpactView.changed(reached, report).stream().map(id -> map.drawnAs(id, expansion))
                .collect(Collectors.toSet());
        MapView view = map.view(expansion);
        LaidOutMap laid = LaidOutMap.of(view, new MapBoxes(TextMetrics::width, theme.fontSize()),
                ElkMapLayout.standard());
        String svg = MapSvg.write(laid, theme, title, caption, marked);
        return new Drawn(svg, view, laid.placement().width(), laid.placement().height(), laid);
    }

    /** The heading of a map of {@code release}. */
    public static String defaultTitle(MapRequest request, String release) {
        if (request.section().isPresent()) {
            return request.section().get() + " seen from Rust (" + release + ")";
        }
        if (request.crate().isPresent()) {
            return request.crate().get() + ": path to C (" + release + ")";
        }
        return "Rust in Linux: " + release;
    }
}
