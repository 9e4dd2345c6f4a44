package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTagTreeTest {
    @TempDir
    Path temp;

    private static Map<String, TestRepo.Entry> treeWithEveryMode() {
        Map<String, TestRepo.Entry> entries = new LinkedHashMap<>();
        entries.put("Makefile", TestRepo.Entry.file("all:\n"));
        entries.put("rust/kernel/lib.rs", TestRepo.Entry.file("pub mod sync;\n"));
        entries.put("rust/kernel/sync.rs", TestRepo.Entry.file("// sync\n"));
        entries.put("scripts/run.sh", new TestRepo.Entry("#!/bin/sh\n", FileMode.EXECUTABLE_FILE));
        entries.put("include/link.h", new TestRepo.Entry("../other.h", FileMode.SYMLINK));
        entries.put("vendor/sub", new TestRepo.Entry("", FileMode.GITLINK));
        entries.put("a.c", TestRepo.Entry.file("int a;\n"));
        entries.put("a/b.h", TestRepo.Entry.file("int b;\n"));
        return entries;
    }

    @Test
    void listsRegularAndExecutableFilesSortedWithBlobIdsSkippingSymlinksAndGitlinks() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), true)) {
            ObjectId commit = repo.commit(treeWithEveryMode());
            repo.annotatedTag("v6.1", commit);
            ReleaseTag tag = ReleaseTags.find(repo.repository(), "v6.1");
            try (GitTagTree tree = GitTagTree.open(repo.repository(), "linux", tag)) {
                List<String> paths = tree.files().stream().map(SourceFile::path).collect(Collectors.toList());
                assertEquals(List.of("Makefile", "a.c", "a/b.h", "rust/kernel/lib.rs", "rust/kernel/sync.rs",
                        "scripts/run.sh"), paths);
                SourceFile lib = tree.file("rust/kernel/lib.rs").orElseThrow();
                byte[] content = "pub mod sync;\n".getBytes(StandardCharsets.UTF_8);
                try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
                    assertEquals(Optional.of(hasher.idFor(Constants.OBJ_BLOB, content).name()), lib.blobId());
                }
                assertEquals("pub mod sync;\n", new String(tree.read(lib), StandardCharsets.UTF_8));
                assertTrue(tree.isDirectory("rust/kernel"));
                assertFalse(tree.isDirectory("include"));
                assertEquals("linux@v6.1", tree.displayName());
                assertEquals(Optional.of("v6.1"), tree.release());
            }
        }
    }

    @Test
    void eachTagSeesItsOwnTreeWithoutCheckout() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), false)) {
            repo.lightweightTag("v1.0", repo.commit(TestRepo.files("x.rs", "old")));
            repo.lightweightTag("v1.1", repo.commit(TestRepo.files("x.rs", "new", "y.rs", "added")));
            try (GitTagTree old = GitTagTree.open(repo.repository(), "linux", ReleaseTags.find(repo.repository(),
                    "v1.0"))) {
                assertEquals(1, old.files().size());
                assertEquals("old", new String(old.read(old.file("x.rs").orElseThrow()), StandardCharsets.UTF_8));
            }
            try (GitTagTree next = GitTagTree.open(repo.repository(), "linux", ReleaseTags.find(repo.repository(),
                    "v1.1"))) {
                assertEquals(2, next.files().size());
                assertEquals("new", new String(next.read(next.file("x.rs").orElseThrow()),
                        StandardCharsets.UTF_8));
            }
            assertFalse(Files.exists(temp.resolve("linux/x.rs")), "nothing is checked out");
        }
    }

    @Test
    void missingBlobIsAnIOExceptionNamingPathAndTag() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), true)) {
            repo.lightweightTag("v6.12", repo.commit(TestRepo.files("rust/kernel/lib.rs", "gone soon")));
            ReleaseTag tag = ReleaseTags.find(repo.repository(), "v6.12");
            try (GitTagTree tree = GitTagTree.open(repo.repository(), "linux", tag)) {
                SourceFile lib = tree.file("rust/kernel/lib.rs").orElseThrow();
                String id = lib.blobId().orElseThrow();
                Files.delete(repo.gitDir().resolve("objects").resolve(id.substring(0, 2)).resolve(id.substring(2)));
                IOException e = assertThrows(IOException.class, () -> tree.read(lib));
                assertTrue(e.getMessage().contains("rust/kernel/lib.rs"), e.getMessage());
                assertTrue(e.getMessage().contains("linux@v6.12"), e.getMessage());
            }
        }
    }

    @Test
    void corruptLooseObjectIsAnIOExceptionNamingPathAndTag() throws Exception {
        try (TestRepo repo = TestRepo.init(temp.resolve("linux"), true)) {
            repo.lightweightTag("v6.12", repo.commit(TestRepo.files("a.h", "int x;\n")));
            ReleaseTag tag = ReleaseTags.find(repo.repository(), "v6.12");
            try (GitTagTree tree = GitTagTree.open(repo.repository(), "linux", tag)) {
                SourceFile header = tree.file("a.h").orElseThrow();
                String id = header.blobId().orElseThrow();
                Path object = repo.gitDir().resolve("objects").resolve(id.substring(0, 2)).resolve(id.substring(2));
                object.toFile().setWritable(true);
                Files.write(object, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
                IOException e = assertThrows(IOException.class, () -> tree.read(header));
                assertTrue(e.getMessage().contains("a.h at linux@v6.12"), e.getMessage());
            }
        }
    }
}
