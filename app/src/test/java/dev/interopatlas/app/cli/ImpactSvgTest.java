package dev.interopatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.samples.SampleTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact --svg}: the subgraph a changed PHY prototype reaches, drawn through the map's layout. Expected boxes
 * are read off the sample (sample-trees/minikernel/v7.3).
 */
class ImpactSvgTest {
    @TempDir
    Path temp;

    @Test
    void changedPhyPrototypeDrawsPhyRsAndThePhyDriverAndNoOtherCrate() throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("linux"));
        // include/linux/phy.h:60 `int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);`
        Path diff = temp.resolve("prototype.diff");
        Files.writeString(diff, "--- a/include/linux/phy.h\n+++ b/include/linux/phy.h\n@@ -60,1 +60,1 @@\n"
                + "-int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);\n"
                + "+int phy_read_paged(struct phy_device *phydev, int page, u16 regnum);\n", StandardCharsets.UTF_8);
        Path svg = temp.resolve("impact.svg");
        CliRun run = CliRun.run("impact", tree.toString(), "--patch", diff.toString(), "--cache",
                temp.resolve("cache").toString(), "--svg", svg.toString());
        assertEquals(0, run.exit(), run.err());
        String text = Files.readString(svg);
        // phy.h:60 declares it; rust/kernel/net/phy.rs:71 binds it (`bindings::phy_read_paged(phydev, ...)`), and
        // drivers/net/phy/ax_mini_rust.rs:7 (`net::phy::{self, DeviceId, Driver},`) uses that module. The other
        // crates (mini_core, rnull_mini, rust_minimal, rust_print, minicopy) name neither, so they are not drawn.
        assertEquals(List.of("include/linux/phy.h", "phy_read_paged", "kernel::net::phy", "ax_mini_rust"),
                labels(text));
        Matcher changed = Pattern.compile("<g class=\"changed\"><title>([^<]*)</title>").matcher(text);
        assertTrue(changed.find(), "the changed declaration is outlined");
        assertEquals("phy_read_paged", changed.group(1).split(" ")[0]);
        assertFalse(changed.find(), "only the changed declaration is outlined");
    }

    /** The box labels, in drawing order (the text of the SVG's labels group). */
    private static List<String> labels(String svg) {
        int start = svg.indexOf("<g id=\"labels\"");
        String group = svg.substring(start, svg.indexOf("</g>", start));
        Matcher label = Pattern.compile("</title>([^<]*)</text>").matcher(group);
        List<String> found = new ArrayList<>();
        while (label.find()) {
            found.add(label.group(1));
        }
        return found;
    }
}
