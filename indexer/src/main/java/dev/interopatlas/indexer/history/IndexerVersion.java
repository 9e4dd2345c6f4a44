package dev.interopatlas.indexer.history;

/** Version of the per-file analyzers whose facts the blob cache stores. */
public final class IndexerVersion {
    /**
     * Bump whenever RustFileAnalyzer or CFileAnalyzer can give different facts for the same bytes (or the facts
     * records change): every persisted blob cache written with another value is then discarded and rebuilt.
     */
    public static final int INDEXER_VERSION = 3;

    private IndexerVersion() {
    }
}
