package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.analysis.HotspotRanking;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.index.KernelIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hotspots TREE_OR_REPO [--rev TAG] [--by file|module|function] [--include-vendored] --json|--csv OUT}. */
@Command(name = "hotspots", description = "Rank unsafe code per file, abstraction module or function/impl.")
final class HotspotsCommand implements Callable<Integer> {
    @Mixin
    TreeSelection selection;

    @Option(names = "--by", defaultValue = "file", paramLabel = "file|module|function",
            description = "What a row aggregates (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--include-vendored",
            description = "Rank files of vendored crates (syn, zerocopy…) too; by default only the kernel's own code.")
    boolean includeVendored;

    @ArgGroup(multiplicity = "1")
    JsonOrCsv output;

    @Override
    public Integer call() throws Exception {
        HotspotScope scope = parseScope(by);
        List<Hotspot> rows;
        TreeSelection.Opened indexed;
        try (TreeSelection.Opened opened = selection.open()) {
            indexed = opened;
            rows = HotspotRanking.rank(opened.index(), scope, opened.previous(), includeVendored);
        }
        HotspotReport report = new HotspotReport(indexed.index().tree(), indexed.index().release(), scope, rows);
        output.write(report, () -> csv(rows));
        System.err.printf(Locale.ROOT, "%d %s rows with unsafe code%n", rows.size(), by);
        return 0;
    }

    static HotspotScope parseScope(String by) throws CliException {
        try {
            return HotspotScope.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException("--by must be file, module or function, not '" + by + "'");
        }
    }

    /** The JSON form: the rows with the tree and release they belong to. */
    record HotspotReport(String tree, Optional<String> release, HotspotScope by, List<Hotspot> hotspots) {
    }

    static String csv(List<Hotspot> rows) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("scope", "key", "path", "line", "role", "lines",
                "unsafeBlocks", "unsafeFns", "unsafeImpls", "unsafeTraits", "undocumentedBlocks", "placeholderBlocks",
                "total", "sitesPer100Lines", "inMacroShare", "changeSincePrevious")));
        for (Hotspot r : rows) {
            List<Object> fields = new ArrayList<>(List.of(r.scope().name().toLowerCase(Locale.ROOT), r.key(),
                    r.path(), r.line(), r.role().json(), r.lines().map(String::valueOf).orElse(""), r.unsafeBlocks(),
                    r.unsafeFns(), r.unsafeImpls(), r.unsafeTraits(), r.undocumentedBlocks(), r.placeholderBlocks(),
                    r.total(),
                    r.sitesPer100Lines().map(d -> String.format(Locale.ROOT, "%.2f", d)).orElse(""),
                    String.format(Locale.ROOT, "%.3f", r.inMacroShare()),
                    r.changeSincePrevious().<Object>map(c -> c).orElse(""))); // a number: no formula prefix
            out.append(Csv.row(fields));
        }
        return out.toString();
    }
}
