package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.export.TextMetrics;
import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.EntryViews;
import dev.interopatlas.app.core.map.Expansion;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.MapEntry;
import dev.interopatlas.app.core.map.MapRequest;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.TaskSlot;
import dev.interopatlas.model.graph.InteropGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * State of the map on screen: which view (overview, section, crate path), grouped how, which groups are open, and
 * the laid-out map to draw. Every change builds the map and runs ELK off the FX thread in one {@link TaskSlot}: a
 * newer change cancels the older one and its result is dropped, so the screen never goes back to a stale layout.
 * Used on the FX thread.
 */
public final class MapViewModel {
    private static final InteropGraph EMPTY = new InteropGraph(List.of(), List.of());
    private static final boolean PHASES = Boolean.getBoolean("interop-atlas.phases");

    /**
     * A map ready to draw.
     *
     * @param centre  boxes to bring into view once drawn (an opened group's children, a revealed node); empty: fit
     *                the whole map
     * @param millis  wall time from the request to the finished layout
     */
    public record Shown(InteropGraph source, MapScope scope, GroupBy groupBy, AtlasMap map, Expansion expansion,
                        LaidOutMap laid, Set<String> centre, long millis) {
    }

    private final ReadOnlyObjectWrapper<Optional<Shown>> shown = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final TaskSlot slot = new TaskSlot();
    private final Supplier<SectionLookup> sections;
    private InteropGraph source = EMPTY;
    private MapScope scope = MapScope.OVERVIEW;
    private GroupBy groupBy = GroupBy.DIRECTORY;
    private MapBoxes boxes;

    /**
     * @param sections the MAINTAINERS sections of a path in the open tree; called off the FX thread, only for a
     *                 section view or grouping by section
     * @param fontSize the theme's type size: the boxes are sized as the export sizes them
     */
    public MapViewModel(Supplier<SectionLookup> sections, double fontSize) {
        this.sections = sections;
        this.boxes = new MapBoxes(TextMetrics::width, fontSize);
    }

    public ReadOnlyObjectProperty<Optional<Shown>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public MapScope scope() {
        return scope;
    }

    public GroupBy groupBy() {
        return groupBy;
    }

    /** The graph the map groups changed (another tree, a filter, diff mode): same view, open groups kept. */
    public BackgroundTask<Shown> setSource(InteropGraph next) {
        source = next;
        return request(keptExpansion(), Set.of());
    }

    /** One of the three entry views, with its first expansion (see {@link #request}). */
    public BackgroundTask<Shown> show(MapScope next) {
        scope = next;
        // A crate's path opens on the crate itself (its column is the last): the question was what it stands on.
        Set<String> centre = next.kind() == MapScope.Kind.CRATE ? source.nodes().stream()
                .filter(n -> n.kind() == dev.interopatlas.model.graph.NodeKind.CONSUMER
                        && n.label().equals(next.name().orElseThrow())).map(n -> n.id()).collect(Collectors.toSet())
                : Set.of();
        return request(map -> Expansion.NONE, centre);
    }

    public BackgroundTask<Shown> setGroupBy(GroupBy next) {
        groupBy = next;
        return request(keptExpansion(), Set.of());
    }

    public void setFontSize(double fontSize) {
        boxes = new MapBoxes(TextMetrics::width, fontSize);
        request(keptExpansion(), Set.of());
    }

    /** Opens a group in place; the view then centres on what it held. */
    public Optional<BackgroundTask<Shown>> expand(String group) {
        return current().filter(s -> isGroup(s, group) && !s.expansion().isExpanded(group)).map(s -> {
            Expansion next = s.expansion().expand(s.map().hierarchy(), group);
            return request(map -> next, Set.copyOf(s.map().hierarchy().entry(group).orElseThrow().children()));
        });
    }

    /** Closes a group (and the groups inside it); the view centres on it. */
    public Optional<BackgroundTask<Shown>> collapse(String group) {
        return current().filter(s -> isGroup(s, group) && s.expansion().isExpanded(group)).map(s -> {
            Expansion next = s.expansion().collapse(s.map().hierarchy(), group);
            return request(map -> next, Set.of(group));
        });
    }

    /** The innermost open group that holds box {@code id}, to close it back. */
    public Optional<String> openGroupAbove(String id) {
        return current().flatMap(s -> {
            List<MapEntry> crumbs = s.expansion().breadcrumbs(s.map().hierarchy(), id);
            return crumbs.isEmpty() ? Optional.empty() : Optional.of(crumbs.get(crumbs.size() - 1).id());
        });
    }

