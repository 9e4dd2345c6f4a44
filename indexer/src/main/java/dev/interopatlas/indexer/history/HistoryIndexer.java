package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Repository;

/**
 * Indexes tagged releases of one repository straight from its object database, sharing one
 * {@link BlobFactsCache} so each distinct blob is analyzed once across all releases and runs. Owns the
 * repository and the cache: {@link #close()} writes the cache and closes the repository.
 */
public final class HistoryIndexer implements AutoCloseable {
    private final Repository repository;
    private final String repositoryName;
    private final java.util.function.Supplier<BlobFactsCache> lazyCache;
    private final ReleaseSummaryStore summaries;
    private BlobFactsCache cache;
    private final TreeIndexer indexer;
    private final Consumer<String> warnings;

    public HistoryIndexer(Repository repository, BlobFactsCache cache, TreeIndexer indexer,
                          Consumer<String> warnings) {
        this(repository, () -> cache, ReleaseSummaryStore.none(), indexer, warnings);
    }

    private HistoryIndexer(Repository repository, java.util.function.Supplier<BlobFactsCache> cache,
                           ReleaseSummaryStore summaries, TreeIndexer indexer, Consumer<String> warnings) {
        this.repository = repository;
        this.repositoryName = Path.of(ReleaseTags.where(repository)).getFileName().toString();
        this.lazyCache = cache;
        this.summaries = summaries;
        this.indexer = indexer;
        this.warnings = warnings;
    }

    /**
     * Opens {@code repositoryPath} for the default indexer with {@code options}: like
     * {@link #open(Path, Path, TreeIndexer, Consumer)}, and release summaries are remembered per commit, so a
     * history indexed before re-opens without loading the blob cache or indexing anything.
     */
    public static HistoryIndexer open(Path repositoryPath, Path cacheRoot, dev.interopatlas.indexer.IndexOptions options,
                                      Consumer<String> warnings) throws IndexException {
        Repository repository = GitRepositories.open(repositoryPath);
        Path gitDir = repository.getDirectory().toPath();
        ReleaseSummaryStore store = ReleaseSummaryStore.open(BlobFactsCache.directoryFor(cacheRoot, gitDir),
                options.arch(), warnings);
        dev.interopatlas.indexer.KernelIndexer kernelIndexer = new dev.interopatlas.indexer.KernelIndexer(options);
        return new HistoryIndexer(repository, () -> openCache(cacheRoot, gitDir, warnings), store,
                kernelIndexer::index, warnings);
    }

    private static BlobFactsCache openCache(Path cacheRoot, Path gitDir, Consumer<String> warnings) {
        BlobFactsCache cache = BlobFactsCache.forRepository(cacheRoot, gitDir, warnings);
        cache.removeStaleTemporaryFiles();
        return cache;
    }

    /** Whether the blob cache has been read yet (a history re-opened from its summaries never needs it). */
    synchronized boolean blobCacheLoaded() {
        return cache != null;
    }

    /** The blob cache, read from disk the first time something needs it. */
    private synchronized BlobFactsCache blobCache() {
        if (cache == null) {
            cache = lazyCache.get();
        }
        return cache;
    }

    /**
     * Opens {@code repositoryPath} with a persistent cache under {@code cacheRoot} and the real analyzers.
     *
     * @param warnings receives one-line problems that do not stop the work (a rebuilt cache, a failed write)
     */
    public static HistoryIndexer open(Path repositoryPath, Path cacheRoot, TreeIndexer indexer,
                                      Consumer<String> warnings) throws IndexException {
        Repository repository = GitRepositories.open(repositoryPath);
        Path gitDir = repository.getDirectory().toPath();
        return new HistoryIndexer(repository, () -> openCache(cacheRoot, gitDir, warnings),
                ReleaseSummaryStore.none(), indexer, warnings);
    }

    public Repository repository() {
        return repository;
    }

    public BlobFactsCache cache() {
        return blobCache();
    }

    public List<ReleaseTag> tags(TagSelection selection) throws IndexException {
        return ReleaseTags.select(repository, selection);
    }

    public ReleaseTag tag(String name) throws IndexException {
        return ReleaseTags.find(repository, name);
    }

    /** The tree of a tag, readable while this indexer is open. */
    public GitTagTree tree(ReleaseTag tag) throws IndexException {
        return GitTagTree.open(repository, repositoryName, tag);
    }

