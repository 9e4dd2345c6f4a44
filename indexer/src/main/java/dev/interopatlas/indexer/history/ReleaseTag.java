package dev.interopatlas.indexer.history;

import java.util.Objects;

/**
 * A tag peeled to its commit.
 *
 * @param commit    the commit id (hex)
 * @param annotated an annotated tag object, as opposed to a lightweight ref to the commit
 */
public record ReleaseTag(String name, String commit, boolean annotated) {
    public ReleaseTag {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(commit, "commit");
    }
}
