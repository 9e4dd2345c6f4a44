package dev.interopatlas.model.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.IndexWarning;
import dev.interopatlas.model.metrics.MetricsReport;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.model.metrics.UnsafeSite;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything the indexer knows about one tree or release: the {@code index} CLI output. */
@JsonPropertyOrder({"schema", "tree", "release", "arch", "stats", "crates", "files", "symbols", "modules", "unsafeSites",
        "unresolvedIncludes", "warnings", "graph"})
public record KernelIndex(
        String schema,
        String tree,
        @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> release,
        String arch,
        IndexStats stats,
        List<FileMetrics> files,
        List<SymbolResolution> symbols,
        List<RustModule> modules,
        List<UnsafeSite> unsafeSites,
        List<UnresolvedInclude> unresolvedIncludes,
        List<IndexWarning> warnings,
        InteropGraph graph,
        List<Crate> crates) {

    public static final String SCHEMA = "interop-atlas/index/1";

    public KernelIndex {
        files = List.copyOf(files);
        symbols = List.copyOf(symbols);
        modules = List.copyOf(modules);
        unsafeSites = List.copyOf(unsafeSites);
        unresolvedIncludes = List.copyOf(unresolvedIncludes);
        warnings = List.copyOf(warnings);
        crates = crates == null ? List.of() : List.copyOf(crates); // indexes written before crates have none
    }

    /** Paths of the files of vendored crates, which kernel totals leave out. */
    public Set<String> vendoredFiles() {
        return crates.stream().filter(Crate::vendored).flatMap(c -> c.files().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** How many crates are vendored third-party code. */
    public int vendoredCrateCount() {
        return (int) crates.stream().filter(Crate::vendored).count();
    }

    /** The modules that are abstractions: every module but the test modules. */
    public List<RustModule> abstractionModules() {
        return modules.stream().filter(m -> !m.test()).toList();
    }

    /** The {@code metrics} view of this index. */
    public MetricsReport toMetrics() {
        return new MetricsReport(MetricsReport.SCHEMA, tree, release, files, symbols, crates);
    }
}
