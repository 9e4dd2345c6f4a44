package dev.interopatlas.app.core.release;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.history.GitTagTree;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.IndexedRelease;
import dev.interopatlas.indexer.history.ReleaseLine;
import dev.interopatlas.indexer.history.ReleaseTag;
import dev.interopatlas.indexer.history.TagSelection;
import dev.interopatlas.indexer.history.VersionOrder;
import dev.interopatlas.indexer.impact.ImpactAnalysis;
import dev.interopatlas.indexer.impact.RevisionImpact;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tagged releases of one git repository, indexed on demand from its object database. The blob facts cache
 * makes a release that shares most files with one seen before cheap; the last few indexes are also kept in
 * memory so switching back and forth, or diffing against a base, does not index again. Thread-safe: releases
 * are indexed on background tasks.
 */
public final class ReleaseHistory implements AutoCloseable {
    private static final int KEPT_INDEXES = 3;

    private final HistoryIndexer history;
    private final Path path;
    private final List<String> releases;
    private final Map<String, KernelIndex> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KernelIndex> eldest) {
            return size() > KEPT_INDEXES;
        }
    };

    private final Map<String, GitTagTree> trees = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GitTagTree> eldest) {
            return size() > KEPT_INDEXES;
        }
    };

    /** The last few impact reports by "from..to": flipping between two diff bases does not compare again. */
    private final Map<String, ImpactReport> impacts = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImpactReport> eldest) {
            return size() > KEPT_INDEXES;
        }
    };

    private ReleaseHistory(HistoryIndexer history, Path path, List<String> releases) {
        this.history = history;
        this.path = path;
        this.releases = List.copyOf(releases);
    }

    /** Opens {@code repository} with the user's blob facts cache. */
    public static ReleaseHistory open(Path repository, Consumer<String> warnings) throws IndexException {
        return open(repository, BlobFactsCache.defaultRoot(), warnings);
    }

    /** Opens {@code repository} (bare or work tree); fails when it has no {@code vX.Y} release tag. */
    public static ReleaseHistory open(Path repository, Path cacheRoot, Consumer<String> warnings)
            throws IndexException {
        HistoryIndexer history = HistoryIndexer.open(repository, cacheRoot, IndexOptions.defaults(), warnings);
        try {
            List<String> names = new ArrayList<>();
            for (ReleaseTag tag : history.tags(TagSelection.releases(false))) {
                names.add(tag.name());
            }
            if (names.isEmpty()) {
                throw new IndexException(repository + " is a git repository without release tags (vX.Y);"
                        + " fetch the tags (git fetch --tags) or open its working tree as a directory");
            }
            names.sort(VersionOrder.INSTANCE);
            return new ReleaseHistory(history, repository, names);
        } catch (IndexException | RuntimeException e) {
            history.close();
            throw e;
        }
    }

    /** True when {@code path} is a git repository (bare, or a work tree with .git) with a release tag. */
    public static boolean isRepositoryWithReleases(Path path) {
        return !releaseTags(path).isEmpty();
    }

    /** The {@code vX.Y} tags of the repository at {@code path} in version order; none when it is not one. */
    public static List<String> releaseTags(Path path) {
        return HistoryIndexer.releaseNames(path);
    }

    public Path path() {
        return path;
    }

    /** What to call the repository: its directory name. */
    public String name() {
        Path file = path.toAbsolutePath().normalize().getFileName();
        return file == null ? path.toString() : file.toString();
    }

    /** The release tags, oldest first in version order (v6.2 before v6.10). */
    public List<String> releases() {
        return releases;
    }

    public String newest() {
        return releases.get(releases.size() - 1);
    }

    /** The release before {@code release} in version order ({@link ReleaseLine#previous}), if any. */
    public Optional<String> previous(String release) {
        return ReleaseLine.previous(releases, release);
    }

    /** The releases before {@code release}, oldest first ({@link ReleaseLine#before}). */
    public List<String> before(String release) {
        return ReleaseLine.before(releases, release);
    }

    /** The release after {@code release} in version order, if any. */
    public Optional<String> next(String release) {
        return ReleaseLine.next(releases, release);
    }

    /** Summaries of every release, from the per-commit store when they were computed before. */
    public synchronized dev.interopatlas.model.history.Timeline timeline(ProgressMonitor monitor)
            throws IndexException {
        return history.timeline(TagSelection.explicit(releases), monitor);
    }

    /** The index of one release, from memory when it was among the last few asked for. */
    public synchronized KernelIndex index(String release, ProgressMonitor monitor) throws IndexException {
        KernelIndex known = recent.get(release);
        if (known != null) {
            return known;
        }
        requireKnown(release);
        IndexedRelease indexed = history.index(history.tag(release), monitor);
        recent.put(release, indexed.index());
        return indexed.index();
    }

    /**
     * A release ready to explore, its sources read from the repository while this history is open. Listing a
     * kernel tree takes about a second, so the listings of the last few releases are kept too (closing a
     * {@link GitTagTree} releases nothing: the repository belongs to this history).
     */
    public synchronized LoadedAtlas load(String release, ProgressMonitor monitor) throws IndexException {
        KernelIndex index = index(release, monitor);
        GitTagTree tree = trees.get(release);
        if (tree == null) {
            monitor.beginTask("Listing the files of " + release, ProgressMonitor.UNKNOWN);
            tree = history.tree(history.tag(release));
            monitor.endTask();
            trees.put(release, tree);
        }
        return new LoadedAtlas(index, Optional.of(tree), name() + " " + release,
                Optional.of(new ReleaseContext(this, release)));
    }

    private void requireKnown(String release) throws IndexException {
        if (!releases.contains(release)) {
            throw new IndexException(path + " has no release tag " + release + "; its releases: "
                    + String.join(", ", releases));
        }
    }

    /**
     * The changed C declarations between two releases and the Rust they reach, listed as the {@code impact} command
     * lists them without {@code --all}; through the blob facts cache, and from memory when asked for lately.
     */
    public synchronized ImpactReport impact(String from, String to, ProgressMonitor monitor, Consumer<String> warnings)
            throws IndexException {
        requireKnown(from);
        requireKnown(to);
        String key = from + ".." + to;
        ImpactReport known = impacts.get(key);
        if (known != null) {
            return known;
        }
        ImpactReport report = RevisionImpact.between(history, from, to,
                new ImpactAnalysis(IndexOptions.defaults(), false), monitor, warnings);
        impacts.put(key, report);
        return report;
    }

    @Override
    public synchronized void close() {
        recent.clear();
        trees.clear();
        impacts.clear();
        history.close();
    }
}
