package dev.interopatlas.indexer.history;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for "the release before": among {@code vX.Y} release names, those older than a given name in
 * {@link VersionOrder}. A name need not be one of the releases (v6.12-rc1 and v6.12 both come after v6.11), so
 * the app, the CLI and the history indexer agree whatever tag or label they start from.
 */
public final class ReleaseLine {
    private ReleaseLine() {
    }

    /** The releases older than {@code name}, oldest first. */
    public static List<String> before(Collection<String> releases, String name) {
        return releases.stream().filter(r -> VersionOrder.INSTANCE.compare(r, name) < 0)
                .sorted(VersionOrder.INSTANCE).toList();
    }

    /** The newest release older than {@code name}, if any. */
    public static Optional<String> previous(Collection<String> releases, String name) {
        List<String> older = before(releases, name);
        return older.isEmpty() ? Optional.empty() : Optional.of(older.get(older.size() - 1));
    }

    /** The oldest release newer than {@code name}, if any. */
    public static Optional<String> next(Collection<String> releases, String name) {
        return releases.stream().filter(r -> VersionOrder.INSTANCE.compare(r, name) > 0)
                .min(VersionOrder.INSTANCE);
    }
}
