package dev.interopatlas.app.ui.archfixture;

import java.io.IOException;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/** Violates the JGit and the UI-indexer rules: a view listing tags with raw JGit, as ReleaseHistory once did. */
public final class ViewThatReadsGitTags {
    private ViewThatReadsGitTags() {
    }

    public static List<String> tags(Repository repository) throws IOException {
        return repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream().map(Ref::getName).toList();
    }
}
