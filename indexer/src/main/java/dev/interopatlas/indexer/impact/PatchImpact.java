package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.facts.FactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.impact.ImpactReport;
import java.io.IOException;
import java.util.Set;

/** Impact of a unified diff on a working tree, applied in memory: the tree is never written. */
public final class PatchImpact {
    private PatchImpact() {
    }

    /**
     * @param patch     the diff's bytes
     * @param patchName what to call it in messages and in the report ("fix.diff")
     */
    public static ImpactReport of(SourceTree tree, FactsProvider facts, byte[] patch, String patchName,
                                  ImpactAnalysis analysis, ProgressMonitor monitor)
            throws IndexException, PatchException {
        PatchedTree patched;
        try {
            patched = PatchedTree.apply(tree, UnifiedPatch.parse(patch, patchName), patchName);
        } catch (IOException e) {
            throw new IndexException("cannot apply " + patchName + " to " + tree.displayName() + ": "
                    + e.getMessage(), e);
        }
        Set<String> touched = patched.touched();
        return analysis.run(new ImpactAnalysis.Side(tree.displayName(), tree, facts),
                new ImpactAnalysis.Side(patched.displayName(), patched, new PatchedFacts(patched, facts)),
                touched::contains, monitor);
    }
}
