package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.MetricsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** metrics REPO --rev vX.Y equals metrics of the unpacked release (the real corpus; skipped when absent). */
@Tag("corpus")
class CorpusRevisionTest {
    @TempDir
    Path temp;

    private static Path corpus() {
        String env = System.getenv("CORPUS");
        return env != null && !env.isBlank() && !env.startsWith("${") ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "interop-atlas", "kernel-corpus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12"})
    void revisionFromGitGivesTheSameMetricsAsTheUnpackedTree(String version) throws Exception {
        Path repo = corpus().resolve("linux-git");
        Path tree = corpus().resolve("src").resolve("linux-" + version);
        assumeTrue(Files.isDirectory(repo.resolve(".git")) && Files.isRegularFile(tree.resolve("Makefile")),
                "kernel corpus not built at " + corpus());
        Path fromGit = temp.resolve("git.json");
        Path fromDisk = temp.resolve("disk.json");
        CliRun git = CliRun.run("metrics", repo.toString(), "--rev", "v" + version, "--cache", temp.toString(),
                "--json", fromGit.toString());
        CliRun disk = CliRun.run("metrics", tree.toString(), "--json", fromDisk.toString());
        assertEquals(0, git.exit(), git.err());
        assertEquals(0, disk.exit(), disk.err());
        MetricsReport a = ModelJson.mapper().readValue(fromGit.toFile(), MetricsReport.class);
        MetricsReport b = ModelJson.mapper().readValue(fromDisk.toFile(), MetricsReport.class);
        assertEquals(Optional.of("v" + version), a.release());
        assertEquals("linux-git@v" + version, a.tree());
        assertEquals(b.files(), a.files());
        assertEquals(b.symbols(), a.symbols());
    }
}
