package dev.interopatlas.indexer.cache;

import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.history.BlobFactsCache;
import dev.interopatlas.indexer.history.CacheCounters;
import dev.interopatlas.indexer.history.IndexerVersion;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.ListingMemo;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.facts.ScanMemo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Facts of a working tree's files, kept between runs in a {@link BlobFactsCache} keyed by each file's git blob id,
 * as history keys the files of a tag: re-indexing an unchanged tree reads and hashes its files but parses none,
 * and an edited file is parsed again because its id changed. A damaged cache file is reported through the warning
 * sink and rebuilt. Thread-safe.
 */
public final class WorkingTreeFacts implements FactsProvider {
    private final BlobFactsCache cache;
    private final Path treeRoot;
    private final StatBlobIds blobIds;
    private final Consumer<String> warnings;
    private final List<StatScanMemo> memos = new CopyOnWriteArrayList<>();

    private WorkingTreeFacts(BlobFactsCache cache, Path treeRoot, Consumer<String> warnings) {
        this.cache = cache;
        this.treeRoot = treeRoot.toAbsolutePath().normalize();
        this.blobIds = StatBlobIds.load(file().resolveSibling(StatBlobIds.FILE_NAME), warnings);
        this.warnings = warnings;
    }

    /** The cache of the tree at {@code treeRoot}, in a folder of {@code cacheRoot} named after it. */
    public static WorkingTreeFacts open(Path cacheRoot, Path treeRoot, Consumer<String> warnings) {
        return open(cacheRoot, treeRoot, RustFileAnalyzer::analyze, CFileAnalyzer::analyze, warnings);
    }

    /**
     * {@link #open} on a daemon thread: reading the cache then overlaps listing the tree, which leaves a core
     * idle (7.3: 0.3 s on one core for 96k files).
     */
    public static CompletableFuture<WorkingTreeFacts> openInBackground(Path cacheRoot, Path treeRoot,
                                                                       Consumer<String> warnings) {
        CompletableFuture<WorkingTreeFacts> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(open(cacheRoot, treeRoot, warnings));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "interop-atlas-facts-cache");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * The memo of the directory listings of the tree at {@code treeRoot}, kept beside its facts (see
     * {@link dev.interopatlas.indexer.source.ListingMemo}); read before the walk, which it shortens.
     */
    public static ListingMemo listingMemo(Path cacheRoot, Path treeRoot, Consumer<String> warnings) {
        Path absolute = treeRoot.toAbsolutePath().normalize();
        return ListingMemo.load(BlobFactsCache.directoryFor(cacheRoot, absolute).resolve(ListingMemo.FILE_NAME),
                absolute, warnings);
    }

    /** With the given analyzers (tests count their calls). */
    public static WorkingTreeFacts open(Path cacheRoot, Path treeRoot, Function<byte[], RustFacts> rust,
                                        Function<byte[], CFileFacts> c, Consumer<String> warnings) {
        return new WorkingTreeFacts(BlobFactsCache.forWorkingTree(cacheRoot, treeRoot, rust, c,
                IndexerVersion.INDEXER_VERSION, warnings), treeRoot, warnings);
    }

    @Override
    public RustFacts rust(SourceTree tree, SourceFile file) throws IOException {
        return facts(tree, file, cache::cachedRust, cache::rust);
    }

    @Override
    public CFileFacts c(SourceTree tree, SourceFile file) throws IOException {
        return facts(tree, file, cache::cachedC, cache::c);
    }

    /**
     * From the cache when the file's stat says which blob it is and that blob's facts are cached; else the file
     * is read and hashed, and analyzed when its blob is new.
     */
    private <T> T facts(SourceTree tree, SourceFile file, Function<String, Optional<T>> cached,
                        BiFunction<String, byte[], T> analyzed) throws IOException {
        Optional<FileStat> stat = tree instanceof WorkingTree working && working.root().equals(treeRoot)
                ? FileStat.of(treeRoot.resolve(file.path())) : Optional.empty();
        Optional<String> knownBlob = stat.flatMap(s -> blobIds.known(file.path(), s));
        if (knownBlob.isPresent()) {
            Optional<T> facts = cached.apply(knownBlob.get());
            if (facts.isPresent()) {
                return facts.get();
            }
        }
        byte[] content = tree.read(file);
        String blob = GitBlobId.of(content);
        stat.ifPresent(s -> blobIds.learn(file.path(), s, blob));
        return analyzed.apply(blob, content);
    }

    /** For a working tree on disk: remembered while the files keep their size, time stamp and inode. */
    @Override
    public ScanMemo scanMemo(SourceTree tree, List<SourceFile> files) throws IOException {
        if (!(tree instanceof WorkingTree workingTree)) {
            return ScanMemo.NONE;
        }
        StatScanMemo memo = StatScanMemo.open(file().resolveSibling(StatScanMemo.FILE_NAME), workingTree.root(),
                files, IndexerVersion.INDEXER_VERSION, warnings);
        memos.add(memo);
        return memo;
    }

    /** Files parsed (cache misses) and answered from the cache so far. */
    public CacheCounters counters() {
        return cache.counters();
    }

    /** Writes the cache atomically when this run parsed, hashed or scanned anything new; a no-op otherwise. */
    public void flush() throws IOException {
        cache.flush();
        blobIds.save();
        for (StatScanMemo memo : memos) {
            memo.save();
        }
    }

    /** The cache file. */
    public Path file() {
        return cache.file().orElseThrow();
    }
}
