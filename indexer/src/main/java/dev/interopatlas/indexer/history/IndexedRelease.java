package dev.interopatlas.indexer.history;

import dev.interopatlas.model.index.KernelIndex;

/**
 * The index of one tag and what it cost.
 *
 * @param work what the blob cache did for this tag alone (parsed = blobs analyzed for it)
 */
public record IndexedRelease(ReleaseTag tag, KernelIndex index, CacheCounters work) {
}
