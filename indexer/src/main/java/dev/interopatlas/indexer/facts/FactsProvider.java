package dev.interopatlas.indexer.facts;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.util.List;

/**
 * Gives the per-file facts the indexer needs. The plain implementation analyzes every time; the history layer
 * supplies one keyed by git blob id, so a blob shared by many releases is analyzed once. Thread-safe.
 */
public interface FactsProvider {
    RustFacts rust(SourceTree tree, SourceFile file) throws IOException;

    CFileFacts c(SourceTree tree, SourceFile file) throws IOException;

    /**
     * Where to remember answers about {@code files} (all of them, in listing order) that took scanning each of
     * them, valid while none of them changes; {@link ScanMemo#NONE} (the default) remembers nothing.
     */
    default ScanMemo scanMemo(SourceTree tree, List<SourceFile> files) throws IOException {
        return ScanMemo.NONE;
    }
}
