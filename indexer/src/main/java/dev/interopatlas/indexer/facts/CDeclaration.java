package dev.interopatlas.indexer.facts;

import java.util.Optional;

/**
 * A C declaration at file scope.
 *
 * @param parent for an enum constant, the enum tag ({@code phy_state}) or, for {@code typedef enum { … } t;},
 *               the typedef name; empty for constants of an anonymous enum
 */
public record CDeclaration(String name, CDeclKind kind, int line, Optional<String> parent) {
}
