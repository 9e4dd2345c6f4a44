package dev.interopatlas.indexer.analysis;

import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.FileRole;
import dev.interopatlas.model.metrics.UnsafeKind;
import dev.interopatlas.model.metrics.UnsafeSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ranks unsafe code per file, per abstraction module or per function/impl, most unsafe sites first. Built from the
 * index's unsafe sites, so rows always sum to the per-file metrics. The kernel's own code by default: files of
 * vendored crates (syn, zerocopy…) only when asked for.
 */
public final class HotspotRanking {
    private HotspotRanking() {
    }

    /**
     * Rows of the kernel's own code with at least one unsafe site, ranked; with a previous release, each row
     * carries its change.
     */
    public static List<Hotspot> rank(KernelIndex index, HotspotScope scope, Optional<KernelIndex> previous) {
        return rank(index, scope, previous, false);
    }

    /** @param includeVendored whether files of vendored crates are ranked too */
    public static List<Hotspot> rank(KernelIndex index, HotspotScope scope, Optional<KernelIndex> previous,
                                     boolean includeVendored) {
        List<Hotspot> rows = rows(index, scope, includeVendored);
        if (previous.isPresent()) {
            Map<String, Integer> before = rows(previous.get(), scope, includeVendored).stream()
                    .collect(Collectors.toMap(Hotspot::key, Hotspot::total, Integer::sum));
            rows = rows.stream()
                    .map(r -> r.withChange(Optional.ofNullable(before.get(r.key())).map(b -> r.total() - b)))
                    .toList();
        }
        return rows.stream().sorted(Comparator.comparingInt(Hotspot::total).reversed()
                .thenComparing(Hotspot::undocumentedBlocks, Comparator.reverseOrder())
                .thenComparing(Hotspot::placeholderBlocks, Comparator.reverseOrder())
                .thenComparing(Hotspot::key)).toList();
    }

    private static List<Hotspot> rows(KernelIndex index, HotspotScope scope, boolean includeVendored) {
        Map<String, FileMetrics> files = index.files().stream()
                .collect(Collectors.toMap(FileMetrics::path, Function.identity()));
        Set<String> vendored = includeVendored ? Set.of() : index.vendoredFiles();
        List<UnsafeSite> sites = index.unsafeSites().stream().filter(s -> !vendored.contains(s.path())).toList();
        return switch (scope) {
            case FILE -> group(sites, UnsafeSite::path, key -> files.get(key), scope, files);
            case MODULE -> {
                Map<String, String> moduleOfFile = new HashMap<>();
                for (RustModule module : index.abstractionModules()) {
                    if (!module.inline()) {
                        moduleOfFile.putIfAbsent(module.file(), module.path());
                    }
                }
                List<UnsafeSite> inModules = sites.stream()
                        .filter(s -> moduleOfFile.containsKey(s.path())).toList();
                yield group(inModules, s -> moduleOfFile.get(s.path()), key -> null, scope, files);
            }
            case FUNCTION -> group(sites, s -> s.path() + "#" + s.enclosing(), key -> null, scope, files);
        };
    }

    private static List<Hotspot> group(List<UnsafeSite> sites, Function<UnsafeSite, String> keyOf,
                                       Function<String, FileMetrics> fileOfKey, HotspotScope scope,
                                       Map<String, FileMetrics> files) {
        Map<String, List<UnsafeSite>> byKey = new LinkedHashMap<>();
        for (UnsafeSite site : sites) {
            byKey.computeIfAbsent(keyOf.apply(site), k -> new ArrayList<>()).add(site);
        }
        List<Hotspot> rows = new ArrayList<>();
        byKey.forEach((key, group) -> {
            UnsafeSite first = group.stream().min(Comparator.comparingInt(UnsafeSite::line)).orElseThrow();
            FileMetrics file = files.get(first.path());
            FileRole role = file == null ? FileRole.OTHER : file.role();
            Optional<Integer> lines = switch (scope) {
                case FILE -> Optional.ofNullable(fileOfKey.apply(key)).map(FileMetrics::lines);
                case MODULE -> Optional.ofNullable(file).map(FileMetrics::lines);
                case FUNCTION -> Optional.empty();
            };
            int blocks = count(group, UnsafeKind.BLOCK);
            int undocumented = (int) group.stream()
                    .filter(s -> s.kind() == UnsafeKind.BLOCK && !s.documented() && !s.placeholder()).count();
            int placeholder = (int) group.stream().filter(s -> s.kind() == UnsafeKind.BLOCK && s.placeholder())
                    .count();
            int inMacro = (int) group.stream().filter(UnsafeSite::inMacroRules).count();
            Optional<Double> density = lines.filter(l -> l > 0).map(l -> 100.0 * group.size() / l);
            rows.add(new Hotspot(scope, key, first.path(), first.line(), role, lines, blocks,
                    count(group, UnsafeKind.FN), count(group, UnsafeKind.IMPL), count(group, UnsafeKind.TRAIT),
                    undocumented, placeholder, density, (double) inMacro / group.size(), Optional.empty()));
        });
        return rows;
    }

    private static int count(List<UnsafeSite> sites, UnsafeKind kind) {
        return (int) sites.stream().filter(s -> s.kind() == kind).count();
    }
}
