package dev.interopatlas.app.core.export;

import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import java.util.List;
import java.util.Optional;

/**
 * Everything one release report shows, computed beforehand so drawing is pure layout.
 *
 * @param coverage one point per release, oldest first (the report's release included)
 */
public record ReportData(String title, String caption, Headline headline, List<CoveragePoint> coverage,
                         List<Hotspot> hotspots, List<SubsystemReadiness> readiness, Optional<OverviewPanel> overview) {
    public ReportData {
        coverage = List.copyOf(coverage);
        hotspots = List.copyOf(hotspots);
        readiness = List.copyOf(readiness);
    }

    /**
     * The numbers at the top of the report: the kernel's own code, with vendored crates (syn, zerocopy…) apart.
     *
     * @param consumers         consumer crates
     * @param placeholderBlocks unsafe blocks whose SAFETY comments are all placeholders (not documented)
     * @param vendoredCrates    crates copied from upstream, left out of the other figures
     */
    public record Headline(int abstractions, int boundSymbols, int consumers, int unsafeBlocks, int unsafeFns,
                           int unsafeImpls, int unsafeTraits, double documentedShare, int rustLines,
                           int placeholderBlocks, int vendoredCrates, int vendoredLines, int vendoredUnsafe) {
        public int unsafeTotal() {
            return unsafeBlocks + unsafeFns + unsafeImpls + unsafeTraits;
        }
    }

    /** Coverage figures of one release for the line chart; consumers are crates. */
    public record CoveragePoint(String release, int boundSymbols, int abstractions, int consumers) {
    }
}
