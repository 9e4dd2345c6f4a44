package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.c.CFileAnalyzer;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.ScanMemo;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.util.List;

/**
 * Facts of a patched tree: the patched files analyzed from memory, every other file asked of the base tree's
 * provider with the base tree, so its cache (keyed by the working tree's stat and blob ids) still answers.
 */
final class PatchedFacts implements FactsProvider {
    private final PatchedTree tree;
    private final FactsProvider base;

    PatchedFacts(PatchedTree tree, FactsProvider base) {
        this.tree = tree;
        this.base = base;
    }

    @Override
    public RustFacts rust(SourceTree ignored, SourceFile file) throws IOException {
        return tree.isPatched(file.path()) ? RustFileAnalyzer.analyze(tree.read(file))
                : base.rust(tree.base(), baseFile(file));
    }

    @Override
    public CFileFacts c(SourceTree ignored, SourceFile file) throws IOException {
        return tree.isPatched(file.path()) ? CFileAnalyzer.analyze(tree.read(file)) : base.c(tree.base(), baseFile(file));
    }

    /**
     * The base tree's memo of where names are declared outside the closure; it only explains unresolved names,
     * so a patch to a header outside the closure is not seen there.
     */
    @Override
    public ScanMemo scanMemo(SourceTree ignored, List<SourceFile> files) throws IOException {
        return base.scanMemo(tree.base(), tree.base().files());
    }

    private SourceFile baseFile(SourceFile file) {
        return tree.base().file(file.path()).orElse(file);
    }
}
