package dev.interopatlas.app.core.analysis;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseContext;
import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.impact.ImpactReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Impact tab's computation: in diff mode on a release of a repository, the C changes from the diff base to the
 * shown release and the Rust they reach, through the repository's {@link dev.interopatlas.app.core.release
 * .ReleaseHistory} (its blob facts cache, and its last few reports); otherwise why there is nothing to show.
 */
public final class ImpactRun {
    static final String NOT_A_REPOSITORY = "Open a git repository and compare two releases to see what the C "
            + "changes do to Rust.";
    static final String DIFF_OFF = "Turn on Diff in the release bar to see what the C changes since the base "
            + "release do to Rust.";
    static final String SAME_RELEASE = "The base release is the release shown: choose another base to compare.";

    /** What to compare: the diff base and the release shown. */
    public record Pair(String from, String to) {
    }

    /** A report and the warnings that did not stop it (a cache that could not be written). */
    public record Outcome(ImpactReport report, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    private ImpactRun() {
    }

    /** The releases to compare, or the sentence saying why there are none (shown instead of a table). */
    public record Plan(Optional<Pair> pair, String why) {
        static Plan nothing(String why) {
            return new Plan(Optional.empty(), why);
        }
    }

    /** What the tab should compare for the atlas shown and the diff base (empty when diff mode is off). */
    public static Plan plan(Optional<LoadedAtlas> atlas, Optional<String> baseRelease) {
        Optional<ReleaseContext> release = atlas.flatMap(LoadedAtlas::release);
        if (release.isEmpty()) {
            return Plan.nothing(NOT_A_REPOSITORY);
        }
        if (baseRelease.isEmpty()) {
            return Plan.nothing(DIFF_OFF);
        }
        if (baseRelease.get().equals(release.get().release())) {
            return Plan.nothing(SAME_RELEASE);
        }
        return new Plan(Optional.of(new Pair(baseRelease.get(), release.get().release())), "");
    }

    /** Runs off the FX thread: the impact from {@code pair.from} to {@code pair.to} in the atlas's repository. */
    public static Outcome compute(LoadedAtlas atlas, Pair pair, ProgressMonitor monitor) throws IndexException {
        ReleaseContext release = atlas.release().orElseThrow(() -> new IndexException(NOT_A_REPOSITORY));
        List<String> warnings = new ArrayList<>();
        ImpactReport report = release.history().impact(pair.from(), pair.to(), monitor, w -> {
            synchronized (warnings) {
                warnings.add(w);
            }
        });
        return new Outcome(report, warnings);
    }
}
