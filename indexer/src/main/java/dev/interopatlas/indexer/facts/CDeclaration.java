package dev.interopatlas.indexer.facts;

import java.util.Optional;

/**
 * A C declaration at file scope.
 *
 * @param parent  for an enum constant, the enum tag ({@code phy_state}) or, for {@code typedef enum { … } t;},
 *                the typedef name; empty for constants of an anonymous enum
 * @param forward a struct/union/enum forward declaration ({@code struct device;}) rather than a definition;
 *                bindgen still emits an opaque type for it
 */
public record CDeclaration(String name, CDeclKind kind, int line, Optional<String> parent, boolean forward) {
    /** A definition or ordinary declaration (not a forward declaration). */
    public CDeclaration(String name, CDeclKind kind, int line, Optional<String> parent) {
        this(name, kind, line, parent, false);
    }
}
