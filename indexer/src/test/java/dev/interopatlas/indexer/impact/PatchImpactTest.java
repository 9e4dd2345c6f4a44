package dev.interopatlas.indexer.impact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.impact.ChangeKind;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.samples.SampleTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unified diff against a copy of the sample's v7.3 tree, applied in memory. */
class PatchImpactTest {
    /** What `git diff` gives for phy.h:60 with its three lines of context (phy.h:57-63). */
    private static final String PROTOTYPE_DIFF = """
            diff --git a/include/linux/phy.h b/include/linux/phy.h
            index 1111111..2222222 100644
            --- a/include/linux/phy.h
            +++ b/include/linux/phy.h
            @@ -57,7 +57,7 @@ int __must_check genphy_read_status(struct phy_device *phydev);
             int genphy_soft_reset(struct phy_device *phydev);
             int genphy_suspend(struct phy_device *phydev);
             int genphy_resume(struct phy_device *phydev);
            -int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);
            +int phy_read_paged(struct phy_device *phydev, int page, u16 regnum);
             
             int phy_drivers_register(struct phy_driver *new_driver, int n,
             \t\t\t struct module *owner);
            """;

    @TempDir
    Path temp;

    private ImpactReport impact(Path tree, String diff) throws Exception {
        try (WorkingTree source = WorkingTree.open(tree)) {
            return PatchImpact.of(source, new DirectFactsProvider(), diff.getBytes(StandardCharsets.UTF_8),
                    "fix.diff", new ImpactAnalysis(IndexOptions.defaults(), false), ProgressMonitor.NONE);
        }
    }

    @Test
    void patchedPrototypeReachesPhyRsAndItsDriverWithoutWritingTheTree() throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("linux"));
        byte[] before = Files.readAllBytes(tree.resolve("include/linux/phy.h"));

        ImpactReport report = impact(tree, PROTOTYPE_DIFF);

        assertEquals(1, report.changes().size(), report.changes().toString());
        DeclarationChange change = report.changes().get(0);
        assertEquals("phy_read_paged", change.symbol());
        assertEquals(ChangeKind.SIGNATURE_CHANGED, change.change());
        // phy.rs:71 names bindings::phy_read_paged; ax_mini_rust.rs:7 uses kernel::net::phy
        assertEquals(List.of("rust/kernel/net/phy.rs:71"), change.direct().stream()
                .map(r -> r.path() + ":" + r.line()).toList());
        assertEquals(List.of("drivers/net/phy/ax_mini_rust.rs:7"), change.indirect().stream()
                .map(r -> r.path() + ":" + r.line()).toList());
        assertTrue(report.to().endsWith(" + fix.diff"), report.to());
        assertArrayEquals(before, Files.readAllBytes(tree.resolve("include/linux/phy.h")), "the tree is never written");
    }

    @Test
    void hunkThatDoesNotApplyIsNamedWithItsFile() throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("linux"));
        String stale = PROTOTYPE_DIFF.replace("-int phy_read_paged(struct phy_device *phydev, int page, u32 regnum);",
                "-int phy_read_paged(struct phy_device *phydev, u32 regnum);");
        PatchException e = assertThrows(PatchException.class, () -> impact(tree, stale));
        assertTrue(e.getMessage().contains("hunk #1 (@@ -57,7 +57,7 @@"), e.getMessage());
        assertTrue(e.getMessage().contains("include/linux/phy.h"), e.getMessage());
    }

    @Test
    void patchForAMissingFileSaysSo() throws Exception {
        Path tree = SampleTrees.extract("v7.3", temp.resolve("linux"));
        PatchException e = assertThrows(PatchException.class,
                () -> impact(tree, PROTOTYPE_DIFF.replace("include/linux/phy.h", "include/linux/phylink.h")));
        assertTrue(e.getMessage().contains("include/linux/phylink.h is not a file of"), e.getMessage());
    }
}
