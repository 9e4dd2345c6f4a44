package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.SourceTree;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * Reads the bytes of listed files from the object database by their blob id. Safe for concurrent reads: every
 * read uses its own {@link ObjectReader}.
 */
final class GitBlobs {
    private final Repository repository;
    private final String displayName;
    /**
     * The first file whose blob could not be read. JGit drops a whole pack from its list once one object in it
     * fails to inflate, so every later read from that pack says "Missing blob" of an intact object: naming the
     * first failure tells where the damage is.
     */
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    GitBlobs(Repository repository, String displayName) {
        this.repository = repository;
        this.displayName = displayName;
    }

    byte[] read(SourceFile file) throws IOException {
        if (file.blobId().isEmpty()) {
            throw new IOException("cannot read " + file.path() + " at " + displayName + ": no blob id");
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            ObjectLoader blob = reader.open(ObjectId.fromString(file.blobId().get()), Constants.OBJ_BLOB);
            SourceTree.requireLoadableSize(blob.getSize());
            return blob.getBytes();
        } catch (IOException | IllegalArgumentException e) {
            String blob = file.path() + " (blob " + file.blobId().get() + ")";
            String before = firstFailure.compareAndExchange(null, blob);
            throw new IOException("cannot read " + file.path() + " at " + displayName + " (blob "
                    + file.blobId().get() + "): " + e.getMessage()
                    + (before == null || before.equals(blob) ? "" : ", after " + before + " failed")
                    + "; the repository may be corrupt, check it with `git fsck`", e);
        }
    }
}
