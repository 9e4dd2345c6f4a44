package dev.interopatlas.indexer.facts;

import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;

/** Analyzes every file it is asked about, with no caching: the working-tree default. */
public final class DirectFactsProvider implements FactsProvider {
    @Override
    public RustFacts rust(SourceTree tree, SourceFile file) throws IOException {
        return RustFileAnalyzer.analyze(tree.read(file));
    }

    @Override
    public CFileFacts c(SourceTree tree, SourceFile file) throws IOException {
        return CFileAnalyzer.analyze(tree.read(file));
    }
}
