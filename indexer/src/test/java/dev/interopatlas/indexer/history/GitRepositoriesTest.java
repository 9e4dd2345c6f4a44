package dev.interopatlas.indexer.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoriesTest {
    @TempDir
    Path temp;

    @Test
    void opensWorkTreeByItsRoot() throws Exception {
        Path dir = temp.resolve("clone");
        try (TestRepo repo = TestRepo.init(dir, false)) {
            repo.commit(TestRepo.files("Makefile", "all:\n"));
        }
        try (Repository repository = GitRepositories.open(dir)) {
            assertEquals(dir.resolve(".git").toRealPath(), repository.getDirectory().toPath().toRealPath());
            assertFalse(repository.isBare());
        }
    }

    @Test
    void opensBareRepository() throws Exception {
        Path dir = temp.resolve("bare.git");
        TestRepo.init(dir, true).close();
        try (Repository repository = GitRepositories.open(dir)) {
            assertTrue(repository.isBare());
        }
    }

    @Test
    void opensGitDirMarkedBareInsideFolderLikeTheCorpus() throws Exception {
        Path dir = temp.resolve("linux-git");
        try (TestRepo repo = TestRepo.init(dir, false)) {
            StoredConfig config = repo.repository().getConfig();
            config.setBoolean("core", null, "bare", true);
            config.save();
        }
        try (Repository repository = GitRepositories.open(dir)) {
            assertTrue(repository.isBare());
            assertEquals("linux-git", Path.of(ReleaseTags.where(repository)).getFileName().toString());
        }
    }

    @Test
    void plainDirectoryIsRefusedWithPathAndFix() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("plain"));
        IndexException e = assertThrows(IndexException.class, () -> GitRepositories.open(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a git repository"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void subdirectoryOfCloneIsRefusedRatherThanOpeningTheParent() throws Exception {
        Path dir = temp.resolve("clone");
        TestRepo.init(dir, false).close();
        Path sub = Files.createDirectories(dir.resolve("drivers"));
        assertThrows(IndexException.class, () -> GitRepositories.open(sub));
    }

    @Test
    void missingPathIsRefused() {
        Path missing = temp.resolve("nowhere");
        IndexException e = assertThrows(IndexException.class, () -> GitRepositories.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void corruptRefsAreReportedNamingTheRepository() throws Exception {
        Path dir = temp.resolve("broken");
        try (TestRepo repo = TestRepo.init(dir, false)) {
            repo.commit(TestRepo.files("a", "1"));
        }
        Files.writeString(dir.resolve(".git/packed-refs"), "this is not a packed-refs file\n");
        IndexException e = assertThrows(IndexException.class, () -> {
            try (Repository repository = GitRepositories.open(dir)) {
                ReleaseTags.names(repository);
            }
        });
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }
}