    /** The newest {@code vX.Y} release older than {@code tag} (v6.12-rc1 and v6.12 both give v6.11), if any. */
    public Optional<ReleaseTag> previousRelease(ReleaseTag tag) throws IndexException {
        ReleaseTag previous = null;
        for (ReleaseTag release : tags(TagSelection.releases(false))) {
            if (VersionOrder.INSTANCE.compare(release.name(), tag.name()) < 0) {
                previous = release;
            }
        }
        return Optional.ofNullable(previous);
    }

    /** Indexes one tag; the cache is written afterwards so an interrupted history keeps what it learned. */
    public IndexedRelease index(ReleaseTag tag, ProgressMonitor monitor) throws IndexException {
        return index(tag, monitor, "");
    }

    private IndexedRelease index(ReleaseTag tag, ProgressMonitor monitor, String position) throws IndexException {
        monitor.checkCancelled();
        ProgressMonitor tagged = new PrefixedMonitor(monitor, position + tag.name() + ": ");
        BlobFactsCache cache = blobCache();
        CacheCounters before = cache.counters();
        tagged.beginTask("Listing files", ProgressMonitor.UNKNOWN);
        GitTagTree tree = GitTagTree.open(repository, repositoryName, tag);
        tagged.endTask();
        try (tree) {
            IndexedRelease release = new IndexedRelease(tag, indexer.index(tree, cache, tagged),
                    cache.counters().since(before));
            flushQuietly();
            return release;
        }
    }

    /** Indexes every selected tag in version order and summarizes each; indexes are not kept. */
    public Timeline timeline(TagSelection selection, ProgressMonitor monitor) throws IndexException {
        List<ReleaseTag> tags = tags(selection);
        if (tags.isEmpty()) {
            throw new IndexException("no tag of " + ReleaseTags.where(repository) + " matches "
                    + describe(selection) + "; tags there: " + String.join(", ", firstNames()));
        }
        long hits = 0;
        long parsed = 0;
        List<ReleaseSummary> summaries = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            ReleaseTag tag = tags.get(i);
            Optional<ReleaseSummary> known = this.summaries.get(tag.commit())
                    .filter(s -> s.release().equals(tag.name()));
            if (known.isPresent()) {
                summaries.add(known.get().withBlobsParsed(0));
                continue;
            }
            IndexedRelease release = index(tag, monitor, "[" + (i + 1) + "/" + tags.size() + "] ");
            ReleaseSummary summary = ReleaseSummaries.of(release.index(), release.tag().name(),
                    release.tag().commit(), (int) release.work().parsed());
            this.summaries.put(tag.commit(), summary);
            summaries.add(summary);
            hits += release.work().hits();
            parsed += release.work().parsed();
        }
        try {
            this.summaries.save();
        } catch (IOException e) {
            warnings.accept("could not save release summaries: " + e.getMessage());
        }
        return new Timeline(Timeline.SCHEMA, ReleaseTags.where(repository), IndexerVersion.INDEXER_VERSION,
                hits, parsed, summaries);
    }

    /** Indexes two tags and compares them. */
    public ReleaseDiff diff(String from, String to, ProgressMonitor monitor) throws IndexException {
        ReleaseTag fromTag = tag(from);
        ReleaseTag toTag = tag(to);
        IndexedRelease before = index(fromTag, monitor, "[1/2] ");
        IndexedRelease after = index(toTag, monitor, "[2/2] ");
        return ReleaseDiffs.between(from, before.index(), to, after.index());
    }

    private List<String> firstNames() throws IndexException {
        List<String> names = ReleaseTags.names(repository);
        return names.isEmpty() ? List.of("(none)") : names.subList(0, Math.min(30, names.size()));
    }

    private static String describe(TagSelection selection) {
        return selection.explicit().map(List::toString)
                .orElse("/" + selection.pattern().pattern() + "/" + (selection.includeRc() ? " (with -rc)" : ""));
    }

    private void flushQuietly() {
        BlobFactsCache loaded;
        synchronized (this) {
            loaded = cache;
        }
        if (loaded == null) {
            return; // never needed: nothing to write
        }
        try {
            loaded.flush();
        } catch (IOException e) {
            warnings.accept(e.getMessage());
        }
    }

    @Override
    public void close() {
        flushQuietly();
        repository.close();
    }
}
