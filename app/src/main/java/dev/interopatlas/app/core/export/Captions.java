package dev.interopatlas.app.core.export;

import java.time.LocalDate;
import java.util.Optional;

/** The small print under an export: which tree, which release, when. */
public final class Captions {
    private Captions() {
    }

    public static String of(String tree, Optional<String> release, LocalDate date) {
        return treeName(tree) + " \u00b7 " + release.orElse("working tree") + " \u00b7 " + date
                + " \u00b7 Interop Atlas";
    }

    /** A working tree by its directory name (the full path says little and leaks the user's layout). */
    public static String treeName(String tree) {
        String trimmed = tree.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        return slash >= 0 && slash < trimmed.length() - 1 ? trimmed.substring(slash + 1) : trimmed;
    }
}
