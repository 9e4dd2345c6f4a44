package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.export.SvgChecks;
import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-graph and report on the minikernel sample (working tree and tagged repository). */
class ExportCommandsTest {
    @TempDir
    static Path shared;

    static Path tree;

    @TempDir
    Path temp;

    @BeforeAll
    static void extractSample() throws Exception {
        tree = SampleTrees.extract("v6.12", shared.resolve("minikernel"));
    }

    @Test
    void classicExportGraphWritesParsableSvgAndPngWithCaption() throws Exception {
        Path svg = temp.resolve("graph.svg");
        Path png = temp.resolve("graph.png");
        CliRun run = CliRun.run("export-graph", tree.toString(), "--classic", "--theme", "dark", "--size", "4:3",
                "--svg", svg.toString(), "--png", png.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("minikernel · working tree · ")), texts.toString());
        assertTrue(texts.contains("kernel::sync::arc"), texts.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1200, image.getHeight());
        BufferedImage rendered = SvgChecks.rsvg(svg, temp.resolve("rsvg.png"), 0, 0);
        assertTrue(SvgChecks.hasInk(rendered));
    }

    @Test
    void focusKeepsOnlyTheNeighbourhoodAndNoCaptionDropsIt() throws Exception {
        Path svg = temp.resolve("focus.svg");
        CliRun run = CliRun.run("export-graph", tree.toString(), "--focus", "module:kernel::sync::arc", "--hops",
                "1", "--layers", "bindings,abstractions", "--no-caption", "--title", "Arc & friends", "--svg",
                svg.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        assertTrue(texts.contains("Arc & friends"));
        assertTrue(texts.contains("kernel::sync::arc"));
        assertFalse(texts.stream().anyMatch(t -> t.contains("working tree")), "no caption: " + texts);
        assertFalse(texts.stream().anyMatch(t -> t.endsWith(".h")), "headers are not among the layers: " + texts);
    }

    @Test
    void unknownFocusNodeFailsWithOneLineListingCloseMatches() throws Exception {
        Path svg = temp.resolve("none.svg");
        CliRun run = CliRun.run("export-graph", tree.toString(), "--focus", "module:kernel::sync::ark", "--svg",
                svg.toString());
        assertEquals(AtlasCommand.EXIT_ERROR, run.exit());
        String error = run.err().lines().filter(l -> l.contains("no node")).findFirst().orElse(run.err());
        assertTrue(error.contains("close matches: module:kernel::sync::arc"), error);
        assertFalse(Files.exists(svg));
    }

    @Test
    void reportOfAWorkingTreeHasOnePoint() throws Exception {
        Path svg = temp.resolve("report.svg");
        CliRun run = CliRun.run("report", tree.toString(), "--svg", svg.toString(), "--png",
                temp.resolve("report.png").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        assertTrue(texts.contains("Rust/C interop report: minikernel"), texts.toString());
        assertTrue(texts.contains("Coverage over releases"));
        assertTrue(run.err().contains("1 releases in the chart"), run.err());
        // the graph panel is the map overview: rust/kernel/sync/ holds sub-modules, so kernel::sync is one group box
        // (Grouping.moduleChain), and the consumer crate drivers/block/rnull_mini.rs has its own box
        assertTrue(texts.contains("kernel::sync") && texts.contains("rnull_mini"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Map overview")), texts.toString());
        assertTrue(SvgChecks.hasInk(SvgChecks.rsvg(svg, temp.resolve("rsvg.png"), 0, 0)));
    }

    @Test
    void reportOfATagChartsTheReleasesUpToIt() throws Exception {
        Path repo = SampleRepository.create(temp.resolve("minikernel.git"), true);
        Path svg = temp.resolve("report.svg");
        CliRun run = CliRun.run("report", repo.toString(), "--rev", "v6.8", "--cache",
                temp.resolve("cache").toString(), "--theme", "talk", "--svg", svg.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        assertTrue(texts.contains("v6.1") && texts.contains("v6.8"), texts.toString());
        assertFalse(texts.contains("v6.12"), "releases after the tag stay out: " + texts);
        assertTrue(texts.contains("Rust/C interop report: v6.8"), texts.toString());
    }
}
