package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The impact command on the minikernel sample: outputs, exit codes, errors. */
class ImpactCommandTest {
    @TempDir
    static Path shared;
    static Path repo;

    @TempDir
    Path temp;

    @BeforeAll
    static void createRepository() throws Exception {
        repo = SampleRepository.create(shared.resolve("minikernel.git"), true);
    }

    @Test
    void writesJsonAndMarkdownAndExitsZeroWithoutFailOnImpact() throws Exception {
        Path json = temp.resolve("impact.json");
        Path markdown = temp.resolve("impact.md");
        CliRun run = CliRun.run("impact", repo.toString(), "--from", "v6.12", "--to", "v7.3", "--cache",
                temp.resolve("cache").toString(), "--json", json.toString(), "--markdown", markdown.toString());
        assertEquals(0, run.exit(), run.err());
        ImpactReport report = ModelJson.mapper().readValue(json.toFile(), ImpactReport.class);
        assertEquals(ImpactReport.SCHEMA, report.schema());
        assertEquals("v6.12", report.from());
        assertTrue(report.summary().rustAffected(), "v7.3 binds declarations v6.12 did not have");
        String md = Files.readString(markdown);
        assertTrue(md.startsWith("### Rust impact: `v6.12` → `v7.3`"), md);
        assertTrue(md.contains("#### `kernel`"), md);
    }

    /** Outputs follow docs/decisions/0012: a symlinked Markdown file keeps its link, the target gets the text. */
    @Test
    void symlinkedMarkdownOutputUpdatesTheLinkedFile() throws Exception {
        Path target = Files.writeString(temp.resolve("review.md"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("impact.md"), target.getFileName());
        CliRun run = CliRun.run("impact", repo.toString(), "--from", "v6.12", "--to", "v7.3", "--cache",
                temp.resolve("cache").toString(), "--markdown", link.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.readString(target).startsWith("### Rust impact: `v6.12` → `v7.3`"), "the target has the text");
    }

    @Test
    void failOnImpactGivesItsOwnExitCodeOnlyWhenRustIsAffected() {
        String cache = temp.resolve("cache").toString();
        CliRun affected = CliRun.run("impact", repo.toString(), "--from", "v6.12", "--to", "v7.3", "--cache", cache,
                "--json", temp.resolve("a.json").toString(), "--fail-on-impact");
        assertEquals(ImpactCommand.EXIT_RUST_AFFECTED, affected.exit(), affected.err());
        CliRun same = CliRun.run("impact", repo.toString(), "--from", "v7.3", "--to", "v7.3", "--cache", cache,
                "--fail-on-impact");
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("No Rust file names a changed declaration."), same.out());
    }

    @Test
    void patchThatDoesNotApplyIsAOneLineError() throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("linux"));
        Path diff = temp.resolve("bad.diff");
        Files.writeString(diff, "--- a/include/linux/phy.h\n+++ b/include/linux/phy.h\n@@ -3,1 +3,1 @@\n"
                + "-no such line\n+another\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.run("impact", tree.toString(), "--patch", diff.toString(), "--cache",
                temp.resolve("cache").toString());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("hunk #1 (@@ -3,1 +3,1 @@) of include/linux/phy.h does not apply"), run.err());
    }

    @Test
    void repositoryWithoutRevisionsAsksForThem() {
        CliRun run = CliRun.run("impact", repo.toString());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        assertTrue(run.err().contains("give --from REV and --to REV"), run.err());
    }
}
