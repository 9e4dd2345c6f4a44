package dev.interopatlas.indexer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule of docs/decisions/0012 for where a command's output goes. */
class OutputFilesTest {
    private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);
    private static final PrintStream NO_STDOUT = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    private static void write(Path target) throws IOException {
        OutputFiles.write(target, out -> out.write(NEW), NO_STDOUT);
    }

    @Test
    void symlinkIsKeptAndItsTargetIsReplaced() throws Exception {
        Path target = dir.resolve("target.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link"), target.getFileName());
        write(link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(target));
    }

    @Test
    void danglingSymlinkCreatesItsTarget() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("later.json"));
        write(link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(dir.resolve("later.json")));
    }

    @Test
    void directoryIsRefusedWithOneLine() throws Exception {
        Path target = Files.createDirectory(dir.resolve("out.json"));
        OutputException e = assertThrows(OutputException.class, () -> write(target));
        assertEquals("cannot write " + target + ": it is a directory", e.getMessage());
        assertTrue(Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void socketIsRefusedAndLeftInPlace() throws Exception {
        Path socket = dir.resolve("out.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            OutputException e = assertThrows(OutputException.class, () -> write(socket));
            assertEquals("cannot write " + socket + ": it is a socket, not a regular file", e.getMessage());
            assertTrue(Files.readAttributes(socket, BasicFileAttributes.class).isOther());
        }
    }

    @Test
    void fifoIsWrittenAsAStreamAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        write(fifo);
        assertEquals("new\n", new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class).isOther());
        try (var entries = Files.list(dir)) {
            assertEquals(List.of(fifo), entries.toList(), "no temporary file beside a stream");
        }
    }

    /** {@code --json >(cmd)} and {@code /proc/self/fd/N}: a link to a pipe that is not a path of its own. */
    @Test
    void symlinkToAFifoIsWrittenThroughAsAStream() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Path link = Files.createSymbolicLink(dir.resolve("63"), fifo);
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        write(link);
        assertEquals("new\n", new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link));
    }

    /** A character device of our own (root only, as in CI): the same major/minor as /dev/null. */
    @Test
    void characterDeviceIsWrittenIntoNotReplaced() throws Exception {
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "mknod needs root");
        write(device);
        assertEquals("character", kind(device));
    }

    private static String kind(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return (mode & 0170000) == 0020000 ? "character" : Integer.toOctalString(mode);
    }

    @Test
    void missingDirectoryIsNotCreated() {
        Path target = dir.resolve("no/such/dir/x.json");
        OutputException e = assertThrows(OutputException.class, () -> write(target));
        assertEquals("cannot write " + target + ": no such directory " + dir.resolve("no/such/dir"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void dashIsStdout() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputFiles.write(Path.of("-"), out -> out.write(NEW), new PrintStream(bytes, true));
        assertEquals("new\n", bytes.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void writeErrorNamesTheTargetAndTheReasonOnly() throws Exception {
        Path target = dir.resolve("out.json");
        OutputException e = assertThrows(OutputException.class, () -> OutputFiles.write(target, out -> {
            throw new FileSystemException(dir.resolve(".out.json.tmp").toString(), null, "No space left on device");
        }, NO_STDOUT));
        assertEquals("cannot write " + target + ": No space left on device", e.getMessage());
    }

    @Test
    void staleTemporaryFilesOfDeadRunsAreRemovedAndLiveOnesKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.writeString(dir.resolve(".out.json.interop-atlas-" + gone.pid() + "-123.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".out.json.interop-atlas-" + ProcessHandle.current().pid()
                + "-456.tmp"), "busy");
        Path other = Files.writeString(dir.resolve(".other.json.interop-atlas-" + gone.pid() + "-789.tmp"), "x");
        write(dir.resolve("out.json"));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live), "a running writer's file");
        assertTrue(Files.exists(other), "only the target's own temporary files are looked at");
    }

    @Test
    void stdoutThatFailsIsReported() {
        PrintStream full = new CheckedPrintStream(new FailingStream("No space left on device"));
        OutputException e = assertThrows(OutputException.class,
                () -> OutputFiles.write(Path.of("-"), out -> out.write(NEW), full));
        assertEquals("cannot write to stdout: No space left on device", e.getMessage());
        assertFalse(e.brokenPipe());
    }

    @Test
    void stdoutWithoutItsReaderIsABrokenPipe() {
        PrintStream closed = new CheckedPrintStream(new FailingStream("Broken pipe"));
        closed.print("x");
        OutputException e = assertThrows(OutputException.class, () -> OutputFiles.checkStdout(closed));
        assertTrue(e.brokenPipe());
    }

    @Test
    void plainPrintStreamErrorsAreFoundToo() {
        PrintStream failing = new PrintStream(new FailingStream("whatever"));
        failing.print("x");
        assertThrows(OutputException.class, () -> OutputFiles.checkStdout(failing));
    }

    private static final class FailingStream extends OutputStream {
        private final String reason;

        FailingStream(String reason) {
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(reason);
        }
    }
}
