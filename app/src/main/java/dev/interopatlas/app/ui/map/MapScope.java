package dev.interopatlas.app.ui.map;

import java.util.Objects;
import java.util.Optional;

/**
 * Which of the three entry views the map shows: the overview, one MAINTAINERS section seen from Rust, or one
 * consumer crate's path down to C.
 */
public record MapScope(Kind kind, Optional<String> name) {
    public enum Kind {
        OVERVIEW,
        SECTION,
        CRATE
    }

    public static final MapScope OVERVIEW = new MapScope(Kind.OVERVIEW, Optional.empty());

    public MapScope {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.OVERVIEW) != name.isEmpty()) {
            throw new IllegalArgumentException("a section or crate view needs a name, the overview none");
        }
    }

    public static MapScope section(String section) {
        return new MapScope(Kind.SECTION, Optional.of(section));
    }

    public static MapScope crate(String crate) {
        return new MapScope(Kind.CRATE, Optional.of(crate));
    }

    /** How the breadcrumbs bar names the view. */
    public String title() {
        return switch (kind) {
            case OVERVIEW -> "Overview";
            case SECTION -> "Section " + name.orElseThrow();
            case CRATE -> name.orElseThrow() + ": path to C";
        };
    }
}
