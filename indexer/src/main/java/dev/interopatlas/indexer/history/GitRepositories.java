package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.IndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/** Opens a kernel clone through JGit: a work tree (with .git directory or .git file) or a bare repository. */
public final class GitRepositories {
    private GitRepositories() {
    }

    /**
     * Opens the repository at exactly {@code path} (never one of its parents, so a plain directory inside some
     * other clone is refused rather than silently read).
     */
    public static Repository open(Path path) throws IndexException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IndexException(absolute + " is not a directory; pass the path of a kernel git clone");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        Path dotGit = absolute.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            builder.setGitDir(dotGit.toFile());
        } else if (Files.isRegularFile(dotGit)) {
            builder.setWorkTree(absolute.toFile());
        } else if (RepositoryCache.FileKey.isGitRepository(absolute.toFile(), FS.DETECTED)) {
            builder.setGitDir(absolute.toFile());
        } else {
            throw new IndexException(absolute + " is not a git repository (no .git and not a bare repository);"
                    + " pass the root of a kernel clone");
        }
        Repository repository;
        try {
            repository = builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new IndexException("cannot open git repository " + absolute + ": " + e.getMessage()
                    + "; check it with `git fsck` or clone it again", e);
        }
        try {
            repository.getRefDatabase().getRefs();
        } catch (IOException e) {
            repository.close();
            throw new IndexException("cannot read the refs of git repository " + absolute + ": " + e.getMessage()
                    + "; check it with `git fsck` or clone it again", e);
        }
        return repository;
    }
}
