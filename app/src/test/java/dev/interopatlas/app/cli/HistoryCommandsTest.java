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

    /** Figures of sample-trees/minikernel/expected/v7.3.md, derived there file by file from the source. */
    @Test
    void newestReleaseCountsTheKernelsOwnCodeAndTheVendoredCrateApart() throws Exception {
        CliRun run = CliRun.run("history", repo.toString(), "--cache", cache(), "--tags", "v7.3");
        assertEquals(0, run.exit(), run.err());
        ReleaseSummary v73 = ModelJson.mapper().readValue(run.out(), Timeline.class).releases().get(0);
        // v7.3.md "Totals": every crate but minicopy, 38 files, 2,260 lines; 80 blocks (75 documented,
        // 1 placeholder: rust/kernel/soc.rs:62-63), 35 fns, 19 impls, 4 traits
        assertEquals(38, v73.rustFiles());
        assertEquals(2260, v73.rustLines());
        assertEquals(List.of(80, 35, 19, 4, 75, 1), List.of(v73.unsafeBlocks(), v73.unsafeFns(), v73.unsafeImpls(),
                v73.unsafeTraits(), v73.unsafeBlocksDocumented(), v73.unsafeBlocksPlaceholder()));
        assertEquals(0.9375, v73.safetyDocumentedShare(), 1e-9);
        // v7.3.md "Test modules": v6.12's 20 abstraction modules plus kernel::io and kernel::soc
        assertEquals(22, v73.abstractionModules());
        // consumer files: rnull_mini.rs, the six mini-core files, ax_mini_rust.rs; rust_minimal.rs, rust_print.rs
        assertEquals(List.of(8, 2, 0), List.of(v73.consumersDrivers(), v73.consumersSamples(), v73.consumersOther()));
        // their crates: rnull_mini, mini_core, ax_mini_rust, rust_minimal, rust_print
        assertEquals(5, v73.consumerCrates());
        // rust/helpers: blk.c:6, io.c:6 and 12, mutex.c:6, refcount.c:6, 12 and 18, spinlock.c:6 and 12
        assertEquals(9, v73.helpers());
        // v7.3.md "Symbols added since v6.12": 77 names, all but __IncompleteArrayField resolved. Headers: the 22
        // that rust/bindings/bindings_helper.h and the forced linux/kconfig.h reach (asm/errno.h as
        // asm-generic's, arch/x86/include/asm/Kbuild:5), those two, rust/uapi/uapi_helper.h, the six
        // rust/helpers/*.c and the linux/export.h they include (blk.c:4 …): 32
        assertEquals(76, v73.boundCSymbols());
        assertEquals(32, v73.headersInClosure());
        // minicopy (rust/minicopy/README.md:3): 2 files, 71 + 68 lines; 5 blocks, 1 fn, 2 impls, 2 traits
        assertEquals(List.of(1, 2), List.of(v73.vendoredCrates(), v73.vendoredRustFiles()));
        assertEquals(139, v73.vendoredRustLines());
        assertEquals(List.of(5, 10), List.of(v73.vendoredUnsafeBlocks(), v73.vendoredUnsafeTotal()));
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
