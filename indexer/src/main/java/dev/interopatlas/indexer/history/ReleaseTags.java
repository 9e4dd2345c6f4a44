package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

/** Lists the tags of a repository, peeled to commits, in version order (v6.1 &lt; v6.12-rc1 &lt; v6.12). */
public final class ReleaseTags {
    private static final int LISTED_IN_MESSAGES = 30;

    private ReleaseTags() {
    }

    /**
     * The selected tags, oldest version first. Tags matched by a pattern that do not point to a commit (Linux has
     * a tag of a bare tree) are skipped; an explicit tag that is missing or not a commit is an error.
     */
    public static List<ReleaseTag> select(Repository repository, TagSelection selection) throws IndexException {
        Map<String, Ref> all = allTags(repository);
        List<ReleaseTag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            if (selection.explicit().isPresent()) {
                for (String name : selection.explicit().get()) {
                    Ref ref = all.get(name);
                    if (ref == null) {
                        throw new IndexException("tag " + name + " not found in " + where(repository)
                                + "; tags there: " + listing(all.keySet()));
                    }
                    ReleaseTag tag = peel(repository, walk, name, ref);
                    if (tag == null) {
                        throw new IndexException("tag " + name + " in " + where(repository)
                                + " does not point to a commit; pick a release tag");
                    }
                    if (!tags.contains(tag)) {
                        tags.add(tag);
                    }
                }
            } else {
                for (Map.Entry<String, Ref> entry : all.entrySet()) {
                    if (selection.matches(entry.getKey())) {
                        ReleaseTag tag = peel(repository, walk, entry.getKey(), entry.getValue());
                        if (tag != null) {
                            tags.add(tag);
                        }
                    }
                }
            }
        }
        tags.sort(Comparator.comparing(ReleaseTag::name, VersionOrder.INSTANCE));
        return tags;
    }

    /** One tag, which must exist and point to a commit. */
    public static ReleaseTag find(Repository repository, String name) throws IndexException {
        return select(repository, TagSelection.explicit(List.of(name))).get(0);
    }

    /** Every tag name, version-sorted. */
    public static List<String> names(Repository repository) throws IndexException {
        List<String> names = new ArrayList<>(allTags(repository).keySet());
        names.sort(VersionOrder.INSTANCE);
        return names;
    }

    private static Map<String, Ref> allTags(Repository repository) throws IndexException {
        try {
            Map<String, Ref> tags = new TreeMap<>();
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                tags.put(ref.getName().substring(Constants.R_TAGS.length()), ref);
            }
            return tags;
        } catch (IOException e) {
            throw new IndexException("cannot list the tags of " + where(repository) + ": " + e.getMessage()
                    + "; check it with `git fsck`", e);
        }
    }

    private static ReleaseTag peel(Repository repository, RevWalk walk, String name, Ref ref)
            throws IndexException {
        try {
            RevObject object = walk.parseAny(ref.getObjectId());
            boolean annotated = object instanceof RevTag;
            RevObject peeled = walk.peel(object);
            return peeled instanceof RevCommit ? new ReleaseTag(name, peeled.name(), annotated) : null;
        } catch (IOException e) {
            throw new IndexException("cannot read tag " + name + " in " + where(repository) + ": "
                    + e.getMessage() + "; the repository may be corrupt, check it with `git fsck`", e);
        }
    }

    static String where(Repository repository) {
        if (!repository.isBare()) {
            return repository.getWorkTree().toString();
        }
        File dir = repository.getDirectory();
        return dir.getName().equals(Constants.DOT_GIT) ? dir.getParent() : dir.toString();
    }

    private static String listing(Collection<String> names) {
        if (names.isEmpty()) {
            return "(none)";
        }
        List<String> sorted = names.stream().sorted(VersionOrder.INSTANCE).collect(Collectors.toList());
        String shown = String.join(", ", sorted.subList(0, Math.min(LISTED_IN_MESSAGES, sorted.size())));
        return sorted.size() > LISTED_IN_MESSAGES
                ? shown + ", … (" + (sorted.size() - LISTED_IN_MESSAGES) + " more)" : shown;
    }
}
