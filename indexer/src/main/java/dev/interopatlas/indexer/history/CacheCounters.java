package dev.interopatlas.indexer.history;

/**
 * What a {@link BlobFactsCache} did so far.
 *
 * @param parsed   blobs analyzed because they were in neither memory nor disk (cache misses)
 * @param hits     requests answered from the cache
 * @param uncached files without a blob id (working tree), analyzed every time
 */
public record CacheCounters(long parsed, long hits, long uncached) {
    /** The work done since {@code earlier}. */
    public CacheCounters since(CacheCounters earlier) {
        return new CacheCounters(parsed - earlier.parsed, hits - earlier.hits, uncached - earlier.uncached);
    }
}
