package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.core.appearance.NodeStyles;
import dev.interopatlas.app.core.diff.DiffMarks;
import dev.interopatlas.app.core.diff.GraphDiff;
import dev.interopatlas.app.core.layout.LayeredLayout;
import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.app.core.query.BlastRadius;
import dev.interopatlas.app.core.query.GraphFilter;
import dev.interopatlas.app.core.query.GraphIndex;
import dev.interopatlas.app.core.query.HeaderCollapser;
import dev.interopatlas.app.core.query.Neighbourhood;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.app.core.search.SearchHit;
import dev.interopatlas.app.core.search.SearchIndex;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.index.KernelIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * State of the explorer, free of any view: what is loaded, collapsed, filtered, selected, focused and in the
 * blast radius. Properties change on the FX thread only; everything here is plain computation so the tests run
 * without a toolkit.
 */
public final class ExplorerViewModel {
    private static final InteropGraph EMPTY = new InteropGraph(List.of(), List.of());

    private final ReadOnlyObjectWrapper<Optional<LoadedAtlas>> atlas = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<GraphFilter> filter = new SimpleObjectProperty<>(GraphFilter.ALL);
    private final BooleanProperty collapseHeaders = new SimpleBooleanProperty(false);
    private final ObjectProperty<Optional<String>> selected = new SimpleObjectProperty<>(Optional.empty());
    private final IntegerProperty hops = new SimpleIntegerProperty(1);
    private final BooleanProperty focusActive = new SimpleBooleanProperty(false);
    private final BooleanProperty heat = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Optional<BlastRadius>> blast = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<InteropGraph> visibleGraph = new ReadOnlyObjectWrapper<>(EMPTY);
    private final ReadOnlyIntegerWrapper stylesVersion = new ReadOnlyIntegerWrapper();
    private final BooleanProperty diffActive = new SimpleBooleanProperty(false);
    private final ObjectProperty<Optional<DiffBase>> diffBase = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableValue<Optional<String>> diffBaseRelease = Bindings.createObjectBinding(
            () -> diffActive.get() ? diffBase.get().map(DiffBase::release) : Optional.empty(), diffActive, diffBase);
    private final ReadOnlyObjectWrapper<Optional<GraphDiff>> diff = new ReadOnlyObjectWrapper<>(Optional.empty());

    private GraphIndex fullIndex = new GraphIndex(EMPTY);
    private GraphIndex shownIndex = fullIndex;
    private SearchIndex searchIndex = new SearchIndex(fullIndex);
    private InteropGraph drawn = EMPTY;
    /** Set while several properties change for one rebuild. */
    private boolean quiet;
    private Map<String, NodePosition> layout = Map.of();

    /** The release diff mode compares against, with its index. */
    public record DiffBase(String release, KernelIndex index) {
    }

    public ExplorerViewModel() {
        diffActive.addListener((o, a, b) -> {
            if (!quiet) {
                rebuild();
            }
        });
        diffBase.addListener((o, a, b) -> {
            if (diffActive.get() && !quiet) {
                rebuild();
            }
        });
        filter.addListener((o, a, b) -> refilter());
        collapseHeaders.addListener((o, a, b) -> rebuild());
        selected.addListener((o, a, b) -> {
            blast.set(Optional.empty());
            restyle();
        });
        hops.addListener((o, a, b) -> restyle());
        focusActive.addListener((o, a, b) -> restyle());
        heat.addListener((o, a, b) -> restyle());
    }

    /**
     * Replaces what is explored; closes the previous tree (and repository, unless {@code next} is a release of the
     * same one) and resets selection, focus, blast radius and diff mode.
     */
    public void setAtlas(LoadedAtlas next) {
        closePrevious(next);
        selected.set(Optional.empty());
        focusActive.set(false);
        quiet = true;
        try {
            diffActive.set(false);
            diffBase.set(Optional.empty());
        } finally {
            quiet = false;
        }
        fullIndex = new GraphIndex(next.index().graph());
        atlas.set(Optional.of(next));
        rebuild();
    }

