package dev.interopatlas.app.bench;

import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.Expansion;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.MapEdge;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.MapView;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.EdgeCrossings;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.layout.MapLayout;
import dev.interopatlas.app.core.map.layout.Point;
import dev.interopatlas.app.core.map.layout.Route;
import dev.interopatlas.app.core.export.TextMetrics;
import dev.interopatlas.app.core.layout.LayeredLayout;
import dev.interopatlas.app.core.layout.NodePosition;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.graph.Edge;
import dev.interopatlas.model.graph.EdgeKind;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.graph.NodeKind;
import dev.interopatlas.samples.SampleTrees;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Edge crossings of the map's ELK layout against the old {@link LayeredLayout} (straight lines between node
 * centres), on the same views: the whole sample graph, the whole 6.12 graph and the 7.3 overview; then the time to
 * build and lay out the 7.3 overview once its index is loaded, and to expand and collapse a group.
 */
public final class MapBench {
    private static final int WARM_RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The CPU-time median of the last {@link #median} call. */
    private static double lastCpu;

    private MapBench() {
    }

    /** @param args TREE-6.12 TREE-7.3 */
    public static void main(String[] args) throws Exception {
        Path sampleDir = Files.createTempDirectory("map-bench");
        Loaded sample = load(SampleTrees.extract("v7.3", sampleDir.resolve("v7.3")));
        Loaded v612 = load(Path.of(args[0]));
        Loaded v73 = load(Path.of(args[1]));
        MapBoxes boxes = new MapBoxes(TextMetrics::width, 12);

        long warmStart = System.nanoTime();
        ElkMapLayout.warmUp();
        double warmUp = seconds(warmStart);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        AtlasMap map73 = AtlasMap.of(v73.graph(), GroupBy.DIRECTORY, v73.sections());
        LaidOutMap first = LaidOutMap.of(map73.overview(), boxes, ElkMapLayout.standard());
        double firstFrame = seconds(start);
        double firstFrameCpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        System.out.println("view                     boxes edges  old-crossings  elk-polyline (ratio)  elk-orthogonal (ratio)");
        crossings("sample v7.3, all nodes", whole(sample), boxes);
        crossings("6.12, all nodes", whole(v612), boxes);
        crossings("7.3 overview", map73.overview(), boxes);

        System.out.printf(Locale.ROOT, "%n7.3 overview: %d boxes (%d groups), %d edges, %.0f x %.0f px%n",
                first.view().nodes().size(), first.view().groupCount(), first.view().edges().size(),
                first.placement().width(), first.placement().height());
        System.out.printf(Locale.ROOT, "ELK warm-up (3 layouts of a made-up 120-box graph, fresh JVM): %.0f ms%n", warmUp * 1000);
        double warm = median(() -> LaidOutMap.of(AtlasMap.of(v73.graph(), GroupBy.DIRECTORY, v73.sections())
                .overview(), boxes, ElkMapLayout.standard()));
        System.out.printf(Locale.ROOT, "first frame after warm-up (group + view + ELK): %.0f ms (cpu %.0f ms); warm "
                + "median %.0f ms (cpu %.0f ms)%n", firstFrame * 1000, firstFrameCpu * 1000, warm * 1000, lastCpu * 1000);
        for (String group : List.of("group:abstractions:kernel::drm", "group:abstractions:kernel::sync",
                "group:c-headers:include/net", "group:c-headers:include/linux")) {
            Expansion open = Expansion.NONE.expand(map73.hierarchy(), group);
            double expand = median(() -> LaidOutMap.of(map73.view(open), boxes, ElkMapLayout.standard()));
            double expandCpu = lastCpu;
            double collapse = median(() -> LaidOutMap.of(map73.view(open.collapse(map73.hierarchy(), group)), boxes,
                    ElkMapLayout.standard()));
            System.out.printf(Locale.ROOT, "expand %-34s -> %4d boxes: %4.0f ms (cpu %4.0f); collapse back: %4.0f ms "
                    + "(cpu %4.0f); view + ELK, median of %d%n", group, map73.view(open).nodes().size(),
                    expand * 1000, expandCpu * 1000, collapse * 1000, lastCpu * 1000, WARM_RUNS);
        }
    }

    private record Loaded(InteropGraph graph, SectionLookup sections) {
    }

    private static Loaded load(Path tree) throws Exception {
        try (WorkingTree source = WorkingTree.open(tree)) {
            InteropGraph graph = new KernelIndexer(IndexOptions.defaults()).index(source, new DirectFactsProvider(),
                    ProgressMonitor.NONE).graph();
            SubsystemMapping mapping = new SubsystemMapping(MaintainersIndex.load(source).matcher());
            return new Loaded(graph, mapping::sectionsOf);
        }
    }

    private static MapView whole(Loaded loaded) {
        AtlasMap map = AtlasMap.of(loaded.graph(), GroupBy.DIRECTORY, loaded.sections());
        return map.view(map.openedUpTo(Integer.MAX_VALUE));
    }

    private static void crossings(String name, MapView view, MapBoxes boxes) {
        long old = oldCrossings(view);
        long polyline = elkCrossings(view, boxes, ElkMapLayout.standard());
        long orthogonal = elkCrossings(view, boxes, new ElkMapLayout(ElkMapLayout.Routing.ORTHOGONAL, 8, 90));
        System.out.printf(Locale.ROOT, "%-24s %5d %5d  %13d  %12d (%.2f)  %14d (%.2f)%n", name, view.nodes().size(),
                view.edges().size(), old, polyline, ratio(polyline, old), orthogonal, ratio(orthogonal, old));
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }

    private static long elkCrossings(MapView view, MapBoxes boxes, MapLayout layout) {
        LaidOutMap laid = LaidOutMap.of(view, boxes, layout);
        List<List<Point>> lines = new ArrayList<>();
        for (Route route : laid.placement().routes().values()) {
            lines.add(route.points());
        }
        return EdgeCrossings.count(lines);
    }

    /** The old layout of the same boxes and edges, each edge a straight line between centres. */
    private static long oldCrossings(MapView view) {
        Map<String, NodePosition> at = LayeredLayout.compute(asGraph(view));
        List<List<Point>> lines = new ArrayList<>();
        for (MapEdge edge : view.edges()) {
            NodePosition a = at.get(edge.from());
            NodePosition b = at.get(edge.to());
            lines.add(List.of(new Point(a.x(), a.y()), new Point(b.x(), b.y())));
        }
        return EdgeCrossings.count(lines);
    }

    /** A view as the graph the old layout takes: members as they are, a group as a node labelled like it. */
    private static InteropGraph asGraph(MapView view) {
        List<Node> nodes = new ArrayList<>();
        for (MapNode node : view.nodes()) {
            nodes.add(node.member().orElseGet(() -> new Node(node.id(), kindOf(node), node.label(),
                    Optional.of(node.label()), Optional.empty(), Optional.empty(), Map.of())));
        }
        List<Edge> edges = view.edges().stream().map(e -> new Edge(e.from(), e.to(), EdgeKind.USES, e.edges()))
                .toList();
        return new InteropGraph(nodes, edges);
    }

    private static NodeKind kindOf(MapNode node) {
        return switch (node.layer()) {
            case C_HEADERS -> NodeKind.C_HEADER;
            case BINDINGS -> NodeKind.C_SYMBOL;
            case ABSTRACTIONS -> NodeKind.ABSTRACTION;
            case CONSUMERS -> NodeKind.CONSUMER;
        };
    }

    /**
     * Median wall time of a few runs. The CPU time of this thread is printed beside it: on a machine shared with
     * other work the wall time waits for a core, the CPU time does not (the layout runs on one thread).
     */
    private static double median(Supplier<?> work) {
        double[] runs = new double[WARM_RUNS];
        double[] cpu = new double[WARM_RUNS];
        for (int i = 0; i < runs.length; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            runs[i] = seconds(start);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        lastCpu = cpu[cpu.length / 2];
        return runs[runs.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
