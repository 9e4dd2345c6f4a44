package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.MetricsReport;
import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history, diff and metrics --rev on the minikernel sample repository (tags v6.1, v6.8, v6.12, v7.3). */
class HistoryCommandsTest {
    @TempDir
    static Path shared;

    static Path repo;

    @TempDir
    Path temp;

    @BeforeAll
    static void createRepository() throws Exception {
        repo = SampleRepository.create(shared.resolve("minikernel.git"), true);
    }

    private String cache() {
        return temp.resolve("cache").toString();
    }

    @Test
    void historyWritesTimelineAndSecondRunParsesNothing() throws Exception {
        Path json = temp.resolve("timeline.json");
        CliRun first = CliRun.run("history", repo.toString(), "--cache", cache(), "--json", json.toString());
        assertEquals(0, first.exit(), first.err());
        Timeline timeline = ModelJson.mapper().readValue(json.toFile(), Timeline.class);
        assertEquals(Timeline.SCHEMA, timeline.schema());
        assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), timeline.releases().stream().map(ReleaseSummary::release)
                .collect(Collectors.toList()));
        assertTrue(timeline.releases().get(0).blobsParsed() > 0);
        assertTrue(timeline.cacheHits() > 0, "the sample releases share files");
        assertTrue(first.err().contains("[1/4] v6.1: Lexing Rust files"), first.err());
        assertTrue(first.err().contains("[4/4] v7.3: "), first.err());

        CliRun second = CliRun.run("history", repo.toString(), "--cache", cache(), "--json", json.toString());
        assertEquals(0, second.exit(), second.err());
        Timeline again = ModelJson.mapper().readValue(json.toFile(), Timeline.class);
        assertEquals(0, again.blobsParsed());
        for (int i = 0; i < 4; i++) {
            ReleaseSummary before = timeline.releases().get(i);
            ReleaseSummary after = again.releases().get(i);
            assertEquals(before.rustLines(), after.rustLines());
            assertEquals(before.boundCSymbols(), after.boundCSymbols());
            assertEquals(before.unsafeTotal(), after.unsafeTotal());
            assertEquals(0, after.blobsParsed());
        }
    }

    @Test
    void historyWithExplicitTags() throws Exception {
        CliRun run = CliRun.run("history", repo.toString(), "--cache", cache(), "--tags", "v6.12,v6.1");
        assertEquals(0, run.exit(), run.err());
        Timeline timeline = ModelJson.mapper().readValue(run.out(), Timeline.class);
        assertEquals(List.of("v6.1", "v6.12"), timeline.releases().stream().map(ReleaseSummary::release)
                .collect(Collectors.toList()));
    }

    @Test
    void missingTagIsOneLineAndNonZeroExit() {
        CliRun run = CliRun.run("history", repo.toString(), "--cache", cache(), "--tags", "v6.1,v6.99");
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().startsWith("interop-atlas history: error: tag v6.99 not found in "), run.err());
        assertTrue(run.err().contains("v6.1, v6.8, v6.12, v7.3"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void notARepositoryIsOneLineAndNonZeroExit() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        CliRun run = CliRun.run("diff", plain.toString(), "--from", "v6.1", "--to", "v6.12", "--cache", cache());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("is not a git repository"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void diffPrintsTextWithoutJson() {
        CliRun run = CliRun.run("diff", repo.toString(), "--from", "v6.1", "--to", "v6.12", "--cache", cache());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Rust/C boundary changes v6.1 -> v6.12\n"), run.out());
        assertTrue(run.out().contains("Abstraction modules added ("), run.out());
        assertTrue(run.err().contains("[2/2] v6.12: "), run.err());
    }

    @Test
    void diffJsonMatchesItsText() throws Exception {
        Path json = temp.resolve("diff.json");
        CliRun run = CliRun.run("diff", repo.toString(), "--from", "v6.1", "--to", "v6.12", "--cache", cache(),
                "--json", json.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        ReleaseDiff diff = ModelJson.mapper().readValue(json.toFile(), ReleaseDiff.class);
        assertEquals(ReleaseDiff.SCHEMA, diff.schema());
        assertFalse(diff.modulesAdded().isEmpty(), "v6.12 adds modules over v6.1 in the samples");
        CliRun text = CliRun.run("diff", repo.toString(), "--from", "v6.1", "--to", "v6.12", "--cache", cache());
        diff.modulesAdded().forEach(m -> assertTrue(text.out().contains("  + " + m + "\n"), m));
    }

    @Test
    void metricsRevEqualsMetricsOfTheExtractedReleaseExceptTreeAndRelease() throws Exception {
        Path fromGit = temp.resolve("git.json");
        CliRun rev = CliRun.run("metrics", repo.toString(), "--rev", "v6.12", "--cache", cache(), "--json",
                fromGit.toString());
        assertEquals(0, rev.exit(), rev.err());
        MetricsReport git = ModelJson.mapper().readValue(fromGit.toFile(), MetricsReport.class);
        assertEquals(MetricsReport.SCHEMA, git.schema());
        assertEquals(Optional.of("v6.12"), git.release());

        Path tree = SampleTrees.extract("v6.12", temp.resolve("tree"));
        Path fromDisk = temp.resolve("disk.json");
        CliRun disk = CliRun.run("metrics", tree.toString(), "--json", fromDisk.toString());
        assertEquals(0, disk.exit(), disk.err());
        MetricsReport working = ModelJson.mapper().readValue(fromDisk.toFile(), MetricsReport.class);
        assertEquals(working.files(), git.files());
        assertEquals(working.symbols(), git.symbols());
    }

    @Test
    void hotspotsWithRevCarryTheChangeSinceThePreviousRelease() throws Exception {
        Path json = temp.resolve("hotspots.json");
        CliRun run = CliRun.run("hotspots", repo.toString(), "--rev", "v6.12", "--cache", cache(), "--json",
                json.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("v6.8: Lexing Rust files"), "v6.8 is the release before v6.12: " + run.err());
        String report = Files.readString(json);
        assertTrue(report.contains("\"release\" : \"v6.12\""), report);
        assertTrue(java.util.regex.Pattern.compile("\"changeSincePrevious\" : -?[0-9]+").matcher(report).find(),
                report);
    }

    @Test
    void cacheWithoutRevIsRefused() throws Exception {
        Path tree = SampleTrees.extract("v6.1", temp.resolve("tree"));
        CliRun run = CliRun.run("metrics", tree.toString(), "--cache", cache());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("--cache only applies with --rev"), run.err());
    }
}
