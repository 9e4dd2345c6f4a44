package dev.interopatlas.app.ui.hotspots;

import dev.interopatlas.app.query.GraphIndex;
import dev.interopatlas.indexer.analysis.HotspotRanking;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.FileRole;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the unsafe hotspots view: the ranked rows of every scope (computed once, off the FX thread, by
 * {@link #compute}) and the filters on them. Properties change on the FX thread only.
 */
public final class HotspotsViewModel {
    /**
     * Everything the view shows for one loaded release.
     *
     * @param rows        ranked rows per scope
     * @param mapping     path to MAINTAINERS sections, when the tree's MAINTAINERS could be read
     * @param sections    the sections owning at least one row, sorted
     * @param previous    the release the change column compares with, when one is known
     */
    public record Data(Map<HotspotScope, List<Hotspot>> rows, Optional<SubsystemMapping> mapping,
                       List<String> sections, Optional<String> previous) {
        public static final Data EMPTY = new Data(Map.of(), Optional.empty(), List.of(), Optional.empty());

        public Data {
            rows = Map.copyOf(rows);
            sections = List.copyOf(sections);
        }
    }

    private final ObjectProperty<HotspotScope> scope = new SimpleObjectProperty<>(HotspotScope.FILE);
    private final ObjectProperty<Optional<FileRole>> role = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<String>> subsystem = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty pathPrefix = new SimpleStringProperty("");
    private final ObservableList<Hotspot> rows = FXCollections.observableArrayList();
    private Data data = Data.EMPTY;

    public HotspotsViewModel() {
        scope.addListener((o, a, b) -> refresh());
        role.addListener((o, a, b) -> refresh());
        subsystem.addListener((o, a, b) -> refresh());
        pathPrefix.addListener((o, a, b) -> refresh());
    }

    /** Ranks every scope; slow on a real kernel, so call it off the FX thread. */
    public static Data compute(KernelIndex index, Optional<KernelIndex> previous, Optional<String> previousLabel,
                               Optional<SubsystemMapping> mapping) {
        Map<HotspotScope, List<Hotspot>> rows = new EnumMap<>(HotspotScope.class);
        for (HotspotScope s : HotspotScope.values()) {
            rows.put(s, HotspotRanking.rank(index, s, previous));
        }
        TreeSet<String> sections = new TreeSet<>();
        mapping.ifPresent(m -> rows.get(HotspotScope.FILE).forEach(r -> sections.addAll(m.sectionsOf(r.path()))));
        return new Data(rows, mapping, List.copyOf(sections),
                previous.isPresent() ? previousLabel.or(() -> Optional.of("previous")) : Optional.empty());
    }

    public void setData(Data next) {
        data = next;
        if (subsystem.get().filter(s -> !next.sections().contains(s)).isPresent()) {
            subsystem.set(Optional.empty());
        }
        refresh();
    }

    public Data data() {
        return data;
    }

    private void refresh() {
        rows.setAll(filtered());
    }

    /** The rows of the current scope that pass the role, subsystem and path prefix filters, in rank order. */
    public List<Hotspot> filtered() {
        String prefix = pathPrefix.get() == null ? "" : pathPrefix.get().strip();
        return data.rows().getOrDefault(scope.get(), List.of()).stream()
                .filter(r -> role.get().map(x -> x == r.role()).orElse(true))
                .filter(r -> prefix.isEmpty() || r.path().startsWith(prefix))
                .filter(r -> subsystem.get().map(s -> data.mapping()
                        .map(m -> m.sectionsOf(r.path()).contains(s)).orElse(false)).orElse(true))
                .toList();
    }

    /** The graph node that stands for a row: the module (by name) or the file's module or consumer node. */
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
