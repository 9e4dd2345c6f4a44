package dev.interopatlas.samples;

import static dev.interopatlas.samples.TreeAssertions.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRepositoryTest {

    @TempDir
    Path tmp;

    @Test
    void bareRepositoryHasAnAnnotatedTagPerReleaseOnALinearHistory() throws IOException {
        Path dir = SampleRepository.create(tmp.resolve("bare.git"), true);
        try (Repository repo = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
                RevWalk walk = new RevWalk(repo)) {
            assertTrue(repo.isBare());
            List<RevCommit> tagged = new ArrayList<>();
            for (String release : SampleTrees.releases()) {
                Ref ref = repo.exactRef(Constants.R_TAGS + release);
                RevObject target = walk.parseAny(ref.getObjectId());
                RevTag tag = assertInstance(RevTag.class, target, release + " is not an annotated tag");
                assertEquals(release, tag.getTagName());
                RevCommit commit = walk.parseCommit(tag.getObject());
                assertSameFiles(SourceDir.release(release), treeFiles(repo, commit), "tag " + release);
                tagged.add(commit);
            }
            assertEquals(0, tagged.get(0).getParentCount(), "the oldest release is the root commit");
            for (int i = 1; i < tagged.size(); i++) {
                assertEquals(tagged.get(i - 1), tagged.get(i).getParent(0), "tags must follow release order");
                assertTrue(tagged.get(i).getCommitTime() > tagged.get(i - 1).getCommitTime());
            }
            assertEquals(tagged.get(tagged.size() - 1).getId(), repo.resolve(SampleRepository.BRANCH));
        }
    }

    @Test
    void objectIdsAreTheSameEveryTime() throws IOException {
        Path first = SampleRepository.create(tmp.resolve("a.git"), true);
        Path second = SampleRepository.create(tmp.resolve("b.git"), true);
        for (String release : SampleTrees.releases()) {
            assertEquals(tagId(first, release), tagId(second, release), release);
        }
    }

    @Test
    void nonBareRepositoryChecksOutTheNewestRelease() throws IOException {
        Path dir = SampleRepository.create(tmp.resolve("work"), false);
        assertTrue(Files.isDirectory(dir.resolve(".git")));
        List<String> releases = SampleTrees.releases();
        SortedMap<String, byte[]> checkedOut = SourceDir.files(dir);
        checkedOut.keySet().removeIf(p -> p.startsWith(".git/"));
        assertSameFiles(SourceDir.release(releases.get(releases.size() - 1)), checkedOut, "working tree");
    }

    @Test
    void refusesADirectoryThatIsNotEmpty() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> SampleRepository.create(dir, true));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    private static ObjectId tagId(Path gitDir, String release) throws IOException {
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
            return repo.exactRef(Constants.R_TAGS + release).getObjectId();
        }
    }

    private static SortedMap<String, byte[]> treeFiles(Repository repo, RevCommit commit) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(commit.getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                files.put(tw.getPathString(), repo.open(tw.getObjectId(0)).getBytes());
            }
        }
        return files;
    }

    private static <T> T assertInstance(Class<T> type, Object value, String message) {
        assertTrue(type.isInstance(value), message);
        return type.cast(value);
    }
}
