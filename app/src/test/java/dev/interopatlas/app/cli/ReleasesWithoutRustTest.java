package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.testing.PreRustRepository;
import dev.interopatlas.model.history.ReleaseDiff;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone with 50 tags from before Rust (v2.6.30 … v5.9) and the sample's Rust releases: no command stops at a
 * release without Rust; each is a point at zero.
 */
class ReleasesWithoutRustTest {
    @TempDir
    static Path shared;

    static Path repo;

    @TempDir
    Path temp;

    @BeforeAll
    static void createRepository() throws Exception {
        repo = PreRustRepository.create(shared.resolve("linux.git"));
    }

    private String cache() {
        return temp.resolve("cache").toString();
    }

    private static String oldestWithRust() {
        return SampleTrees.releases().get(0);
    }

    private static String peeled(Repository repository, String tag) throws Exception {
        return repository.resolve("refs/tags/" + tag + "^{commit}").name();
    }

    @Test
    void historyOfEveryTagListsTheReleasesWithoutRustAtZero() throws Exception {
        Path json = temp.resolve("timeline.json");
        CliRun run = CliRun.run("history", repo.toString(), "--pattern", "v[0-9]+(\\.[0-9]+)+", "--cache", cache(),
                "--json", json.toString());
        assertEquals(0, run.exit(), run.err());
        Timeline timeline = ModelJson.mapper().readValue(json.toFile(), Timeline.class);
        List<String> expected = new ArrayList<>(PreRustRepository.versionsWithoutRust());
        expected.addAll(SampleTrees.releases());
        assertEquals(expected, timeline.releases().stream().map(ReleaseSummary::release).toList());
        try (Repository repository = new FileRepositoryBuilder().setGitDir(repo.toFile()).build()) {
            for (ReleaseSummary release : timeline.releases().subList(0, 50)) {
                assertEquals(peeled(repository, release.release()), release.commit());
                assertEquals(0, release.rustFiles(), release.release());
                assertEquals(0, release.rustLines(), release.release());
                assertEquals(0, release.abstractionModules(), release.release());
                assertEquals(0, release.consumers(), release.release());
                assertEquals(0, release.boundCSymbols(), release.release());
                assertEquals(0, release.headersInClosure(), release.release());
                assertEquals(0, release.unsafeTotal(), release.release());
                assertEquals(0, release.blobsParsed(), release.release());
            }
        }
        for (ReleaseSummary release : timeline.releases().subList(50, timeline.releases().size())) {
            assertTrue(release.rustFiles() > 0 && release.boundCSymbols() > 0, release.toString());
        }
        // rs lines, modules, crates, C symbols, helpers, headers, unsafe; SAFETY; placeholder, parsed, vendored, v.unsafe
        assertTrue(java.util.regex.Pattern.compile("(?m)^v2\\.6\\.30( +0){7} +0\\.0%( +0){4}$").matcher(run.err())
                .find(),
                "the table's row of v2.6.30 is all zero: " + run.err());
    }

    @Test
    void reportOfTheFirstRustReleaseChartsTheEarlierReleasesAtZero() throws Exception {
        Path svg = temp.resolve("report.svg");
        CliRun run = CliRun.run("report", repo.toString(), "--rev", oldestWithRust(), "--cache", cache(), "--svg",
                svg.toString());
        assertEquals(0, run.exit(), run.err());
        // the chart covers the vX.Y releases up to the tag: v3.0 … v5.9 (40; v2.6.N is not vX.Y) and the tag
        assertTrue(run.err().contains(": 41 releases in the chart"), run.err());
        assertTrue(Files.readString(svg).contains(">v5.9<"), "v5.9 is on the chart's axis");
    }

    @Test
    void hotspotsOfTheFirstRustReleaseCompareWithAReleaseWithoutRust() throws Exception {
        Path json = temp.resolve("hotspots.json");
        CliRun run = CliRun.run("hotspots", repo.toString(), "--rev", oldestWithRust(), "--cache", cache(),
                "--json", json.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("v5.9: Listing files"), "v5.9 is the release before: " + run.err());
    }

    @Test
    void diffFromAReleaseWithoutRustAddsEveryModuleAndBackRemovesThem() throws Exception {
        Path json = temp.resolve("diff.json");
        CliRun arrival = CliRun.run("diff", repo.toString(), "--from", "v5.9", "--to", oldestWithRust(), "--cache",
                cache(), "--json", json.toString());
        assertEquals(0, arrival.exit(), arrival.err());
        ReleaseDiff diff = ModelJson.mapper().readValue(json.toFile(), ReleaseDiff.class);
        assertTrue(diff.modulesRemoved().isEmpty(), diff.toString());
        assertTrue(!diff.modulesAdded().isEmpty() && !diff.symbolsNewlyBound().isEmpty(), diff.toString());
        assertEquals(0, diff.unsafeBefore());

        CliRun back = CliRun.run("diff", repo.toString(), "--from", oldestWithRust(), "--to", "v2.6.39", "--cache",
                cache(), "--json", json.toString());
        assertEquals(0, back.exit(), back.err());
        ReleaseDiff reverse = ModelJson.mapper().readValue(json.toFile(), ReleaseDiff.class);
        assertEquals(diff.modulesAdded(), reverse.modulesRemoved());
        assertEquals(0, reverse.unsafeAfter());
    }
}
