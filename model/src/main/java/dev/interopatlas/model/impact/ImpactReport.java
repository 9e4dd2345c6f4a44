package dev.interopatlas.model.impact;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a C change does to Rust: schema {@code interop-atlas/impact/1}, the {@code impact} command's JSON.
 *
 * @param from    the older side (a tag or revision, or the working tree a patch applies to)
 * @param to      the newer side (a tag or revision, or {@code TREE + PATCH})
 * @param headers headers that entered or left the closure
 * @param changes the changed declarations listed: those reaching Rust, or all of them when asked
 */
@JsonPropertyOrder({"schema", "from", "to", "arch", "summary", "headers", "changes"})
public record ImpactReport(String schema, String from, String to, String arch, ImpactSummary summary,
                           List<HeaderChange> headers, List<DeclarationChange> changes) {
    public static final String SCHEMA = "interop-atlas/impact/1";

    public ImpactReport {
        headers = List.copyOf(headers);
        changes = List.copyOf(changes);
    }
}
