package dev.interopatlas.indexer.impact;

import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.history.GitTagTree;
import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.ReleaseTag;
import dev.interopatlas.indexer.history.ReleaseTags;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.model.impact.ImpactReport;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Impact between two revisions of a repository, read from the object database without a checkout, through the
 * repository's blob facts cache: a header whose blob id is the same on both sides is never compared.
 */
public final class RevisionImpact {
    private RevisionImpact() {
    }

    /**
     * @param warnings one-line problems that do not stop the work (a cache that could not be read or written)
     */
    public static ImpactReport between(HistoryIndexer history, String from, String to, ImpactAnalysis analysis,
                                       ProgressMonitor monitor, Consumer<String> warnings) throws IndexException {
        ReleaseTag older = revision(history, from);
        ReleaseTag newer = revision(history, to);
        DeclarationPrints prints = history.cache().file()
                .map(f -> DeclarationPrints.at(f.resolveSibling(DeclarationPrints.FILE_NAME), warnings))
                .orElseGet(DeclarationPrints::inMemory);
        ImpactReport report;
        try (GitTagTree before = history.tree(older); GitTagTree after = history.tree(newer)) {
            report = analysis.run(new ImpactAnalysis.Side(from, before, history.cache()),
                    new ImpactAnalysis.Side(to, after, history.cache()),
                    path -> !Objects.equals(before.file(path).flatMap(f -> f.blobId()),
                            after.file(path).flatMap(f -> f.blobId())),
                    prints, monitor);
        }
        try {
            prints.save();
        } catch (IOException e) {
            warnings.accept("could not save the impact declaration cache: " + e.getMessage());
        }
        return report;
    }

    private static String where(HistoryIndexer history) {
        java.io.File dir = history.repository().getDirectory();
        return dir == null ? "the repository" : dir.toString();
    }

    /** A tag, else anything git can resolve to a commit (a branch, a commit id, HEAD~3). */
    static ReleaseTag revision(HistoryIndexer history, String rev) throws IndexException {
        if (ReleaseTags.names(history.repository()).contains(rev)) {
            return history.tag(rev);
        }
        try {
            ObjectId commit = history.repository().resolve(rev + "^{commit}");
            if (commit != null) {
                return new ReleaseTag(rev, commit.name(), false);
            }
        } catch (IOException | RuntimeException e) {
            throw new IndexException("cannot resolve " + rev + " in " + where(history)
                    + ": " + e.getMessage(), e);
        }
        throw new IndexException("no tag or commit " + rev + " in " + where(history));
    }
}
