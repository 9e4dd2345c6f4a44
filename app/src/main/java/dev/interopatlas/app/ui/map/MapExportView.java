package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.map.layout.LaidOutMap;
import java.util.Set;

/**
 * What File ▸ Export… exports while the map is shown: the laid-out map on screen (same boxes, labels and routes),
 * the boxes drawn emphasised (outlined in the blast colour, as {@code MapSvg} marks changes), a title and caption.
 */
public record MapExportView(LaidOutMap laid, Set<String> marked, String defaultTitle, String caption) {
    public MapExportView {
        marked = Set.copyOf(marked);
    }
}
