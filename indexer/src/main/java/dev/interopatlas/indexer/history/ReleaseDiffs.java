package dev.interopatlas.indexer.history;

import dev.interopatlas.model.history.FileUnsafeChange;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares the indexes of two releases. */
public final class ReleaseDiffs {
    private ReleaseDiffs() {
    }

    public static ReleaseDiff between(String fromName, KernelIndex from, String toName, KernelIndex to) {
        Set<String> modulesBefore = set(from.abstractionModules(), RustModule::path);
        Set<String> modulesAfter = set(to.abstractionModules(), RustModule::path);
        Set<String> boundBefore = bound(from);
        Set<String> boundAfter = bound(to);
        Set<String> consumersBefore = consumers(from);
        Set<String> consumersAfter = consumers(to);

        Map<String, Integer> unsafeBefore = unsafeByFile(from);
        Map<String, Integer> unsafeAfter = unsafeByFile(to);
        Set<String> paths = new TreeSet<>(unsafeBefore.keySet());
        paths.addAll(unsafeAfter.keySet());
        List<FileUnsafeChange> changes = new ArrayList<>();
        for (String path : paths) {
            int before = unsafeBefore.getOrDefault(path, 0);
            int after = unsafeAfter.getOrDefault(path, 0);
            if (before != after) {
                changes.add(new FileUnsafeChange(path, before, after));
            }
        }
        return new ReleaseDiff(ReleaseDiff.SCHEMA, fromName, toName,
                minus(modulesAfter, modulesBefore), minus(modulesBefore, modulesAfter),
                minus(boundAfter, boundBefore), minus(boundBefore, boundAfter),
                minus(consumersAfter, consumersBefore), minus(consumersBefore, consumersAfter),
                total(unsafeBefore), total(unsafeAfter), changes);
    }

    private static Set<String> bound(KernelIndex index) {
        return index.symbols().stream().filter(SymbolResolution::resolved).map(SymbolResolution::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> consumers(KernelIndex index) {
        return index.files().stream().filter(f -> f.role() == FileRole.CONSUMER).map(FileMetrics::path)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Integer> unsafeByFile(KernelIndex index) {
        Map<String, Integer> counts = new TreeMap<>();
        for (FileMetrics file : index.files()) {
            counts.merge(file.path(), file.unsafeTotal(), Integer::sum);
        }
        return counts;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <T> Set<String> set(List<T> items, Function<T, String> key) {
        return items.stream().map(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().collect(Collectors.toList());
    }
}
