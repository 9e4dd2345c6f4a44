package dev.interopatlas.model.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@code bindings::NAME} used from Rust is declared in C, or why it could not be found.
 *
 * @param kind   C declaration kind when resolved: function, struct, union, enum, enum-constant, typedef,
 *               macro-constant, macro-function, variable; or what bindgen makes of C that has no name of its own:
 *               anonymous-member (an anonymous struct, union or enum inside a named one, bindgen's
 *               {@code S__bindgen_ty_N}: the N-th such member of S in declaration order, nested ones
 *               {@code S__bindgen_ty_1__bindgen_ty_2}; line of its {@code struct}/{@code union} keyword),
 *               opaque-struct / opaque-union (a struct or union the closure names but never defines, for which
 *               bindgen emits an opaque type; line of its forward declaration, else of its first mention)
 * @param header header (or helper .c file) path relative to the tree root
 * @param via    how the name was matched: direct, enum-constant, helper, const-helper, bindgen-anonymous
 * @param reason when unresolved, why: e.g. declared outside the include closure, emitted by bindgen itself
 *               ({@code __BindgenBitfieldUnit}), defined by rust/bindings/lib.rs, or not declared in any header
 */
@JsonPropertyOrder({"name", "resolved", "kind", "header", "line", "via", "reason"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record SymbolResolution(
        String name,
        boolean resolved,
        Optional<String> kind,
        Optional<String> header,
        Optional<Integer> line,
        Optional<String> via,
        Optional<String> reason) {

    public SymbolResolution {
        Objects.requireNonNull(name, "name");
    }

    public static SymbolResolution resolved(String name, String kind, String header, int line, String via) {
        return new SymbolResolution(name, true, Optional.of(kind), Optional.of(header), Optional.of(line),
                Optional.of(via), Optional.empty());
    }

    public static SymbolResolution unresolved(String name, String reason) {
        return new SymbolResolution(name, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(reason));
    }
}
