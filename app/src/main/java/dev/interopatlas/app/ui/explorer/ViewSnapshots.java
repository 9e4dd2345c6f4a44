package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.app.core.export.ViewSnapshot;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.graphview.GraphView;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.styles.Theme;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What File ▸ Export… exports: the shown graph at its drawn positions, its fading, theme and tree. */
final class ViewSnapshots {
    private ViewSnapshots() {
    }

    static ViewSnapshot of(ExplorerViewModel vm, GraphView graphView, Theme theme) {
        NodeStyles styles = vm.nodeStyles();
        InteropGraph visible = vm.visibleGraphProperty().get();
        Set<String> emphasised = new HashSet<>(styles.focus());
        emphasised.addAll(styles.blast());
        styles.selected().ifPresent(emphasised::add);
        Set<String> faded = new HashSet<>();
        if (styles.context()) {
            visible.nodes().stream().map(Node::id).filter(id -> !emphasised.contains(id)).forEach(faded::add);
        }
        Optional<KernelIndex> index = vm.atlasProperty().get().map(LoadedAtlas::index);
        return new ViewSnapshot(visible, graphView.positions(), faded, emphasised, styles.selected(), theme,
                graphView.drawnLabels(), index.map(KernelIndex::tree).orElse("no tree"),
                index.flatMap(KernelIndex::release));
    }
}
