package dev.interopatlas.indexer.facts;

import java.util.Optional;

/**
 * A C declaration at file scope, or what bindgen makes a declaration of (see {@link CDeclKind#ANONYMOUS_MEMBER} and
 * {@link CDeclKind#OPAQUE_STRUCT}).
 *
 * @param parent  for an enum constant, the enum tag ({@code phy_state}) or, for {@code typedef enum { … } t;},
 *                the typedef name, or for an anonymous enum inside a struct the bindgen name of that struct;
 *                empty for constants of an anonymous enum at file scope. For an anonymous member, the bindgen name
 *                of the struct or union that contains it
 * @param forward a struct/union/enum forward declaration ({@code struct device;}) rather than a definition;
 *                bindgen still emits an opaque type for it; always true for a mere mention
 *                ({@link CDeclKind#OPAQUE_STRUCT}, {@link CDeclKind#OPAQUE_UNION})
 */
public record CDeclaration(String name, CDeclKind kind, int line, Optional<String> parent, boolean forward) {
    /** A definition or ordinary declaration (not a forward declaration). */
    public CDeclaration(String name, CDeclKind kind, int line, Optional<String> parent) {
        this(name, kind, line, parent, false);
    }
}
