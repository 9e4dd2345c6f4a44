package dev.interopatlas.model.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** Readiness of every section that touches Rust, for one tree or release (the {@code readiness} output). */
public record ReadinessReport(String schema, String tree,
                              @JsonInclude(JsonInclude.Include.ALWAYS) Optional<String> release,
                              List<SubsystemReadiness> sections) {
    public static final String SCHEMA = "interop-atlas/readiness/1";

    public ReadinessReport {
        sections = List.copyOf(sections);
    }
}
