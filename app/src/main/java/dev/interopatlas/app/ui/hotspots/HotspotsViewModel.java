package dev.interopatlas.app.ui.hotspots;

import dev.interopatlas.app.core.analysis.HotspotTable;
import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.metrics.FileRole;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the unsafe hotspots view: the ranked rows of every scope (computed once, off the FX thread, by
 * {@link HotspotTable#compute}) and the filters on them. Properties change on the FX thread only.
 */
public final class HotspotsViewModel {
    private final ObjectProperty<HotspotScope> scope = new SimpleObjectProperty<>(HotspotScope.FILE);
    private final ObjectProperty<Optional<FileRole>> role = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<String>> subsystem = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty pathPrefix = new SimpleStringProperty("");
    private final BooleanProperty includeVendored = new SimpleBooleanProperty(false);
    private final ObservableList<Hotspot> rows = FXCollections.observableArrayList();
    private HotspotTable data = HotspotTable.EMPTY;

    public HotspotsViewModel() {
        scope.addListener((o, a, b) -> refresh());
        role.addListener((o, a, b) -> refresh());
        subsystem.addListener((o, a, b) -> refresh());
        pathPrefix.addListener((o, a, b) -> refresh());
        includeVendored.addListener((o, a, b) -> refresh());
    }

    public void setData(HotspotTable next) {
        data = next;
        if (subsystem.get().filter(s -> !next.sections().contains(s)).isPresent()) {
            subsystem.set(Optional.empty());
        }
        refresh();
    }

    public HotspotTable data() {
        return data;
    }

    private void refresh() {
        rows.setAll(filtered());
    }

    /**
     * The rows of the current scope that pass the vendored, role, subsystem and path prefix filters, in rank order.
     */
    public List<Hotspot> filtered() {
        String prefix = pathPrefix.get() == null ? "" : pathPrefix.get().strip();
        return data.rows().getOrDefault(scope.get(), List.of()).stream()
                .filter(r -> includeVendored.get() || !data.vendored().contains(r.path()))
                .filter(r -> role.get().map(x -> x == r.role()).orElse(true))
                .filter(r -> prefix.isEmpty() || r.path().startsWith(prefix))
                .filter(r -> subsystem.get().map(s -> data.mapping()
                        .map(m -> m.sectionsOf(r.path()).contains(s)).orElse(false)).orElse(true))
                .toList();
    }

    /**
     * The graph node that stands for a row: the module (by name), the file's module, or the consumer node of the
     * file's crate (found by the crate's root in {@link HotspotTable#crateRoots()}).
     */
    public Optional<String> nodeOf(GraphIndex graph, Hotspot row) {
        return nodeFor(graph, row).or(() -> Optional.ofNullable(data.crateRoots().get(row.path()))
                .filter(root -> !root.equals(row.path()))
                .flatMap(root -> graph.nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER)
                        .filter(n -> n.path().filter(root::equals).isPresent()).map(Node::id).findFirst()));
    }

    /** The graph node whose path is the row's: the module (by name) or the file's module or consumer node. */
    public static Optional<String> nodeFor(GraphIndex graph, Hotspot row) {
        if (row.scope() == HotspotScope.MODULE) {
            Optional<Node> byName = graph.nodes().stream()
                    .filter(n -> n.kind() == NodeKind.ABSTRACTION && n.label().equals(row.key())).findFirst();
            if (byName.isPresent()) {
                return byName.map(Node::id);
            }
        }
        return graph.nodes().stream()
                .filter(n -> n.path().filter(row.path()::equals).isPresent())
                .min(Comparator.comparingInt(HotspotsViewModel::preference).thenComparing(Node::id))
                .map(Node::id);
    }

    /** Whole-file nodes first: a file's module, then a consumer, then inline modules and the rest. */
    private static int preference(Node n) {
        if (n.kind() == NodeKind.ABSTRACTION && n.detail().filter("module"::equals).isPresent()) {
            return 0;
        }
        return n.kind() == NodeKind.CONSUMER ? 1 : 2;
    }

    public ObservableList<Hotspot> rows() {
        return rows;
    }

    public ObjectProperty<HotspotScope> scopeProperty() {
        return scope;
    }

    /** Whether rows of vendored crates (syn, zerocopy…) show; off by default. */
    public BooleanProperty includeVendoredProperty() {
        return includeVendored;
    }

    public ObjectProperty<Optional<FileRole>> roleProperty() {
        return role;
    }

    public ObjectProperty<Optional<String>> subsystemProperty() {
        return subsystem;
    }

    public StringProperty pathPrefixProperty() {
        return pathPrefix;
    }
}
