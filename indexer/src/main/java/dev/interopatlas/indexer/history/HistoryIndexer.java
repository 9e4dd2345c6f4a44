package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelTreeCheck;
import dev.interopatlas.indexer.c.IncludeClosure;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import dev.interopatlas.model.metrics.IndexWarning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Repository;

/**
 * Indexes tagged releases of one repository straight from its object database, sharing one
 * {@link BlobFactsCache} so each distinct blob is analyzed once across all releases and runs. Owns the
 * repository and the cache: {@link #close()} writes the cache and closes the repository.
 */
public final class HistoryIndexer implements AutoCloseable {
    private static final CacheCounters NO_WORK = new CacheCounters(0, 0, 0);

    private final Repository repository;
    private final String repositoryName;
    private final java.util.function.Supplier<BlobFactsCache> lazyCache;
    private final ReleaseSummaryStore summaries;
    private BlobFactsCache cache;
    private final TreeIndexer indexer;
    private final Consumer<String> warnings;
    /** The arch of the indexes made here without the indexer (releases without Rust). */
    private final String arch;
    private final TreeListings listings;
    private volatile boolean compactBetweenTags;
    /** Whether a tag was indexed before (its garbage is what {@link #compactingBetweenTags()} collects). */
    private final AtomicBoolean indexedATag = new AtomicBoolean();

    public HistoryIndexer(Repository repository, BlobFactsCache cache, TreeIndexer indexer,
                          Consumer<String> warnings) {
        this(repository, () -> cache, ReleaseSummaryStore.none(), indexer, IndexOptions.defaults().arch(),
                warnings);
    }

    private HistoryIndexer(Repository repository, java.util.function.Supplier<BlobFactsCache> cache,
                           ReleaseSummaryStore summaries, TreeIndexer indexer, String arch,
                           Consumer<String> warnings) {
        this.repository = repository;
        this.repositoryName = Path.of(ReleaseTags.where(repository)).getFileName().toString();
        this.lazyCache = cache;
        this.summaries = summaries;
        this.indexer = indexer;
        this.arch = arch;
        this.warnings = warnings;
        this.listings = new TreeListings(repository);
    }

    /**
     * Opens {@code repositoryPath} for the default indexer with {@code options}: like
     * {@link #open(Path, Path, TreeIndexer, Consumer)}, and release summaries are remembered per commit, so a
     * history indexed before re-opens without loading the blob cache or indexing anything.
     */
    public static HistoryIndexer open(Path repositoryPath, Path cacheRoot, IndexOptions options,
                                      Consumer<String> warnings) throws IndexException {
        Repository repository = GitRepositories.open(repositoryPath);
        Path gitDir = repository.getDirectory().toPath();
        ReleaseSummaryStore store = ReleaseSummaryStore.open(BlobFactsCache.directoryFor(cacheRoot, gitDir),
                options.arch(), warnings);
        dev.interopatlas.indexer.KernelIndexer kernelIndexer = new dev.interopatlas.indexer.KernelIndexer(options);
        return new HistoryIndexer(repository, () -> openCache(cacheRoot, gitDir, warnings), store,
                kernelIndexer::index, options.arch(), warnings);
    }

    private static BlobFactsCache openCache(Path cacheRoot, Path gitDir, Consumer<String> warnings) {
        BlobFactsCache cache = BlobFactsCache.forRepository(cacheRoot, gitDir, warnings);
        cache.removeStaleTemporaryFiles();
        return cache;
    }

    /**
     * For batch runs (the CLI): before a tag is indexed after another, a full collection frees what the tag
     * before left behind and lets the JVM give back the heap it grew for it, so a history peaks about like its
     * largest release indexed alone (measured in the decision record on history over many tags). Off by
     * default: in the app, a full collection of its bigger heap would pause the UI once per tag.
     */
    public HistoryIndexer compactingBetweenTags() {
        compactBetweenTags = true;
        return this;
    }

    /** Tree objects read to list tags so far (tests: directories unchanged between tags are read once). */
    long treesRead() {
        return listings.treesRead();
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
                ReleaseSummaryStore.none(), indexer, IndexOptions.defaults().arch(), warnings);
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

    /**
     * The tree of a tag, readable while this indexer is open. Directories unchanged since the tree listed before
     * are not read again.
     */
    public GitTagTree tree(ReleaseTag tag) throws IndexException {
        return GitTagTree.open(listings, repository, repositoryName, tag);
    }

