package dev.interopatlas.model.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;

/**
 * How far one MAINTAINERS section has come with Rust in one release.
 *
 * @param rustSection        the section is a Rust one by name ({@code RUST}, {@code … [RUST]})
 * @param rustFiles          .rs files its F:/N: patterns cover
 * @param declaredFunctions  C functions declared in its headers that are in the bindings include closure
 * @param boundFunctions     of those, the ones Rust binds (directly or through a helper)
 * @param boundShare         boundFunctions / declaredFunctions (0 when none are declared)
 * @param unsafePer100Lines  unsafe sites per 100 lines of the Rust code mapped to it
 * @param documentedShare    share of its unsafe blocks with a {@code SAFETY:} comment
 */
@JsonPropertyOrder({"section", "status", "rustSection", "rustFiles", "abstractions", "consumers", "helpers",
        "declaredFunctions", "boundFunctions", "boundShare", "rustLines", "unsafeSites", "unsafePer100Lines",
        "documentedShare"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record SubsystemReadiness(String section, Optional<String> status, boolean rustSection, int rustFiles,
                                 int abstractions, int consumers, int helpers, int declaredFunctions,
                                 int boundFunctions, double boundShare, int rustLines, int unsafeSites,
                                 Optional<Double> unsafePer100Lines, Optional<Double> documentedShare) {
}
