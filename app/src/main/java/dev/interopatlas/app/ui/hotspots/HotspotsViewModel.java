package dev.interopatlas.app.ui.hotspots;

import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.indexer.analysis.HotspotRanking;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.Upstream;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
     * @param vendored    files of vendored crates, whose rows show only when asked for
     * @param crateRoots  the root of each file's crate, where its consumer node is
     * @param upstreams   the upstream projects the vendored crates come from (minicopy; syn, zerocopy…), sorted
     */
    public record Data(Map<HotspotScope, List<Hotspot>> rows, Optional<SubsystemMapping> mapping,
                       List<String> sections, Optional<String> previous, Set<String> vendored,
                       Map<String, String> crateRoots, List<String> upstreams) {
        public static final Data EMPTY = new Data(Map.of(), Optional.empty(), List.of(), Optional.empty(), Set.of(),
                Map.of(), List.of());
        /** Upstream names the vendored filter names before it abbreviates. */
        static final int UPSTREAMS_NAMED = 3;

        public Data {
            rows = Map.copyOf(rows);
            sections = List.copyOf(sections);
            vendored = Set.copyOf(vendored);
            crateRoots = Map.copyOf(crateRoots);
            upstreams = List.copyOf(upstreams);
        }

        /** The vendored filter's text: which upstream code it shows, so a reader sees there is some. */
        public String vendoredLabel() {
            if (upstreams.isEmpty()) {
                return "vendored crates";
            }
            String named = String.join(", ", upstreams.subList(0, Math.min(UPSTREAMS_NAMED, upstreams.size())));
            int more = upstreams.size() - UPSTREAMS_NAMED;
            return "vendored: " + named + (more > 0 ? " +" + more : "");
        }
    }

    private final ObjectProperty<HotspotScope> scope = new SimpleObjectProperty<>(HotspotScope.FILE);
    private final ObjectProperty<Optional<FileRole>> role = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<String>> subsystem = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty pathPrefix = new SimpleStringProperty("");
    private final BooleanProperty includeVendored = new SimpleBooleanProperty(false);
    private final ObservableList<Hotspot> rows = FXCollections.observableArrayList();
    private Data data = Data.EMPTY;

    public HotspotsViewModel() {
        scope.addListener((o, a, b) -> refresh());
        role.addListener((o, a, b) -> refresh());
        subsystem.addListener((o, a, b) -> refresh());
        pathPrefix.addListener((o, a, b) -> refresh());
        includeVendored.addListener((o, a, b) -> refresh());
    }

    /**
     * Ranks every scope, vendored files included (the view leaves them out unless asked); slow on a real kernel,
     * so call it off the FX thread.
     */
    public static Data compute(KernelIndex index, Optional<KernelIndex> previous, Optional<String> previousLabel,
                               Optional<SubsystemMapping> mapping) {
        Map<HotspotScope, List<Hotspot>> rows = new EnumMap<>(HotspotScope.class);
        for (HotspotScope s : HotspotScope.values()) {
            rows.put(s, HotspotRanking.rank(index, s, previous, true));
        }
        TreeSet<String> sections = new TreeSet<>();
        mapping.ifPresent(m -> rows.get(HotspotScope.FILE).forEach(r -> sections.addAll(m.sectionsOf(r.path()))));
        Map<String, String> crateRoots = new HashMap<>();
        index.crates().forEach(c -> c.files().forEach(f -> crateRoots.put(f, c.root())));
        // zerocopy's benches are crates of their own: one upstream name for all of them
        List<String> upstreams = index.crates().stream().filter(Crate::vendored)
                .map(c -> c.upstream().map(Upstream::name).orElse(c.name())).distinct().sorted().toList();
        return new Data(rows, mapping, List.copyOf(sections),
                previous.isPresent() ? previousLabel.or(() -> Optional.of("previous")) : Optional.empty(),
                index.vendoredFiles(), crateRoots, upstreams);
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
     * file's crate (found by the crate's root in {@link Data#crateRoots()}).
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
