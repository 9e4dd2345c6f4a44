package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a tag's tree reads each directory object once across tags, as git's tree diff would. */
class TreeListingsTest {
    @TempDir
    Path temp;

    /** Six directories: the top, a, a/b, a/b/c, x and x/y. */
    private static Map<String, TestRepo.Entry> six(String xyContent) {
        Map<String, TestRepo.Entry> files = TestRepo.files(
                "Makefile", "all:\n",
                "a/one.c", "1\n",
                "a/b/two.c", "2\n",
                "a/b/c/three.h", "3\n",
                "a/b/c/naïve-日本.h", "non-ASCII name\n",
                "x/four.c", "4\n",
                "x/y/five.h", xyContent);
        files.put("a/b/run.sh", new TestRepo.Entry("#!/bin/sh\n", FileMode.EXECUTABLE_FILE));
        files.put("a/link.h", new TestRepo.Entry("one.c", FileMode.SYMLINK));
        return files;
    }

    /** What JGit's recursive TreeWalk lists: regular and executable files with their blob ids, in tree order. */
    private static List<SourceFile> treeWalk(TestRepo repo, ObjectId commit) throws Exception {
        List<SourceFile> files = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo.repository());
             TreeWalk tree = new TreeWalk(repo.repository())) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    files.add(new SourceFile(tree.getPathString(), Optional.of(tree.getObjectId(0).name())));
                }
            }
        }
        return files;
    }

    private static SourceFile file(List<SourceFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void directoriesUnchangedSinceThePreviousTagAreNotReadAgain() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), true)) {
            ObjectId first = repo.commit(six("5\n"));
            ObjectId second = repo.commit(six("5, changed\n"));
            TreeListings listings = new TreeListings(repo.repository());

            List<SourceFile> firstFiles = listings.files(first.name());
            assertEquals(treeWalk(repo, first), firstFiles);
            assertEquals(6, listings.treesRead(), "every directory once");

            List<SourceFile> secondFiles = listings.files(second.name());
            assertEquals(treeWalk(repo, second), secondFiles);
            assertEquals(6 + 3, listings.treesRead(), "only the top, x and x/y changed");
            assertSame(file(firstFiles, "a/b/c/three.h"), file(secondFiles, "a/b/c/three.h"),
                    "the files of an unchanged directory are the very same objects");

            listings.files(second.name());
            assertEquals(6 + 3, listings.treesRead(), "the same tag again reads nothing");
        }
    }

    @Test
    void aDirectoryMovedUnchangedIsListedUnderItsNewPathWithoutReadingIt() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), true)) {
            ObjectId before = repo.commit(six("5\n"));
            Map<String, TestRepo.Entry> moved = new java.util.LinkedHashMap<>();
            six("5\n").forEach((path, entry) -> moved.put(path.startsWith("a/") ? "z/" + path.substring(2) : path,
                    entry));
            ObjectId after = repo.commit(moved);
            TreeListings listings = new TreeListings(repo.repository());
            listings.files(before.name());
            long read = listings.treesRead();

            List<SourceFile> files = listings.files(after.name());

            assertEquals(treeWalk(repo, after), files);
            assertTrue(files.stream().anyMatch(f -> f.path().equals("z/b/c/three.h")), files.toString());
            assertEquals(read + 1, listings.treesRead(), "only the new top-level tree");
        }
    }

    @Test
    void theTopLevelAloneIsOneTreeObject() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), true)) {
            ObjectId commit = repo.commit(six("5\n"));
            TreeListings listings = new TreeListings(repo.repository());

            TreeListings.Directory top = listings.top(commit.name());

            assertEquals(1, listings.treesRead());
            assertTrue(top.hasFile("Makefile"));
            assertTrue(top.hasDirectory("a"));
            assertFalse(top.hasDirectory("rust"));
            assertFalse(top.hasFile("a"), "a is a directory");
            assertEquals(List.of("Makefile"), top.files().stream().map(SourceFile::path).toList());
        }
    }
}
