package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.samples.SampleTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the commands' outputs go (docs/decisions/0012), seen from the command line. */
class OutputTargetsCommandTest {
    @TempDir
    static Path shared;

    static Path tree;

    @TempDir
    Path temp;

    @BeforeAll
    static void extractSample() throws Exception {
        tree = SampleTrees.extract("v6.12", shared.resolve("minikernel"));
    }

    private static CliRun metrics(Path json) {
        return CliRun.run("metrics", tree.toString(), "--json", json.toString());
    }

    @Test
    void symlinkedOutputUpdatesTheLinkedFile() throws Exception {
        Path target = Files.writeString(temp.resolve("target.json"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("link.json"), target.getFileName());
        CliRun run = metrics(link);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(target).contains("\"interop-atlas/metrics/1\""), "the target has the metrics");
    }

    /** The map (export-graph's default) writes through the same rule as every other output. */
    @Test
    void symlinkedMapExportUpdatesTheLinkedFiles() throws Exception {
        Path svg = Files.writeString(temp.resolve("slide.svg"), "old");
        Path png = Files.writeString(temp.resolve("slide.png"), "old");
        Path svgLink = Files.createSymbolicLink(temp.resolve("map.svg"), svg.getFileName());
        Path pngLink = Files.createSymbolicLink(temp.resolve("map.png"), png.getFileName());
        CliRun run = CliRun.run("export-graph", tree.toString(), "--svg", svgLink.toString(), "--png",
                pngLink.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(svgLink) && Files.isSymbolicLink(pngLink), "the links are kept");
        assertTrue(Files.readString(svg).contains("<svg"), "the SVG went to the linked file");
        assertTrue(Files.size(png) > 8, "the PNG went to the linked file");
    }

    @Test
    void mapExportIntoAMissingDirectoryCreatesNothing() {
        Path svg = temp.resolve("nonexistent/map.svg");
        CliRun run = CliRun.run("export-graph", tree.toString(), "--svg", svg.toString());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertEquals("interop-atlas export-graph: error: cannot write " + svg + ": no such directory "
                + temp.resolve("nonexistent"), lastLine(run));
        assertFalse(Files.exists(temp.resolve("nonexistent")));
    }

    @Test
    void directoryAtTheOutputPathIsRefusedInOneLine() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("out.json"));
        CliRun run = metrics(dir);
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertEquals("interop-atlas metrics: error: cannot write " + dir + ": it is a directory", lastLine(run));
        assertTrue(Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void missingOutputDirectoryIsNotCreated() {
        Path json = temp.resolve("nonexistent/dir/x.json");
        CliRun run = metrics(json);
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertEquals("interop-atlas metrics: error: cannot write " + json + ": no such directory "
                + temp.resolve("nonexistent/dir"), lastLine(run));
        assertFalse(Files.exists(temp.resolve("nonexistent")));
    }

    /** /proc refuses new files: the message has neither an exception's name nor our temporary file's. */
    @Test
    void writeErrorNamesTheOutputOnly() {
        CliRun run = metrics(Path.of("/proc/version"));
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        String line = lastLine(run);
        assertTrue(line.startsWith("interop-atlas metrics: error: cannot write /proc/version: "), line);
        assertFalse(line.contains("Exception") || line.contains(".tmp"), line);
    }

    @Test
    void failedStdoutExitsNonZeroWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream full = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        PrintStream oldOut = System.out;
        int exit;
        try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(full);
            exit = AtlasCommand.run(new String[] {"metrics", tree.toString()}, full, e);
        } finally {
            System.setOut(oldOut);
        }
        assertEquals(AtlasCommand.EXIT_ERROR, exit);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("interop-atlas metrics: error: cannot write to stdout", lines[lines.length - 1]);
    }

    private static String lastLine(CliRun run) {
        String[] lines = run.err().split("\n");
        return lines[lines.length - 1];
    }
}
