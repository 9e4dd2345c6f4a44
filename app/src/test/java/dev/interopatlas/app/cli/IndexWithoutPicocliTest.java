package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.samples.SampleTrees;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code index} command line run as the process runs it ({@link AtlasCommand#runAsProcess}, which reads it
 * without picocli) gives what the same command line gives through picocli: the same JSON, and for a directory that
 * is not a kernel the same one-line error and exit code.
 */
class IndexWithoutPicocliTest {
    @TempDir
    Path temp;
    private String jitBefore;

    @BeforeEach
    void keepTheTestJvmsCompilers() {
        jitBefore = System.getProperty(ShortRunCompilation.OPT_OUT_PROPERTY);
        System.setProperty(ShortRunCompilation.OPT_OUT_PROPERTY, "full");
    }

    @AfterEach
    void restore() {
        if (jitBefore == null) {
            System.clearProperty(ShortRunCompilation.OPT_OUT_PROPERTY);
        } else {
            System.setProperty(ShortRunCompilation.OPT_OUT_PROPERTY, jitBefore);
        }
    }

    @Test
    void theIndexJsonIsTheOnePicocliRunWrites() throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("minikernel"));
        Path quick = temp.resolve("quick.json");
        Path full = temp.resolve("full.json");
        Run process = run(true, "index", tree.toString(), "--no-cache", "--out", quick.toString());
        Run picocli = run(false, "index", tree.toString(), "--no-cache", "--out", full.toString());
        assertEquals(0, process.exit(), process.err());
        assertEquals(0, picocli.exit(), picocli.err());
        assertEquals(withoutElapsed(Files.readString(full)), withoutElapsed(Files.readString(quick)));
        assertTrue(Files.readString(quick).contains("\"crates\""));
    }

    @Test
    void aDirectoryThatIsNotAKernelGivesPicoclisErrorAndExitCode() throws Exception {
        Path notKernel = Files.createDirectories(temp.resolve("photos"));
        Run process = run(true, "index", notKernel.toString(), "--no-cache");
        Run picocli = run(false, "index", notKernel.toString(), "--no-cache");
        assertEquals(AtlasCommand.EXIT_ERROR, process.exit());
        assertEquals(picocli.exit(), process.exit());
        assertEquals(picocli.err(), process.err());
        assertTrue(process.err().startsWith("interop-atlas index: error: "), process.err());
    }

    private record Run(int exit, String err) {
    }

    private static Run run(boolean asProcess, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = asProcess ? AtlasCommand.runAsProcess(args, outStream, errStream)
                : AtlasCommand.run(args, outStream, errStream);
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    private static String withoutElapsed(String json) {
        return json.replaceAll("\"elapsedMillis\" : \\d+", "");
    }
}
