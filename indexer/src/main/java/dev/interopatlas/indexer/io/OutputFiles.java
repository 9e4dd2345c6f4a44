package dev.interopatlas.indexer.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes a command's output (JSON, CSV, SVG, PNG) where the user pointed it (docs/decisions/0012):
 * <ul>
 *   <li>{@code -}: stdout, checked afterwards.</li>
 *   <li>a regular file, or nothing yet: a new file written atomically beside it ({@link AtomicFiles}); through
 *       symlinks to the file they name, which is replaced while the links stay.</li>
 *   <li>a FIFO or a character device, also behind a symlink ({@code >(cmd)}, {@code /dev/stdout},
 *       {@code /proc/self/fd/1}, {@code /dev/null}): written into as a stream, since it cannot be replaced.</li>
 *   <li>anything else (a directory, a socket, a block device): refused.</li>
 *   <li>a missing directory is not created, as {@code cp} does not.</li>
 * </ul>
 * Every failure is an {@link OutputException} of one line naming the output.
 */
public final class OutputFiles {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int DIRECTORY = 0040000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int REGULAR = 0100000;
    private static final int SOCKET = 0140000;
    /** As Linux's MAXSYMLINKS. */
    private static final int MAX_LINKS = 40;

    private OutputFiles() {
    }

    /** Whether {@code target} means stdout. */
    public static boolean isStdout(Path target) {
        return target.toString().equals("-");
    }

    public static void write(Path target, byte[] content, PrintStream stdout) throws OutputException {
        write(target, out -> out.write(content), stdout);
    }

    public static void write(Path target, AtomicFiles.Writer writer, PrintStream stdout) throws OutputException {
        if (isStdout(target)) {
            writeStdout(writer, stdout);
            return;
        }
        Path file = resolveLinks(target);
        int type;
        try {
            type = type(file);
        } catch (IOException e) {
            throw failed(target, e);
        }
        switch (type) {
            case 0, REGULAR -> replace(target, file, writer);
            case FIFO, CHARACTER_DEVICE -> stream(target, file, writer);
            case DIRECTORY -> throw new OutputException("cannot write " + target + ": it is a directory", false);
            case SOCKET -> throw refused(target, "a socket");
            case BLOCK_DEVICE -> throw refused(target, "a block device");
            default -> throw refused(target, "a special file");
        }
    }

    /** Writes to stdout and checks it, since a {@link PrintStream} keeps its errors to itself. */
    public static void writeStdout(AtomicFiles.Writer writer, PrintStream stdout) throws OutputException {
        try {
            writer.writeTo(stdout);
        } catch (IOException e) {
            throw stdoutFailed(Optional.of(e));
        }
        checkStdout(stdout);
    }

    /** Flushes stdout and fails if anything written to it was lost. */
    public static void checkStdout(PrintStream stdout) throws OutputException {
        stdout.flush();
        if (stdout.checkError()) {
            throw stdoutFailed(stdout instanceof CheckedPrintStream checked ? checked.failure() : Optional.empty());
        }
    }

    private static OutputException stdoutFailed(Optional<IOException> cause) {
        Optional<String> reason = cause.map(OutputFiles::reason);
        boolean brokenPipe = reason.filter(r -> r.equalsIgnoreCase("Broken pipe")).isPresent();
        return new OutputException("cannot write to stdout" + reason.map(r -> ": " + r).orElse(""), brokenPipe);
    }

    /**
     * The path the symlinks at {@code target} lead to, followed one by one (not {@code toRealPath}) so that a
     * link to a file not yet written resolves too. A magic link of /proc ({@code pipe:[123]}) is left as it is:
     * opening it reaches the pipe.
     */
    private static Path resolveLinks(Path target) throws OutputException {
        Path path = target.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(path)) {
                return path;
            }
            try {
                if (Files.exists(path) && !Files.isRegularFile(path)) {
                    return path; // a device, FIFO, pipe or directory: the stat below decides
                }
                Path next = Files.readSymbolicLink(path);
                path = path.resolveSibling(next); // not normalized: ".." after a linked directory is its real parent
            } catch (IOException e) {
                throw failed(target, e);
            }
        }
        throw new OutputException("cannot write " + target + ": too many levels of symbolic links", false);
    }

    /** The file type bits of what {@code path} leads to, 0 when nothing is there. */
    private static int type(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        return (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
    }

    private static void replace(Path target, Path file, AtomicFiles.Writer writer) throws OutputException {
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new OutputException("cannot write " + target + ": "
                    + (Files.exists(dir) ? "not a directory " : "no such directory ") + dir, false);
        }
        try {
            AtomicFiles.replace(file, writer);
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    private static void stream(Path target, Path file, AtomicFiles.Writer writer) throws OutputException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE))) {
            writer.writeTo(out);
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    private static OutputException refused(Path target, String what) {
        return new OutputException("cannot write " + target + ": it is " + what + ", not a regular file", false);
    }

    private static OutputException failed(Path target, IOException e) {
        String reason = reason(e);
        return new OutputException("cannot write " + target + ": " + reason,
                reason.equalsIgnoreCase("Broken pipe"));
    }

    /** What went wrong, in words: the OS's reason without the (perhaps temporary) file it names. */
    public static String reason(IOException e) {
        if (e instanceof OutputException) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (e instanceof FileSystemException) {
            return "cannot be written";
        }
        return e.getMessage() == null ? "cannot be written" : e.getMessage();
    }
}
