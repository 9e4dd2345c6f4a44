package dev.interopatlas.indexer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old content or the complete new one, never a torn file: the bytes
 * go to a temporary file beside the target, are forced to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFiles {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Temporary files are named {@code .NAME.interop-atlas-PID-RANDOM.tmp}: hidden, beside the target (a rename
     * does not cross file systems), and recognisably ours, with the writer's process id so that one left by a
     * killed run can be told from one being written now.
     */
    private static String tempPrefix(Path target) {
        return "." + target.getFileName() + ".interop-atlas-";
    }

    /** Deletes the temporary files of {@code prefix} whose writer no longer runs (a kill -9 during a write). */
    private static void removeStale(Path dir, String prefix) {
        try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(dir == null ? Path.of(".") : dir,
                entry -> entry.getFileName().toString().startsWith(prefix)
                        && entry.getFileName().toString().endsWith(".tmp"))) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                if (dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).isEmpty()) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Only tidying: the write itself reports what matters.
        }
    }

    /**
     * Temporary files are created owner-only; the file we leave must look like any file the user writes: the
     * old file's permissions when replacing one, else rw-r--r--.
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes {@code target}, creating its directory first (for caches; outputs go through {@link OutputFiles}). */
    public static void write(Path target, Writer writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        replace(target, writer);
    }

    /** Writes {@code target} in a directory that must exist. */
    public static void replace(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        String prefix = tempPrefix(absolute);
        removeStale(dir, prefix);
        Path temp = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + "-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp);
                 java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp,
                         java.nio.file.StandardOpenOption.WRITE)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
