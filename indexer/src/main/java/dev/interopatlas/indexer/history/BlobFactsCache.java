package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Facts keyed by git blob id, so a file shared by many releases is analyzed once. Kept in memory and, for a
 * repository, persisted in one file per repository under the cache root ({@link #flush()}). A damaged,
 * truncated or other-version file on disk is reported once through the warning sink and rebuilt, never
 * trusted. Files without a blob id (working trees) are analyzed directly. Thread-safe: concurrent requests for
 * one blob analyze it once.
 */
public final class BlobFactsCache implements FactsProvider {
    static final String FILE_NAME = "facts.bin";

    private final Function<byte[], RustFacts> rustAnalyzer;
    private final Function<byte[], CFileFacts> cAnalyzer;
    private final Optional<Path> file;
    private final int indexerVersion;
    private final Consumer<String> warnings;
    private final boolean keepUsedOnly;
    private final ConcurrentHashMap<String, Memo<RustFacts>> rust = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Memo<CFileFacts>> c = new ConcurrentHashMap<>();
    private final AtomicLong parsed = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong uncached = new AtomicLong();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final Optional<String> loadProblem;
    private final int loaded;
    private volatile UnaryOperator<OutputStream> writeDecorator = UnaryOperator.identity();

    private BlobFactsCache(Function<byte[], RustFacts> rustAnalyzer, Function<byte[], CFileFacts> cAnalyzer,
                           Optional<Path> file, int indexerVersion, Consumer<String> warnings) {
        this(rustAnalyzer, cAnalyzer, file, indexerVersion, warnings, false);
    }

    private BlobFactsCache(Function<byte[], RustFacts> rustAnalyzer, Function<byte[], CFileFacts> cAnalyzer,
                           Optional<Path> file, int indexerVersion, Consumer<String> warnings,
                           boolean keepUsedOnly) {
        this.keepUsedOnly = keepUsedOnly;
        this.rustAnalyzer = rustAnalyzer;
        this.cAnalyzer = cAnalyzer;
        this.file = file;
        this.indexerVersion = indexerVersion;
        this.warnings = warnings;
        CachedFacts stored = CachedFacts.empty();
        Optional<String> problem = Optional.empty();
        if (file.isPresent()) {
            try {
                stored = CacheFile.read(file.get(), indexerVersion);
            } catch (NoSuchFileException e) {
                stored = CachedFacts.empty();
            } catch (CacheFile.Rejected | IOException e) {
                problem = Optional.of("facts cache " + file.get() + " not used, rebuilding it: " + e.getMessage());
                warnings.accept(problem.get());
                dirty.set(true);
            }
        }
        stored.rust().forEach((blob, facts) -> rust.put(blob, Memo.of(facts)));
        stored.c().forEach((blob, facts) -> c.put(blob, Memo.of(facts)));
        this.loadProblem = problem;
        this.loaded = stored.size();
    }

    /** Overrides {@link #defaultRoot()}: the build points it into target/ so tests leave the user's cache alone. */
    public static final String ROOT_PROPERTY = "interop-atlas.facts-cache";

    /** The default cache root, {@code ~/.cache/interop-atlas/facts}, or {@code -Dinterop-atlas.facts-cache}. */
    public static Path defaultRoot() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return dev.interopatlas.indexer.io.CacheRoot.directory().resolve("facts");
    }

    /** A persistent cache for the repository whose git directory is {@code gitDir}, with the real analyzers. */
    public static BlobFactsCache forRepository(Path cacheRoot, Path gitDir, Consumer<String> warnings) {
        return forRepository(cacheRoot, gitDir, RustFileAnalyzer::analyze, CFileAnalyzer::analyze,
                IndexerVersion.INDEXER_VERSION, warnings);
    }

    /** A persistent cache with the given analyzers and analyzer version (tests use fakes). */
    public static BlobFactsCache forRepository(Path cacheRoot, Path gitDir, Function<byte[], RustFacts> rust,
                                               Function<byte[], CFileFacts> c, int indexerVersion,
                                               Consumer<String> warnings) {
        Path file = directoryFor(cacheRoot, gitDir).resolve(FILE_NAME);
        return new BlobFactsCache(rust, c, Optional.of(file), indexerVersion, warnings);
    }

    /**
     * A persistent cache for the working tree at {@code treeRoot}, whose callers compute each file's blob id
     * ({@link #rust(String, byte[])}). A write keeps only the blobs this run asked for, so a tree edited for years
     * keeps a cache of about its current size.
     */
    public static BlobFactsCache forWorkingTree(Path cacheRoot, Path treeRoot, Function<byte[], RustFacts> rust,
                                                Function<byte[], CFileFacts> c, int indexerVersion,
                                                Consumer<String> warnings) {
        Path file = directoryFor(cacheRoot, treeRoot).resolve(FILE_NAME);
        return new BlobFactsCache(rust, c, Optional.of(file), indexerVersion, warnings, true);
    }

    /** A cache that lives in memory only. */
    public static BlobFactsCache inMemory(Function<byte[], RustFacts> rust, Function<byte[], CFileFacts> c) {
        return new BlobFactsCache(rust, c, Optional.empty(), IndexerVersion.INDEXER_VERSION, message -> {
        });
    }

    /**
     * The folder of one repository: its directory name plus a hash of its canonical git dir path, so two clones
     * never share facts by accident and the folder still tells a human which clone it is for.
     */
    public static Path directoryFor(Path cacheRoot, Path gitDir) {
        Path canonical;
        try {
            canonical = gitDir.toRealPath();
        } catch (IOException e) {
            canonical = gitDir.toAbsolutePath().normalize();
        }
        Path named = canonical.getFileName() != null && canonical.getFileName().toString().equals(".git")
                ? canonical.getParent() : canonical;
        String name = named == null || named.getFileName() == null ? "repo"
                : named.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return cacheRoot.resolve(name + "-" + sha256(canonical.toString()).substring(0, 16));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public RustFacts rust(SourceTree tree, SourceFile file) throws IOException {
        return lookup(rust, rustAnalyzer, tree, file);
    }

    @Override
    public CFileFacts c(SourceTree tree, SourceFile file) throws IOException {
        return lookup(c, cAnalyzer, tree, file);
    }

    /** The facts of Rust source {@code content} whose git blob id the caller computed (working trees). */
    public RustFacts rust(String blobId, byte[] content) {
        return memo(rust, blobId).get(() -> analyzed(rustAnalyzer, content), hits);
    }

    /** The facts of C source {@code content} whose git blob id the caller computed (working trees). */
    public CFileFacts c(String blobId, byte[] content) {
        return memo(c, blobId).get(() -> analyzed(cAnalyzer, content), hits);
    }

    /** The cached facts of a Rust blob, without analyzing anything when there are none. */
    public Optional<RustFacts> cachedRust(String blobId) {
        return cached(rust, blobId);
    }

    /** The cached facts of a C blob, without analyzing anything when there are none. */
    public Optional<CFileFacts> cachedC(String blobId) {
        return cached(c, blobId);
    }

    private <T> Optional<T> cached(ConcurrentHashMap<String, Memo<T>> map, String blobId) {
        Memo<T> memo = map.get(blobId);
        return memo == null ? Optional.empty() : memo.peek(hits);
    }

    private <T> T lookup(ConcurrentHashMap<String, Memo<T>> map, Function<byte[], T> analyzer, SourceTree tree,
                         SourceFile file) throws IOException {
        if (file.blobId().isEmpty()) {
            uncached.incrementAndGet();
            return analyzer.apply(tree.read(file));
        }
        Memo<T> memo = memo(map, file.blobId().get());
        try {
            return memo.get(() -> {
                try {
                    return analyzed(analyzer, tree.read(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, hits);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> Memo<T> memo(ConcurrentHashMap<String, Memo<T>> map, String blobId) {
        return map.computeIfAbsent(blobId, blob -> new Memo<>());
    }

    private <T> T analyzed(Function<byte[], T> analyzer, byte[] content) {
        T facts = analyzer.apply(content);
        parsed.incrementAndGet();
        dirty.set(true);
        return facts;
    }

    public CacheCounters counters() {
        return new CacheCounters(parsed.get(), hits.get(), uncached.get());
    }

    /** Entries read from disk when the cache was opened. */
    public int loadedFromDisk() {
        return loaded;
    }

    /** Why the file on disk was not used, when it was rejected. */
    public Optional<String> loadProblem() {
        return loadProblem;
    }

    /** The cache file, empty for an in-memory cache. */
    public Optional<Path> file() {
        return file;
    }

    /** Writes the cache atomically when it gained entries since it was read or last written. */
    public void flush() throws IOException {
        if (file.isEmpty() || !dirty.getAndSet(false)) {
            return;
        }
        try {
            CacheFile.write(file.get(), snapshot(), indexerVersion, writeDecorator);
        } catch (IOException | RuntimeException e) {
            dirty.set(true);
            throw new IOException("cannot write facts cache " + file.get() + ": " + e.getMessage(), e);
        }
    }

    private CachedFacts snapshot() {
        return new CachedFacts(values(rust), values(c));
    }

    private <T> Map<String, T> values(Map<String, Memo<T>> map) {
        Map<String, T> values = new HashMap<>(map.size() * 2);
        map.forEach((blob, memo) -> {
            if (!keepUsedOnly || memo.used()) {
                memo.value().ifPresent(value -> values.put(blob, value));
            }
        });
        return values;
    }

    /** Tests only: wraps the stream of the next writes, e.g. to fail half-way. */
    void decorateWrites(UnaryOperator<OutputStream> decorator) {
        this.writeDecorator = decorator;
    }

    /** Cleans up temporary files left by writes that were killed (older than an hour, so never a live one). */
    public void removeStaleTemporaryFiles() {
        if (file.isEmpty() || !Files.isDirectory(file.get().getParent())) {
            return;
        }
        long cutoff = System.currentTimeMillis() - 3_600_000L;
        try (var entries = Files.newDirectoryStream(file.get().getParent(), FILE_NAME + ".*.tmp")) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toMillis() < cutoff) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            warnings.accept("cannot clean up temporary files in " + file.get().getParent() + ": "
                    + e.getMessage());
        }
    }

    /** One blob's facts, computed at most once; a failed computation is retried by the next caller. */
    private static final class Memo<T> {
        private T value;
        private boolean used;

        static <T> Memo<T> of(T value) {
            Memo<T> memo = new Memo<>();
            memo.value = value;
            return memo;
        }

        synchronized T get(Supplier<T> compute, AtomicLong hits) {
            used = true;
            if (value != null) {
                hits.incrementAndGet();
                return value;
            }
            value = Objects.requireNonNull(compute.get(), "analyzer returned null");
            return value;
        }

        /** The value, counted as a hit and a use, when there is one. */
        synchronized Optional<T> peek(AtomicLong hits) {
            if (value == null) {
                return Optional.empty();
            }
            used = true;
            hits.incrementAndGet();
            return Optional.of(value);
        }

        synchronized Optional<T> value() {
            return Optional.ofNullable(value);
        }

        synchronized boolean used() {
            return used;
        }
    }
}
