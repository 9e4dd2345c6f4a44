package dev.interopatlas.app.bench;

import dev.interopatlas.app.core.export.TextMetrics;
import dev.interopatlas.app.core.map.AtlasMap;
import dev.interopatlas.app.core.map.Expansion;
import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.MapEntry;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.layout.ElkMapLayout;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.graph.InteropGraph;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Opening and closing single groups of a tree's overview, and revealing single nodes (what search and selection do),
 * timed as view + ELK layout, wall and CPU of this thread. Uses only the map's public API, so that the same source
 * compiles against an older build for a baseline in the same session.
 *
 * <p>Usage: {@code GroupOpenBench TREE ID…}, where an id is a group's ({@code group:bindings:include/linux}) or a
 * node's ({@code symbol:mutex_lock}, revealed).
 */
public final class GroupOpenBench {
    private static final int RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GroupOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("load before: " + loadAverage());
        InteropGraph graph;
        SectionLookup sections;
        try (WorkingTree source = WorkingTree.open(Path.of(args[0]))) {
            graph = new KernelIndexer(IndexOptions.defaults()).index(source, new DirectFactsProvider(),
                    ProgressMonitor.NONE).graph();
            SubsystemMapping mapping = new SubsystemMapping(MaintainersIndex.load(source).matcher());
            sections = mapping::sectionsOf;
        }
        MapBoxes boxes = new MapBoxes(TextMetrics::width, 12);
        ElkMapLayout.warmUp();
        AtlasMap map = AtlasMap.of(graph, GroupBy.DIRECTORY, sections);
        MapEntry widest = map.hierarchy().entries().stream().filter(MapEntry::group)
                .max(Comparator.comparingInt(e -> e.children().size())).orElseThrow();
        System.out.printf(Locale.ROOT, "%d graph nodes, %d groups; overview %d boxes; widest group %s: %d children%n",
                graph.nodes().size(), map.hierarchy().entries().stream().filter(MapEntry::group).count(),
                map.overview().nodes().size(), widest.id(), widest.children().size());
        time("overview", map, Expansion.NONE, boxes);
        for (String id : Arrays.asList(args).subList(1, args.length)) {
            if (map.hierarchy().entry(id).isEmpty()) {
                System.out.println("not on the map: " + id);
                continue;
            }
            MapEntry entry = map.hierarchy().entry(id).orElseThrow();
            Expansion open = entry.group() ? Expansion.NONE.expand(map.hierarchy(), id)
                    : Expansion.NONE.reveal(map.hierarchy(), id);
            time((entry.group() ? "open " : "reveal ") + id, map, open, boxes);
            String outermost = map.hierarchy().pathTo(id).get(0).id();
            time("  close back", map, open.collapse(map.hierarchy(), outermost), boxes);
        }
        System.out.println("load after: " + loadAverage());
    }

    private static void time(String what, AtlasMap map, Expansion expansion, MapBoxes boxes) {
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        int drawn = 0;
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            drawn = LaidOutMap.of(map.view(expansion), boxes, ElkMapLayout.standard()).view().nodes().size();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-46s %5d boxes  wall %6.0f ms (%.0f-%.0f)  cpu %6.0f ms   (view + ELK, "
                + "median of %d)%n", what, drawn, wall[RUNS / 2], wall[0], wall[RUNS - 1], cpu[RUNS / 2], RUNS);
    }

    private static String loadAverage() throws Exception {
        return List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3).toString();
    }
}
