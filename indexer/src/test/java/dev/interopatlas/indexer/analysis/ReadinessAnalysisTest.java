package dev.interopatlas.indexer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.analysis.ReadinessReport;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness of the sample's MAINTAINERS sections in v6.12. */
class ReadinessAnalysisTest {
    @TempDir
    static Path temp;
    private static Map<String, SubsystemReadiness> rows;
    private static ReadinessReport all;

    @BeforeAll
    static void analyze() throws Exception {
        try (WorkingTree tree = WorkingTree.open(SampleTrees.extract("v6.12", temp.resolve("v6.12")))) {
            KernelIndex index = new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
            MaintainersIndex maintainers = MaintainersIndex.load(tree);
            rows = ReadinessAnalysis.analyze(index, maintainers, false).sections().stream()
                    .collect(Collectors.toMap(SubsystemReadiness::section, r -> r));
            all = ReadinessAnalysis.analyze(index, maintainers, true);
        }
    }

    @Test
    void rustSectionsAreRecognisedByNameAndTrustedIsNotOne() {
        assertTrue(rows.get("ETHERNET PHY LIBRARY [RUST]").rustSection());
        assertTrue(rows.get("BLOCK LAYER DEVICE DRIVER API [RUST]").rustSection());
        assertFalse(rows.containsKey("KEYS-TRUSTED"), "KEYS-TRUSTED has no Rust and must not be listed");
        assertFalse(all.sections().stream().filter(r -> r.section().equals("KEYS-TRUSTED")).findFirst()
                .orElseThrow().rustSection());
    }

    @Test
    void phySectionsSplitTheDriverAndTheAbstractionAsTheirPatternsSay() {
        SubsystemReadiness rustPhy = rows.get("ETHERNET PHY LIBRARY [RUST]");
        assertEquals(1, rustPhy.consumers(), "drivers/net/phy/ax_mini_rust.rs");
        assertEquals(1, rustPhy.abstractions(), "kernel::net::phy");
        SubsystemReadiness phy = rows.get("ETHERNET PHY LIBRARY");
        assertEquals(0, phy.consumers(), "X: drivers/net/phy/*.rs excludes the Rust driver");
        assertTrue(phy.boundFunctions() > 0 && phy.boundFunctions() <= phy.declaredFunctions(), phy.toString());
        assertEquals((double) phy.boundFunctions() / phy.declaredFunctions(), phy.boundShare(), 1e-9);
    }

    @Test
    void theCatchAllSectionIsNeverListed() {
        assertFalse(all.sections().stream().anyMatch(r -> r.section().equals(SubsystemMapping.CATCH_ALL)));
    }
}
