package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobFactsCacheTest {
    @TempDir
    Path temp;

    private TestRepo repo;
    private Path cacheRoot;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        repo = TestRepo.init(temp.resolve("linux"), true);
        cacheRoot = temp.resolve("cache");
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    private BlobFactsCache open(FakeAnalyzers fakes) {
        return open(fakes, IndexerVersion.INDEXER_VERSION);
    }

    private BlobFactsCache open(FakeAnalyzers fakes, int version) {
        return BlobFactsCache.forRepository(cacheRoot, repo.gitDir(), fakes::rust, fakes::c, version,
                warnings::add);
    }

    private GitTagTree tree(String tag) throws Exception {
        return GitTagTree.open(repo.repository(), "linux", ReleaseTags.find(repo.repository(), tag));
    }

    /** Asks the cache for the facts of every .rs and .h file of a tree, like the indexer does. */
    private static void readAll(BlobFactsCache cache, GitTagTree tree) throws IOException {
        for (SourceFile file : tree.files()) {
            if (file.path().endsWith(".rs")) {
                cache.rust(tree, file);
            } else if (file.path().endsWith(".h")) {
                cache.c(tree, file);
            }
        }
    }

    private static Map<String, TestRepo.Entry> release(int changed, int total) {
        Map<String, TestRepo.Entry> files = new LinkedHashMap<>();
        for (int i = 0; i < total; i++) {
            String version = i < changed ? "v2" : "v1";
            files.put("drivers/d" + i + ".rs", TestRepo.Entry.file("// driver " + i + " " + version + "\n"));
            files.put("include/h" + i + ".h", TestRepo.Entry.file("/* header " + i + " */\n"));
        }
        return files;
    }

    private void tagTwoReleases(int changedInSecond, int total) throws Exception {
        repo.annotatedTag("v6.1", repo.commit(release(0, total)));
        repo.annotatedTag("v6.2", repo.commit(release(changedInSecond, total)));
    }

    @Test
    void tagSharingAllButKBlobsParsesExactlyK() throws Exception {
        tagTwoReleases(3, 20);
        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache cache = open(fakes);
        try (GitTagTree first = tree("v6.1"); GitTagTree second = tree("v6.2")) {
            readAll(cache, first);
            CacheCounters afterFirst = cache.counters();
            assertEquals(40, afterFirst.parsed());
            readAll(cache, second);
            CacheCounters secondOnly = cache.counters().since(afterFirst);
            assertEquals(3, secondOnly.parsed());
            assertEquals(37, secondOnly.hits());
            assertEquals(3, fakes.rustCalls.get() - 20);
            assertEquals(20, fakes.cCalls.get());
        }
    }

    @Test
    void cachedFactsEqualFreshAnalysis() throws Exception {
        repo.lightweightTag("v6.1", repo.commit(TestRepo.files("a.rs", "unsafe { bindings::foo() }\nkernel::x\n",
                "a.h", "int a;\n")));
        BlobFactsCache cache = open(new FakeAnalyzers());
        try (GitTagTree tree = tree("v6.1")) {
            SourceFile rs = tree.file("a.rs").orElseThrow();
            RustFacts first = cache.rust(tree, rs);
            assertEquals(FakeAnalyzers.rustFactsFor("unsafe { bindings::foo() }\nkernel::x\n"), first);
            assertEquals(first, cache.rust(tree, rs));
        }
    }

    @Test
    void reopenedCacheReadsFromDiskWithZeroParsesAndEqualFacts() throws Exception {
        tagTwoReleases(2, 10);
        Map<String, Object> before = new LinkedHashMap<>();
        BlobFactsCache cache = open(new FakeAnalyzers());
        try (GitTagTree tree = tree("v6.2")) {
            for (SourceFile file : tree.files()) {
                before.put(file.path(), file.path().endsWith(".rs") ? cache.rust(tree, file) : cache.c(tree, file));
            }
        }
        cache.flush();
        assertTrue(Files.isRegularFile(cache.file().orElseThrow()));

        FakeAnalyzers fresh = new FakeAnalyzers();
        BlobFactsCache reopened = open(fresh);
        assertEquals(20, reopened.loadedFromDisk());
        try (GitTagTree tree = tree("v6.2")) {
            for (SourceFile file : tree.files()) {
                Object facts = file.path().endsWith(".rs") ? reopened.rust(tree, file) : reopened.c(tree, file);
                assertEquals(before.get(file.path()), facts, file.path());
            }
        }
        assertEquals(0, fresh.rustCalls.get() + fresh.cCalls.get());
        assertEquals(new CacheCounters(0, 20, 0), reopened.counters());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void flushWithoutNewFactsDoesNotRewrite() throws Exception {
        tagTwoReleases(0, 2);
        BlobFactsCache cache = open(new FakeAnalyzers());
        try (GitTagTree tree = tree("v6.1")) {
            readAll(cache, tree);
        }
        cache.flush();
        Path file = cache.file().orElseThrow();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000L));
        BlobFactsCache reopened = open(new FakeAnalyzers());
        try (GitTagTree tree = tree("v6.1")) {
            readAll(reopened, tree);
        }
        reopened.flush();
        assertEquals(1_000_000L, Files.getLastModifiedTime(file).toMillis());
    }

    private Path populatedCacheFile() throws Exception {
        tagTwoReleases(1, 5);
        BlobFactsCache cache = open(new FakeAnalyzers());
        try (GitTagTree tree = tree("v6.1")) {
            readAll(cache, tree);
        }
        cache.flush();
        return cache.file().orElseThrow();
    }

    private void assertRejectedThenRebuilt(String expectedReason) throws Exception {
        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache rebuilt = open(fakes);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(expectedReason), warnings.get(0));
        assertTrue(warnings.get(0).contains(rebuilt.file().orElseThrow().toString()), warnings.get(0));
        assertTrue(rebuilt.loadProblem().isPresent());
        assertEquals(0, rebuilt.loadedFromDisk());
        try (GitTagTree tree = tree("v6.1")) {
            readAll(rebuilt, tree);
        }
        assertEquals(10, fakes.rustCalls.get() + fakes.cCalls.get(), "everything parsed again");
        rebuilt.flush();

        FakeAnalyzers again = new FakeAnalyzers();
        BlobFactsCache healthy = open(again);
        assertEquals(1, warnings.size(), "the rebuilt file is accepted: " + warnings);
        assertEquals(10, healthy.loadedFromDisk());
    }

    @Test
    void truncatedCacheIsReportedOnceAndRebuilt() throws Exception {
        Path file = populatedCacheFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRejectedThenRebuilt("truncated");
    }

    @Test
    void cacheShorterThanItsHeaderIsRejected() throws Exception {
        Path file = populatedCacheFile();
        Files.write(file, new byte[] {'I', 'A'});
        assertRejectedThenRebuilt("truncated");
    }

    @Test
    void flippedPayloadByteFailsTheChecksum() throws Exception {
        Path file = populatedCacheFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 5] ^= 0x40;
        Files.write(file, bytes);
        assertRejectedThenRebuilt("checksum");
    }

    @Test
    void foreignFileIsRejectedByMagic() throws Exception {
        Path file = populatedCacheFile();
        Files.writeString(file, "{\"rust\": {}, \"c\": {}} and some padding to pass the header length");
        assertRejectedThenRebuilt("magic");
    }

    @Test
    void cacheOfAnotherIndexerVersionIsRejected() throws Exception {
        Path file = populatedCacheFile();
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(CacheFile.MAGIC.length + 4, IndexerVersion.INDEXER_VERSION - 1);
        Files.write(file, bytes);
        assertRejectedThenRebuilt("indexer version " + (IndexerVersion.INDEXER_VERSION - 1));
    }

    @Test
    void cacheWrittenByAnOlderAnalyzerIsNotUsedByANewerOne() throws Exception {
        tagTwoReleases(0, 3);
        BlobFactsCache old = open(new FakeAnalyzers(), 7);
        try (GitTagTree tree = tree("v6.1")) {
            readAll(old, tree);
        }
        old.flush();
        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache newer = open(fakes, 8);
        assertEquals(0, newer.loadedFromDisk());
        assertTrue(warnings.get(0).contains("written by indexer version 7, this is version 8"), warnings.get(0));
    }

    @Test
    void writeFailingHalfWayLeavesThePreviousCacheUsable() throws Exception {
        populatedCacheFile();
        BlobFactsCache second = open(new FakeAnalyzers());
        try (GitTagTree tree = tree("v6.2")) {
            readAll(second, tree);
        }
        second.decorateWrites(out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 100) {
                    throw new IOException("disk full (simulated)");
                }
                super.write(b);
            }
        });
        IOException e = assertThrows(IOException.class, second::flush);
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        try (var leftovers = Files.list(second.file().orElseThrow().getParent())) {
            assertEquals(List.of(BlobFactsCache.FILE_NAME),
                    leftovers.map(p -> p.getFileName().toString()).toList(), "temp file removed");
        }

        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache third = open(fakes);
        assertEquals(10, third.loadedFromDisk(), "the v6.1 facts survive");
        assertTrue(warnings.isEmpty(), warnings.toString());
        try (GitTagTree tree = tree("v6.1")) {
            readAll(third, tree);
        }
        assertEquals(0, fakes.rustCalls.get() + fakes.cCalls.get());
    }

    @Test
    void tempFileLeftByAKilledWriteIsIgnored() throws Exception {
        Path file = populatedCacheFile();
        Path leftover = file.resolveSibling(BlobFactsCache.FILE_NAME + ".123.tmp");
        Files.write(leftover, java.util.Arrays.copyOf(Files.readAllBytes(file), 40));
        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache reopened = open(fakes);
        assertEquals(10, reopened.loadedFromDisk());
        assertTrue(warnings.isEmpty(), warnings.toString());
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.fromMillis(0));
        reopened.removeStaleTemporaryFiles();
        assertFalse(Files.exists(leftover));
    }

    @Test
    void filesWithoutBlobIdAreAnalyzedEveryTime() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("tree"));
        Files.writeString(dir.resolve("a.rs"), "fn a() {}\n");
        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache cache = open(fakes);
        try (WorkingTree tree = WorkingTree.open(dir)) {
            SourceFile file = tree.file("a.rs").orElseThrow();
            assertEquals(FakeAnalyzers.rustFactsFor("fn a() {}\n"), cache.rust(tree, file));
            cache.rust(tree, file);
        }
        assertEquals(2, fakes.rustCalls.get());
        assertEquals(new CacheCounters(0, 0, 2), cache.counters());
    }

    @Test
    void concurrentCallersParseEachBlobOnce() throws Exception {
        repo.lightweightTag("v6.1", repo.commit(release(0, 8)));
        FakeAnalyzers fakes = new FakeAnalyzers();
        CountDownLatch gate = new CountDownLatch(1);
        BlobFactsCache cache = BlobFactsCache.inMemory(bytes -> {
            await(gate);
            return fakes.rust(bytes);
        }, fakes::c);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (GitTagTree tree = tree("v6.1")) {
            List<Future<RustFacts>> results = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (SourceFile file : tree.files()) {
                    if (file.path().endsWith(".rs")) {
                        results.add(pool.submit(() -> cache.rust(tree, file)));
                    }
                }
            }
            gate.countDown();
            for (Future<RustFacts> result : results) {
                result.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, fakes.rustCalls.get());
        fakes.callsByContent.values().forEach(count -> assertEquals(1, count.get()));
        assertEquals(new CacheCounters(8, 56, 0), cache.counters());
    }

    @Test
    void failedReadIsReportedAndRetriedNotCached() throws Exception {
        ObjectId commit = repo.commit(TestRepo.files("a.rs", "fn a() {}\n"));
        repo.lightweightTag("v6.1", commit);
        FakeAnalyzers fakes = new FakeAnalyzers();
        BlobFactsCache cache = open(fakes);
        try (GitTagTree tree = tree("v6.1")) {
            SourceFile real = tree.file("a.rs").orElseThrow();
            SourceFile bogus = new SourceFile("b.rs", java.util.Optional.of(ObjectId.zeroId().name()));
            IOException e = assertThrows(IOException.class, () -> cache.rust(tree, bogus));
            assertTrue(e.getMessage().contains("b.rs"), e.getMessage());
            assertThrows(IOException.class, () -> cache.rust(tree, bogus));
            cache.rust(tree, real);
        }
        assertEquals(new CacheCounters(1, 0, 0), cache.counters());
    }

    @Test
    void eachRepositoryGetsItsOwnNamedFolder() throws Exception {
        Path a = BlobFactsCache.directoryFor(cacheRoot, repo.gitDir());
        Path other = Files.createDirectories(temp.resolve("elsewhere/linux"));
        Path b = BlobFactsCache.directoryFor(cacheRoot, other);
        assertTrue(a.getFileName().toString().startsWith("linux-"), a.toString());
        assertTrue(b.getFileName().toString().startsWith("linux-"), b.toString());
        assertFalse(a.equals(b));
        assertEquals(a, BlobFactsCache.directoryFor(cacheRoot, repo.gitDir().resolve("objects/..")));
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
