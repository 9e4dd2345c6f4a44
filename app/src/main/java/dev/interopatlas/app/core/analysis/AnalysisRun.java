package dev.interopatlas.app.core.analysis;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.analysis.ReadinessHistory;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.history.ReleaseLine;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The analyses of a loaded release and the releases it is compared with: unsafe hotspots (with the change since
 * the previous release) and MAINTAINERS readiness (over the older releases known). Headless: runs on a worker
 * thread and hands each result on as soon as it is ready, so the hotspots show before readiness is done.
 */
public final class AnalysisRun {
    /** How many earlier releases of an open repository the views compare with (sparklines, change column). */
    public static final int REPOSITORY_RELEASES_COMPARED = 2;

    /** How long each analysis took, for the status line and the report. */
    public record LoadTimes(long maintainersMillis, long hotspotsMillis, long readinessMillis) {
        public static final LoadTimes NONE = new LoadTimes(0, 0, 0);
    }

    /** Receives each result on the worker thread. */
    public interface Results {
        void hotspots(HotspotTable table);

        /** @param problem why there is no readiness history (no tree, no MAINTAINERS), shown instead of it */
        void readiness(ReadinessData data, String problem);
    }

    private AnalysisRun() {
    }

    /**
     * Analyses {@code atlas}, compared with the releases of its repository just before it and with the releases
     * added by hand ({@code added}); stops early when {@code cancelled}.
     */
    public static LoadTimes compute(LoadedAtlas atlas, List<ComparedRelease> added, BooleanSupplier cancelled,
                                    Results results) {
        long t0 = System.nanoTime();
        TreeMaintainers maintainers = TreeMaintainers.ofShown(atlas);
        Optional<SubsystemMapping> mapping = maintainers.index().map(m -> new SubsystemMapping(m.matcher()));
        long t1 = System.nanoTime();
        String currentLabel = label(atlas.index(), atlas.title());
        List<ComparedRelease> older = olderThan(currentLabel, repositoryReleasesBefore(atlas, cancelled), added);
        Optional<ComparedRelease> previous = older.isEmpty() ? Optional.empty()
                : Optional.of(older.get(older.size() - 1));
        HotspotTable hotspots = HotspotTable.compute(atlas.index(), previous.map(ComparedRelease::index),
                previous.map(ComparedRelease::label), mapping);
        long t2 = System.nanoTime();
        if (cancelled.getAsBoolean()) {
            return LoadTimes.NONE;
        }
        results.hotspots(hotspots);
        ReadinessData readiness = ReadinessData.EMPTY;
        if (maintainers.index().isPresent()) {
            List<ReadinessHistory.Release> releases = new ArrayList<>();
            older.stream().filter(r -> r.maintainers().isPresent()).forEach(r -> releases.add(
                    new ReadinessHistory.Release(r.label(), r.index(), r.maintainers().get())));
            releases.add(new ReadinessHistory.Release(currentLabel, atlas.index(), maintainers.index().get()));
            readiness = new ReadinessData(Optional.of(ReadinessHistory.analyze(releases)), mapping);
        }
        long t3 = System.nanoTime();
        if (!cancelled.getAsBoolean()) {
            results.readiness(readiness, maintainers.problem());
        }
        return new LoadTimes((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    /**
     * The releases older than {@code current} ({@link ReleaseLine#before}, the one "previous release" rule),
     * oldest first; a release both in the repository and added by hand counts once.
     */
    static List<ComparedRelease> olderThan(String current, List<ComparedRelease> fromRepository,
                                           List<ComparedRelease> added) {
        Map<String, ComparedRelease> byLabel = new LinkedHashMap<>();
        fromRepository.forEach(r -> byLabel.put(r.label(), r));
        added.forEach(r -> byLabel.putIfAbsent(r.label(), r));
        return ReleaseLine.before(byLabel.keySet(), current).stream().map(byLabel::get).toList();
    }

    /**
     * The releases of the open repository just before the shown one, read through its blob cache, so a
     * repository shows changes and trends without "Add release…".
     */
    private static List<ComparedRelease> repositoryReleasesBefore(LoadedAtlas atlas, BooleanSupplier cancelled) {
        if (atlas.release().isEmpty()) {
            return List.of();
        }
        ReleaseHistory history = atlas.release().get().history();
        List<String> before = history.before(atlas.release().get().release());
        List<ComparedRelease> releases = new ArrayList<>();
        for (String name : before.subList(Math.max(0, before.size() - REPOSITORY_RELEASES_COMPARED), before.size())) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            try {
                LoadedAtlas loaded = history.load(name, ProgressMonitor.NONE);
                releases.add(new ComparedRelease(name, loaded.index(), TreeMaintainers.of(loaded.tree()).index()));
            } catch (IndexException e) {
                break; // the shown release still gets its views; the comparison just stops here
            }
        }
        return releases;
    }

    /** Indexes the tree at {@code root} to compare with (the "Add release…" of the readiness view). */
    public static ComparedRelease compareWith(Path root, ProgressMonitor monitor) throws Exception {
        LoadedAtlas atlas = new DirectoryLoader(root).load(monitor);
        String fallback = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        return new ComparedRelease(label(atlas.index(), fallback), atlas.index(),
                TreeMaintainers.of(atlas.tree()).index());
    }

    private static String label(KernelIndex index, String fallback) {
        return index.release().orElse(fallback);
    }
}
