package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.export.SvgChecks;
import dev.interopatlas.samples.SampleTrees;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** export-graph's map options on the v7.3 sample: overview, section, crate, expand, and their errors. */
class MapExportCommandTest {
    @TempDir
    Path temp;

    private Path sample() throws Exception {
        return SampleTrees.extract("v7.3", temp.resolve("minikernel"));
    }

    @Test
    void overviewIsWrittenAsParsableSvgWithOneLabelPerBox() throws Exception {
        Path svg = temp.resolve("overview.svg");
        CliRun run = CliRun.run("export-graph", sample().toString(), "--overview", "--svg", svg.toString());
        assertEquals(0, run.exit(), run.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Matcher summary = Pattern.compile("(\\d+) boxes").matcher(run.err());
        assertTrue(summary.find(), run.err());
        int boxes = Integer.parseInt(summary.group(1));
        assertTrue(boxes > 0);
        int labels = 0;
        var groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (org.w3c.dom.Element) groups.item(i);
            if (g.getAttribute("id").equals("labels")) {
                labels = g.getElementsByTagName("text").getLength();
            }
        }
        assertEquals(boxes, labels);
    }

    /**
     * With no view option export-graph draws the map overview. Expected boxes from the v7.3 sample tree: the kernel
     * crate's modules with sub-modules each form a group (rust/kernel/alloc/allocator.rs, block/mod.rs + mq.rs,
     * init/macros.rs, net/phy.rs, sync/arc.rs + lock.rs + lock/…), the other top-level modules (error.rs, io.rs,
     * str.rs…) share group "kernel" (Grouping.moduleChain); consumers stay one box per crate
     * (drivers/block/rnull_mini.rs, drivers/net/phy/ax_mini_rust.rs, samples/rust/rust_minimal.rs, rust_print.rs).
     */
    @Test
    void defaultExportIsTheMapOverview() throws Exception {
        Path svg = temp.resolve("default.svg");
        CliRun run = CliRun.run("export-graph", sample().toString(), "--svg", svg.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> labels = boxLabels(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()));
        List<String> modules = labels.stream().filter(l -> l.startsWith("kernel")).toList();
        assertEquals(List.of("kernel", "kernel::alloc", "kernel::block", "kernel::init", "kernel::net", "kernel::sync"),
                modules.stream().sorted().toList());
        assertTrue(labels.containsAll(List.of("rnull_mini", "ax_mini_rust", "rust_minimal", "rust_print")),
                labels.toString());
        assertTrue(labels.contains("include/linux"), labels.toString());
    }

    @Test
    void mapPngIsTheSvgPageRasterised() throws Exception {
        Path svg = temp.resolve("map.svg");
        Path png = temp.resolve("map.png");
        CliRun run = CliRun.run("export-graph", sample().toString(), "--crate", "rnull_mini", "--svg", svg.toString(),
                "--png", png.toString());
        assertEquals(0, run.exit(), run.err());
        var root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) Math.ceil(Double.parseDouble(root.getAttribute("width"))), image.getWidth());
        assertEquals((int) Math.ceil(Double.parseDouble(root.getAttribute("height"))), image.getHeight());
        assertTrue(SvgChecks.hasInk(image));
    }

    /** The visible text of each box label (its tooltip title left out). */
    private static List<String> boxLabels(Document doc) {
        List<String> labels = new ArrayList<>();
        var groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (org.w3c.dom.Element) groups.item(i);
            if (!g.getAttribute("id").equals("labels")) {
                continue;
            }
            var texts = g.getElementsByTagName("text");
            for (int t = 0; t < texts.getLength(); t++) {
                StringBuilder visible = new StringBuilder();
                for (Node child = texts.item(t).getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child.getNodeType() == Node.TEXT_NODE) {
                        visible.append(child.getNodeValue());
                    }
                }
                labels.add(visible.toString().strip());
            }
        }
        return labels;
    }

    @Test
    void sectionCrateAndExpandViewsAreWritten() throws Exception {
        Path tree = sample();
        for (String[] options : new String[][] {{"--section", "ETHERNET PHY LIBRARY"}, {"--crate", "rnull_mini"},
                {"--expand", "kernel::sync"}, {"--group-by", "subsystem"}}) {
            Path svg = temp.resolve("map.svg");
            CliRun run = CliRun.run("export-graph", tree.toString(), options[0], options[1], "--svg", svg.toString());
            assertEquals(0, run.exit(), String.join(" ", options) + ": " + run.err());
            assertTrue(Files.readString(svg).contains("<g id=\"nodes\""));
        }
    }

    @Test
    void unknownCrateOrGroupFailsWithOneLineNamingTheChoices() throws Exception {
        Path tree = sample();
        CliRun crate = CliRun.run("export-graph", tree.toString(), "--crate", "nope", "--svg",
                temp.resolve("x.svg").toString());
        assertEquals(1, crate.exit());
        assertTrue(crate.err().contains("no consumer crate 'nope'") && crate.err().contains("rnull_mini"),
                crate.err());
        CliRun group = CliRun.run("export-graph", tree.toString(), "--expand", "kernel::nothing", "--svg",
                temp.resolve("x.svg").toString());
        assertEquals(1, group.exit());
        assertTrue(group.err().contains("no group 'kernel::nothing'"), group.err());
    }
}
