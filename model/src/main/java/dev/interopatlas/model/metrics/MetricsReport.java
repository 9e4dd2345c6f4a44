package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The {@code metrics} CLI output: the crates of one tree (sorted by root), every .rs file (sorted by path) and every
 * bound symbol.
 */
@JsonPropertyOrder({"schema", "tree", "release", "crates", "files", "symbols"})
public record MetricsReport(
        String schema,
        String tree,
        @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> release,
        List<FileMetrics> files,
        List<SymbolResolution> symbols,
        List<Crate> crates) {

    public static final String SCHEMA = "interop-atlas/metrics/1";

    public MetricsReport {
        files = List.copyOf(files);
        symbols = List.copyOf(symbols);
        crates = crates == null ? List.of() : List.copyOf(crates);
    }
}
