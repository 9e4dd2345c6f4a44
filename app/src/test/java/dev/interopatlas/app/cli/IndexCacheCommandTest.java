package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code index TREE} keeps per-file facts between runs: the second run of an unchanged tree parses nothing. */
class IndexCacheCommandTest {
    @TempDir
    Path temp;

    @Test
    void aSecondIndexOfTheSameTreeParsesNoFileAndWritesTheSameIndex() throws Exception {
        Path tree = SampleTrees.extract("v6.12", temp.resolve("tree"));
        String cache = temp.resolve("cache").toString();
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("second.json");

        CliRun run1 = CliRun.run("index", tree.toString(), "--cache", cache, "--out", first.toString());
        assertEquals(0, run1.exit(), run1.err());
        assertTrue(run1.err().matches("(?s).*facts cache: [1-9]\\d* files parsed, 0 taken from .*"), run1.err());

        CliRun run2 = CliRun.run("index", tree.toString(), "--cache", cache, "--out", second.toString());
        assertEquals(0, run2.exit(), run2.err());
        assertTrue(run2.err().matches("(?s).*facts cache: 0 files parsed, [1-9]\\d* taken from .*"), run2.err());
        assertEquals(Files.readString(first).replaceAll("\"elapsedMillis\" : \\d+", ""),
                Files.readString(second).replaceAll("\"elapsedMillis\" : \\d+", ""));
    }

    @Test
    void noCacheParsesEverythingAndSaysNothingAboutACache() throws Exception {
        Path tree = SampleTrees.extract("v6.12", temp.resolve("tree"));
        CliRun run = CliRun.run("index", tree.toString(), "--no-cache", "--out", temp.resolve("i.json").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(!run.err().contains("facts cache"), run.err());
    }
}
