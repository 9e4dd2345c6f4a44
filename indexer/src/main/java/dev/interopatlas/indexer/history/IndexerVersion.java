package dev.interopatlas.indexer.history;

/** Version of the per-file analyzers whose facts the blob cache stores. */
public final class IndexerVersion {
    /**
     * Bump whenever RustFileAnalyzer or CFileAnalyzer can give different facts for the same bytes (or the facts
     * records change): every persisted blob cache written with another value is then discarded and rebuilt. The
     * release summaries stored beside it are keyed by it too: bump it as well when a summary of the same tree
     * changes (4: zerocopy's benches and pin-init's examples are no crates of their own, 7.3's vendored crates
     * went from 75 to 5; 5: the merge of main's anonymous members, opaque types, scoped bindings and crates with
     * the facts kept per working tree and the remembered outside lookups, which are keyed by it as well).
     */
    public static final int INDEXER_VERSION = 5;

    private IndexerVersion() {
    }
}
