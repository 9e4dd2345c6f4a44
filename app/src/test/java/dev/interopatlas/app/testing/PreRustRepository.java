package dev.interopatlas.app.testing;

import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The sample repository plus 50 releases from before Rust, as a real clone has them: v2.6.30 … v2.6.39,
 * v3.0 … v3.19, v4.0 … v4.9 and v5.0 … v5.9. Each is the sample's oldest release without rust/ and without any
 * .rs file, its Makefile saying its own version, so every tree differs.
 */
public final class PreRustRepository {
    private static final PersonIdent WHO = new PersonIdent("Old Kernel", "old@interop-atlas.invalid",
            Instant.parse("2010-01-01T00:00:00Z"), ZoneOffset.UTC);

    private PreRustRepository() {
    }

    /** The 50 versions without Rust, oldest first. */
    public static List<String> versionsWithoutRust() {
        List<String> versions = new ArrayList<>();
        for (int sub = 30; sub <= 39; sub++) {
            versions.add("v2.6." + sub);
        }
        for (int minor = 0; minor <= 19; minor++) {
            versions.add("v3." + minor);
        }
        for (int minor = 0; minor <= 9; minor++) {
            versions.add("v4." + minor);
        }
        for (int minor = 0; minor <= 9; minor++) {
            versions.add("v5." + minor);
        }
        return versions;
    }

    /** Creates the bare repository in {@code dir} (absent or empty). */
    public static Path create(Path dir) throws IOException {
        SampleRepository.create(dir, true);
        try (Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
             ObjectInserter inserter = repository.newObjectInserter();
             RevWalk walk = new RevWalk(repository)) {
            String oldest = SampleTrees.releases().get(0);
            RevCommit base = walk.parseCommit(repository.resolve(Constants.R_TAGS + oldest + "^{commit}"));
            for (String version : versionsWithoutRust()) {
                ObjectId tree = treeWithoutRust(repository, inserter, base, version);
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(tree);
                commit.setAuthor(WHO);
                commit.setCommitter(WHO);
                commit.setMessage("Linux " + version + "\n");
                ObjectId commitId = inserter.insert(commit);
                TagBuilder tag = new TagBuilder();
                tag.setObjectId(commitId, Constants.OBJ_COMMIT);
                tag.setTag(version);
                tag.setTagger(WHO);
                tag.setMessage("Linux " + version + "\n");
                ObjectId tagId = inserter.insert(tag);
                inserter.flush();
                RefUpdate update = repository.updateRef(Constants.R_TAGS + version);
                update.setNewObjectId(tagId);
                RefUpdate.Result result = update.update();
                if (result != RefUpdate.Result.NEW) {
                    throw new IOException("cannot tag " + version + ": " + result);
                }
            }
        }
        return dir;
    }

    private static ObjectId treeWithoutRust(Repository repository, ObjectInserter inserter, RevCommit base,
                                            String version) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(base.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                String path = walk.getPathString();
                if (path.startsWith("rust/") || path.endsWith(".rs")) {
                    continue;
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(walk.getFileMode(0));
                entry.setObjectId(path.equals("Makefile")
                        ? inserter.insert(Constants.OBJ_BLOB, makefile(repository, walk.getObjectId(0), version))
                        : walk.getObjectId(0));
                builder.add(entry);
            }
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    /** The sample's Makefile with VERSION, PATCHLEVEL and SUBLEVEL of {@code version} (v2.6.30: 2, 6, 30). */
    private static byte[] makefile(Repository repository, ObjectId blob, String version) throws IOException {
        String[] parts = version.substring(1).split("\\.");
        String text = new String(repository.open(blob).getBytes(), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^VERSION = .*$", "VERSION = " + parts[0])
                .replaceFirst("(?m)^PATCHLEVEL = .*$", "PATCHLEVEL = " + parts[1])
                .replaceFirst("(?m)^SUBLEVEL = .*$", "SUBLEVEL = " + (parts.length > 2 ? parts[2] : "0"));
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