    /**
     * Opens every group above graph node {@code id} so it is drawn itself, and centres on it. A node that is not on
     * this view's map (outside a section or crate path) brings the overview back first.
     */
    public Optional<BackgroundTask<Shown>> reveal(String id) {
        Optional<Shown> now = current();
        if (now.isEmpty()) {
            return Optional.empty();
        }
        if (now.get().map().node(id).isEmpty()) {
            if (scope.kind() == MapScope.Kind.OVERVIEW || source.nodes().stream().noneMatch(n -> n.id().equals(id))) {
                return Optional.empty();
            }
            scope = MapScope.OVERVIEW;
            return Optional.of(request(map -> Expansion.NONE.reveal(map.hierarchy(), id), Set.of(id)));
        }
        Shown s = now.get();
        if (s.map().drawnAs(id, s.expansion()).equals(id)) {
            return Optional.empty();
        }
        Expansion next = s.expansion().reveal(s.map().hierarchy(), id);
        return Optional.of(request(map -> next, Set.of(id)));
    }

    /** The map shown now, unless a newer one is being laid out for another view. */
    public Optional<Shown> current() {
        return shown.get();
    }

    /** Whether a layout is running. */
    public boolean busy() {
        return slot.running().isPresent();
    }

    private static boolean isGroup(Shown s, String id) {
        return s.map().hierarchy().entry(id).map(MapEntry::group).orElse(false);
    }

    private Function<AtlasMap, Expansion> keptExpansion() {
        Optional<Expansion> before = current().map(Shown::expansion);
        MapScope scopeBefore = current().map(Shown::scope).orElse(null);
        boolean sameView = scope.equals(scopeBefore);
        return map -> before.filter(e -> sameView).map(e -> new Expansion(e.expanded().stream()
                        .filter(id -> map.hierarchy().entry(id).map(MapEntry::group).orElse(false))
                        .collect(Collectors.toSet())))
                .orElse(Expansion.NONE);
    }

    /**
     * Lays out the current view with the groups {@code expansion} opens. A section's or crate's map built afresh with
     * nothing open starts opened up to {@link MapRequest#ENTRY_VIEW_BOXES}, as its export does.
     */
    private BackgroundTask<Shown> request(Function<AtlasMap, Expansion> expansion, Set<String> centre) {
        InteropGraph graph = source;
        MapScope view = scope;
        GroupBy grouping = groupBy;
        MapBoxes sizes = boxes;
        Optional<Shown> reusable = current().filter(s -> s.source() == graph && s.scope().equals(view)
                && s.groupBy() == grouping);
        long t0 = System.nanoTime();
        BackgroundTask<Shown> task = new BackgroundTask<>("map layout", t -> {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            AtlasMap map = reusable.map(Shown::map).orElseGet(() -> build(graph, view, grouping));
            Expansion open = expansion.apply(map);
            if (reusable.isEmpty() && view.kind() != MapScope.Kind.OVERVIEW && open.expanded().isEmpty()) {
                open = map.openedUpTo(MapRequest.ENTRY_VIEW_BOXES);
            }
            long t1 = System.nanoTime();
            LaidOutMap laid = LaidOutMap.of(map.view(open), sizes, ElkMapLayout.standard());
            long t2 = System.nanoTime();
            if (PHASES) {
                System.err.printf("map %s %d boxes: group %d ms, layout %d ms, wall %d ms, cpu %d ms%n",
                        view.title(), laid.view().nodes().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t2 - t0) / 1_000_000, (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000);
            }
            return new Shown(graph, view, grouping, map, open, laid, centre, (t2 - t0) / 1_000_000);
        });
        return slot.start(task, value -> shown.set(Optional.of(value)), error -> {
            System.err.println("map layout failed: " + error);
        });
    }

    private AtlasMap build(InteropGraph graph, MapScope view, GroupBy grouping) {
        boolean needSections = grouping == GroupBy.SUBSYSTEM || view.kind() == MapScope.Kind.SECTION;
        SectionLookup lookup = needSections ? sections.get() : SectionLookup.NONE;
        InteropGraph part = switch (view.kind()) {
            case OVERVIEW -> graph;
            case SECTION -> EntryViews.section(graph, lookup, view.name().orElseThrow());
            case CRATE -> EntryViews.cratePath(graph, view.name().orElseThrow()).orElse(EMPTY);
        };
        return AtlasMap.of(part, grouping, lookup);
    }
}
