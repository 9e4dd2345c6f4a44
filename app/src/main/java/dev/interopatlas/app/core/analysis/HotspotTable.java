package dev.interopatlas.app.core.analysis;

import dev.interopatlas.indexer.analysis.HotspotRanking;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.Upstream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The unsafe hotspots of one loaded release: everything the hotspots view shows, computed off the FX thread.
 *
 * @param rows        ranked rows per scope
 * @param mapping     path to MAINTAINERS sections, when the tree's MAINTAINERS could be read
 * @param sections    the sections owning at least one row, sorted
 * @param previous    the release the change column compares with, when one is known
 * @param vendored    files of vendored crates, whose rows show only when asked for
 * @param crateRoots  the root of each file's crate, where its consumer node is
 * @param upstreams   the upstream projects the vendored crates come from (minicopy; syn, zerocopy…), sorted
 */
public record HotspotTable(Map<HotspotScope, List<Hotspot>> rows, Optional<SubsystemMapping> mapping,
                           List<String> sections, Optional<String> previous, Set<String> vendored,
                           Map<String, String> crateRoots, List<String> upstreams) {
    public static final HotspotTable EMPTY = new HotspotTable(Map.of(), Optional.empty(), List.of(), Optional.empty(),
            Set.of(), Map.of(), List.of());
    /** Upstream names the vendored filter names before it abbreviates. */
    public static final int UPSTREAMS_NAMED = 3;

    public HotspotTable {
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

    /**
     * Ranks every scope, vendored files included (the view leaves them out unless asked); slow on a real kernel,
     * so call it off the FX thread.
     */
    public static HotspotTable compute(KernelIndex index, Optional<KernelIndex> previous,
                                       Optional<String> previousLabel, Optional<SubsystemMapping> mapping) {
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
        return new HotspotTable(rows, mapping, List.copyOf(sections),
                previous.isPresent() ? previousLabel.or(() -> Optional.of("previous")) : Optional.empty(),
                index.vendoredFiles(), crateRoots, upstreams);
    }
}