    /** The newest {@code vX.Y} release older than {@code tag} (v6.12-rc1 and v6.12 both give v6.11), if any. */
    public Optional<ReleaseTag> previousRelease(ReleaseTag tag) throws IndexException {
        List<ReleaseTag> releases = tags(TagSelection.releases(false));
        Optional<String> previous = ReleaseLine.previous(releases.stream().map(ReleaseTag::name).toList(), tag.name());
        return releases.stream().filter(r -> previous.filter(r.name()::equals).isPresent()).findFirst();
    }

    /** The {@code vX.Y} releases older than {@code tag}, oldest first ({@link ReleaseLine#before}). */
    public List<ReleaseTag> releasesBefore(ReleaseTag tag) throws IndexException {
        List<ReleaseTag> releases = tags(TagSelection.releases(false));
        List<String> older = ReleaseLine.before(releases.stream().map(ReleaseTag::name).toList(), tag.name());
        return releases.stream().filter(r -> older.contains(r.name())).toList();
    }

    /**
     * The {@code vX.Y} tag names of the repository at {@code path} in version order; none when it is no git
     * repository (bare, or a work tree with .git) or cannot be read.
     */
    public static List<String> releaseNames(Path path) {
        try (Repository repository = GitRepositories.open(path)) {
            TagSelection releases = TagSelection.releases(false);
            return ReleaseTags.names(repository).stream().filter(releases::matches).sorted(VersionOrder.INSTANCE)
                    .toList();
        } catch (IndexException e) {
            return List.of();
        }
    }

    /**
     * Indexes one tag; the cache is written afterwards so an interrupted history keeps what it learned. A kernel
     * release whose tree has no {@code rust/} (every release before v6.1) or no rust/bindings/bindings_helper.h is
     * a release without Rust: all zero. A tree that is no kernel at all is still an error.
     */
    public IndexedRelease index(ReleaseTag tag, ProgressMonitor monitor) throws IndexException {
        return index(tag, monitor, "", false);
    }

    /** @param summaryOnly the index only feeds a timeline point: a tag without rust/ need not be listed further */
    private IndexedRelease index(ReleaseTag tag, ProgressMonitor monitor, String position, boolean summaryOnly)
            throws IndexException {
        monitor.checkCancelled();
        ProgressMonitor tagged = new PrefixedMonitor(monitor, position + tag.name() + ": ");
        tagged.beginTask("Listing files", ProgressMonitor.UNKNOWN);
        if (summaryOnly) {
            TopLevelTree top = topLevel(tag);
            if (!top.isDirectory("rust")) {
                tagged.endTask();
                KernelTreeCheck.requireKernelTree(top);
                return new IndexedRelease(tag, ReleaseWithoutRust.index(top, arch, List.of()), NO_WORK);
            }
        }
        GitTagTree tree = tree(tag);
        tagged.endTask();
        try (tree) {
            if (tree.file(IncludeClosure.BINDINGS_HELPER).isEmpty()) {
                KernelTreeCheck.requireKernelTree(tree);
                List<IndexWarning> why = !tree.isDirectory("rust") ? List.of()
                        : List.of(new IndexWarning(IncludeClosure.BINDINGS_HELPER, 0, "missing: nothing for "
                        + "bindgen, so no kernel crate; counted as a release without Rust"));
                return new IndexedRelease(tag, ReleaseWithoutRust.index(tree, arch, why), NO_WORK);
            }
            if (indexedATag.getAndSet(true) && compactBetweenTags) {
                System.gc();
            }
            BlobFactsCache cache = blobCache();
            CacheCounters before = cache.counters();
            IndexedRelease release = new IndexedRelease(tag, indexer.index(tree, cache, tagged),
                    cache.counters().since(before));
            flushQuietly();
            return release;
        }
    }

    private TopLevelTree topLevel(ReleaseTag tag) throws IndexException {
        try {
            return new TopLevelTree(repository, repositoryName + "@" + tag.name(), tag,
                    listings.top(tag.commit()));
        } catch (IOException e) {
            throw GitTagTree.unreadable(repository, repositoryName, tag, e);
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
            IndexedRelease release = index(tag, monitor, "[" + (i + 1) + "/" + tags.size() + "] ", true);
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
        IndexedRelease before = index(fromTag, monitor, "[1/2] ", false);
        IndexedRelease after = index(toTag, monitor, "[2/2] ", false);
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