    /**
     * Shows another release of the same repository: the selection stays when its id still exists, and filters,
     * focus, collapse and diff mode stay as they are.
     */
    public void showRelease(LoadedAtlas next) {
        showRelease(next, diffBase.get());
    }

    /** {@link #showRelease(LoadedAtlas)} with a new diff base, in one rebuild. */
    public void showRelease(LoadedAtlas next, Optional<DiffBase> base) {
        Optional<String> keep = selected.get();
        closePrevious(next);
        fullIndex = new GraphIndex(next.index().graph());
        quiet = true;
        try {
            diffBase.set(base);
            atlas.set(Optional.of(next));
        } finally {
            quiet = false;
        }
        rebuild();
        // Same id, new node: make listeners (the details pane) read it again from the new release.
        if (keep.isPresent() && selected.get().equals(keep)) {
            selected.set(Optional.empty());
            selected.set(keep);
        }
    }

    private void closePrevious(LoadedAtlas next) {
        Optional<LoadedAtlas> previous = atlas.get();
        previous.flatMap(LoadedAtlas::tree).ifPresent(t -> t.close());
        Optional<ReleaseHistory> before = previous.flatMap(LoadedAtlas::release).map(ReleaseContext::history);
        Optional<ReleaseHistory> after = next.release().map(ReleaseContext::history);
        if (before.isPresent() && !before.equals(after)) {
            before.get().close();
        }
    }

    /** The release shown, when a release of a repository is open. */
    public Optional<ReleaseContext> release() {
        return atlas.get().flatMap(LoadedAtlas::release);
    }

    private void rebuild() {
        InteropGraph shown = collapsed(fullIndex.graph());
        shownIndex = new GraphIndex(shown);
        searchIndex = new SearchIndex(shownIndex);
        diff.set(diffActive.get()
                ? diffBase.get().map(b -> GraphDiff.between(b.release(), collapsed(b.index().graph()), shown))
                : Optional.empty());
        drawn = diff.get().map(d -> d.withGhosts(shown)).orElse(shown);
        layout = LayeredLayout.compute(drawn);
        if (selected.get().flatMap(shownIndex::node).isEmpty()) {
            selected.set(Optional.empty());
        }
        blast.set(Optional.empty());
        refilter();
    }

    private InteropGraph collapsed(InteropGraph graph) {
        return collapseHeaders.get() ? HeaderCollapser.collapse(graph) : graph;
    }

    private void refilter() {
        visibleGraph.set(filter.get().apply(drawn));
        restyle();
    }

    private void restyle() {
        stylesVersion.set(stylesVersion.get() + 1);
    }

    public List<SearchHit> search(String query, int limit) {
        return searchIndex.search(query, limit);
    }

    public void select(String id) {
        selected.set(shownIndex.node(id).map(Node::id));
    }

    /** Turns on focus + context around the selection. */
    public void focusSelection() {
        if (selected.get().isPresent()) {
            focusActive.set(true);
        }
    }

    /** Computes the blast radius of the selection and emphasises it. */
    public Optional<BlastRadius> showBlastRadius() {
        Optional<BlastRadius> radius = selected.get().map(id -> BlastRadius.of(shownIndex, id));
        blast.set(radius);
        restyle();
        return radius;
    }

    /**
     * Emphasises a path of nodes the way a blast radius is emphasised (an Impact row's): its first shown node is
     * selected, the others reached; ids not in the shown graph are skipped.
     */
    public void highlightPath(List<String> ids) {
        List<String> shown = ids.stream().filter(id -> shownIndex.node(id).isPresent()).distinct().toList();
        if (shown.isEmpty()) {
            blast.set(Optional.empty());
        } else {
            selected.set(Optional.of(shown.get(0)));
            List<Node> rust = shown.stream().skip(1).map(shownIndex::node).flatMap(Optional::stream)
                    .filter(n -> n.layer() == Layer.ABSTRACTIONS || n.layer() == Layer.CONSUMERS).toList();
            blast.set(Optional.of(new BlastRadius(shown.get(0), Set.copyOf(shown.subList(1, shown.size())), rust)));
        }
        restyle();
    }

