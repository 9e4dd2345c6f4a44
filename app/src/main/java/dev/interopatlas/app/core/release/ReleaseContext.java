package dev.interopatlas.app.core.release;

import java.util.Objects;

/** Which release of which repository an atlas shows, so the explorer can switch and diff releases. */
public record ReleaseContext(ReleaseHistory history, String release) {
    public ReleaseContext {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(release, "release");
    }
}
