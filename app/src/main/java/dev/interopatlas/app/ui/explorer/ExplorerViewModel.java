package dev.interopatlas.app.ui.explorer;

import dev.interopatlas.app.graphview.LayeredLayout;
import dev.interopatlas.app.graphview.NodePosition;
import dev.interopatlas.app.graphview.NodeStyles;
import dev.interopatlas.app.query.BlastRadius;
import dev.interopatlas.app.query.GraphFilter;
import dev.interopatlas.app.query.GraphIndex;
import dev.interopatlas.app.query.HeaderCollapser;
import dev.interopatlas.app.query.Neighbourhood;
import dev.interopatlas.app.ui.search.SearchHit;
import dev.interopatlas.app.ui.search.SearchIndex;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private GraphIndex fullIndex = new GraphIndex(EMPTY);
    private GraphIndex shownIndex = fullIndex;
    private SearchIndex searchIndex = new SearchIndex(fullIndex);
    private Map<String, NodePosition> layout = Map.of();

    public ExplorerViewModel() {
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

    /** Replaces what is explored; closes the previous tree and resets selection, focus and blast radius. */
    public void setAtlas(LoadedAtlas next) {
        atlas.get().flatMap(LoadedAtlas::tree).ifPresent(t -> t.close());
        selected.set(Optional.empty());
        focusActive.set(false);
        fullIndex = new GraphIndex(next.index().graph());
        atlas.set(Optional.of(next));
        rebuild();
    }

    private void rebuild() {
        InteropGraph shown = collapseHeaders.get() ? HeaderCollapser.collapse(fullIndex.graph()) : fullIndex.graph();
        shownIndex = new GraphIndex(shown);
        searchIndex = new SearchIndex(shownIndex);
        layout = LayeredLayout.compute(shown);
        if (selected.get().flatMap(shownIndex::node).isEmpty()) {
            selected.set(Optional.empty());
        }
        blast.set(Optional.empty());
        refilter();
    }

    private void refilter() {
        visibleGraph.set(filter.get().apply(shownIndex.graph()));
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
        return new NodeStyles(selected.get(), focus, blastSet, context, heat.get() ? Optional.of(heatMap()) : Optional.empty());
    }

    /** Unsafe heat in [0,1] per visible node: log of {@code unsafeTotal} over the largest. */
    public Map<String, Double> heatMap() {
        Map<String, Double> heatById = new HashMap<>();
        double max = 0;
        for (Node n : visibleGraph.get().nodes()) {
            max = Math.max(max, Math.log1p(unsafe(n)));
        }
        for (Node n : visibleGraph.get().nodes()) {
            heatById.put(n.id(), max == 0 ? 0 : Math.log1p(unsafe(n)) / max);
        }
        return heatById;
    }

    private static int unsafe(Node n) {
        int total = n.metric("unsafeTotal");
        return total > 0 ? total : n.metric("unsafeBlocks") + n.metric("unsafeFns") + n.metric("unsafeImpls");
    }

    public GraphIndex shownIndex() {
        return shownIndex;
    }

    /** Layered positions of every node of the shown (collapsed, unfiltered) graph: filtering never moves nodes. */
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
