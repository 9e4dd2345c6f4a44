package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.IndexWarning;
import dev.interopatlas.samples.SampleTrees;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trees that leave something out, and what the commands say about them (issue 14). */
class HostileTreesCommandTest {
    @TempDir
    Path temp;

    private Path sample() throws Exception {
        return SampleTrees.extract("v6.12", temp.resolve("minikernel"));
    }

    private static List<IndexWarning> warnings(CliRun run) throws Exception {
        return ModelJson.mapper().readValue(run.out().getBytes(StandardCharsets.UTF_8), KernelIndex.class).warnings();
    }

    /** A name Java cannot decode (ISO-8859-1 é in a UTF-8 locale) cannot be opened: it is named in a warning. */
    @Test
    void undecodableNamesAreWarnedAbout() throws Exception {
        Path tree = sample();
        int made = new ProcessBuilder("sh", "-c", "printf 'fn a() {}\\n' > \"$(printf 'drivers/latin\\351.rs')\""
                + " && mkdir \"$(printf 'drivers/d\\351')\"").directory(tree.toFile()).start().waitFor();
        assumeTrue(made == 0, "sh could not make the names");
        CliRun run = CliRun.run("index", tree.toString(), "--no-cache");
        assertEquals(0, run.exit(), run.err());
        List<String> paths = warnings(run).stream().map(IndexWarning::path).toList();
        assertTrue(paths.contains("drivers/latin?.rs") && paths.contains("drivers/d?"), paths.toString());
    }

    /**
     * One header of the closure that cannot be read (over the 64 MB a source file may have, SourceTree.java:19;
     * sparse, so nothing is written): a warning, and the run goes on, as for .rs files.
     */
    @Test
    void unreadableHeaderIsAWarningNotTheEndOfTheRun() throws Exception {
        Path tree = sample();
        Path header = tree.resolve("include/linux/mutex.h");
        assumeTrue(Files.exists(header));
        try (RandomAccessFile file = new RandomAccessFile(header.toFile(), "rw")) {
            file.setLength(65L << 20);
        }
        CliRun run = CliRun.run("index", tree.toString(), "--no-cache");
        assertEquals(0, run.exit(), run.err());
        assertTrue(warnings(run).stream().anyMatch(w -> w.path().equals("include/linux/mutex.h")
                && w.message().startsWith("not indexed: ")), warnings(run).toString());
    }

    @Test
    void fifoMakefileIsNotCalledMissing() throws Exception {
        Path tree = sample();
        Files.delete(tree.resolve("Makefile"));
        assumeTrue(new ProcessBuilder("mkfifo", tree.resolve("Makefile").toString()).start().waitFor() == 0);
        CliRun run = CliRun.run("index", tree.toString(), "--no-cache");
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("its Makefile is not a regular file"), run.err());
    }

    /**
     * The top level is checked before the walk (`index /` walked the whole disk for 21 s first): an unreadable
     * directory below a tree without a Makefile is never listed, so no warning about it can come first.
     */
    @Test
    void notAKernelIsToldFromItsTopLevel() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("big/include"));
        CliRun run = CliRun.run("index", dir.getParent().toString(), "--no-cache");
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertEquals("interop-atlas index: error: " + dir.getParent() + " is not a Linux kernel tree: it has no "
                + "top-level Makefile; open the top directory of a kernel checkout (the one with Makefile, include/ "
                + "and rust/)", run.err().strip());
    }

    @Test
    void missingPathListIsNamedAsSuch() throws Exception {
        Path tree = sample();
        CliRun run = CliRun.run("maintainers", tree.toString(), "--paths", temp.resolve("nope.txt").toString());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("cannot read the path list " + temp.resolve("nope.txt")
                + ": no such file"), run.err());
    }

    @Test
    void pathListInAnotherEncodingSaysSo() throws Exception {
        Path tree = sample();
        Path list = Files.write(temp.resolve("paths.txt"), new byte[] {'a', (byte) 0xe9, '\n'});
        CliRun run = CliRun.run("maintainers", tree.toString(), "--paths", list.toString());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("cannot read the path list " + list + ": not valid UTF-8"), run.err());
        assertFalse(run.err().contains("Input length"), run.err());
    }
}