    /** The diff base's release while diff mode is on, else empty (what the Impact tab compares with). */
    public ObservableValue<Optional<String>> diffBaseReleaseProperty() {
        return diffBaseRelease;
    }

    /** Esc: back to the whole graph (the selection stays). */
    public void clearContext() {
        focusActive.set(false);
        blast.set(Optional.empty());
        restyle();
    }

    /** The nodes in focus with their hop distance; empty when focus is off. */
    public Map<String, Integer> focusSet() {
        if (!focusActive.get() || selected.get().isEmpty()) {
            return Map.of();
        }
        return Neighbourhood.around(shownIndex, selected.get().get(), hops.get());
    }

    /** What the graph view should emphasise now. */
    public NodeStyles nodeStyles() {
        Set<String> focus = focusSet().keySet();
        Set<String> blastSet = blast.get().map(BlastRadius::reached).orElse(Set.of());
        boolean context = !focus.isEmpty() || blast.get().isPresent();
        return new NodeStyles(selected.get(), focus, blastSet, context, heat.get() ? Optional.of(heatMap()) : Optional.empty(),
                diff.get().map(GraphDiff::marks).orElse(DiffMarks.NONE));
    }

    /** Unsafe heat in [0,1] per visible node: log of {@code unsafeTotal} over the largest. */
    public Map<String, Double> heatMap() {
        Map<String, Double> heatById = new HashMap<>();
        double max = 0;
        for (Node n : visibleGraph.get().nodes()) {
            max = Math.max(max, Math.log1p(n.unsafeSites()));
        }
        for (Node n : visibleGraph.get().nodes()) {
            heatById.put(n.id(), max == 0 ? 0 : Math.log1p(n.unsafeSites()) / max);
        }
        return heatById;
    }

    /**
     * What the map groups: the drawn graph (ghosts included in diff mode) through the filters, except the
     * MAINTAINERS section a readiness row picks, which the map shows as that section's view instead.
     */
    public InteropGraph mapGraph() {
        return filter.get().withSubsystem(Optional.empty()).apply(drawn);
    }

    public GraphIndex shownIndex() {
        return shownIndex;
    }

    /**
     * Layered positions of every node of the shown (collapsed, unfiltered) graph, ghosts included in diff mode:
     * filtering never moves nodes.
     */
    public Map<String, NodePosition> layout() {
        return layout;
    }

    public ReadOnlyObjectProperty<Optional<LoadedAtlas>> atlasProperty() {
        return atlas.getReadOnlyProperty();
    }

    public ObjectProperty<GraphFilter> filterProperty() {
        return filter;
    }

    public BooleanProperty collapseHeadersProperty() {
        return collapseHeaders;
    }

    public ObjectProperty<Optional<String>> selectedProperty() {
        return selected;
    }

    public IntegerProperty hopsProperty() {
        return hops;
    }

    public BooleanProperty focusActiveProperty() {
        return focusActive;
    }

    /** Diff mode: colour what was added since the base release and draw what was removed as ghosts. */
    public BooleanProperty diffActiveProperty() {
        return diffActive;
    }

    public ObjectProperty<Optional<DiffBase>> diffBaseProperty() {
        return diffBase;
    }

    /** The diff shown, when diff mode is on and a base is set. */
    public ReadOnlyObjectProperty<Optional<GraphDiff>> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public BooleanProperty heatProperty() {
        return heat;
    }

    public ReadOnlyObjectProperty<Optional<BlastRadius>> blastProperty() {
        return blast.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InteropGraph> visibleGraphProperty() {
        return visibleGraph.getReadOnlyProperty();
    }

    /** Bumped whenever {@link #nodeStyles()} may have changed. */
    public ReadOnlyIntegerProperty stylesVersionProperty() {
        return stylesVersion.getReadOnlyProperty();
    }
}
