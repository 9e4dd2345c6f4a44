package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.analysis.HotspotRanking;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.history.ReleaseSummaries;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.analysis.Hotspot;
import dev.interopatlas.model.analysis.HotspotScope;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.LocalBindings;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled v6.12 sample plus a driver with its own {@code bindings} module and two test modules, indexed
 * whole: crate-local names stay out of the C side, test modules out of the abstractions.
 */
class ScopedBindingsIndexTest {
    /** Declared in the sample's include/linux/mutex.h:19, inside the bindings closure; no sample file binds it. */
    private static final String C_DECLARED = "mutex_trylock";

    @TempDir
    Path temp;

    private KernelIndex index(Path tree) throws IOException, IndexException {
        try (WorkingTree source = WorkingTree.open(tree)) {
            return new KernelIndexer(IndexOptions.defaults()).index(source, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
    }

    private Path sampleWithDriver(String name, String aliasLine) throws IOException {
        Path tree = SampleTrees.extract("v6.12", temp.resolve(name));
        Path driver = tree.resolve("drivers/gpu/drm/mini");
        Files.createDirectories(driver.resolve("fw"));
        Files.writeString(driver.resolve("mini.rs"), "use kernel::prelude::*;\nmod fw;\n");
        Files.writeString(driver.resolve("fw.rs"), "use kernel::prelude::*;\nmod regs;\n" + aliasLine
                + "fn f() -> i32 { unsafe { bindings::" + C_DECLARED + "(core::ptr::null_mut()) } }\n");
        Files.writeString(driver.resolve("fw/regs.rs"), "pub unsafe fn " + C_DECLARED + "(_: *mut u8) -> i32 { 0 }\n");
        return tree;
    }

    @Test
    void aCrateLocalNameIsNoCSymbolEvenWhenCDeclaresIt() throws Exception {
        KernelIndex control = index(sampleWithDriver("control", ""));
        assertTrue(control.symbols().stream().anyMatch(s -> s.name().equals(C_DECLARED) && s.resolved()),
                "without the alias the name is the kernel's and resolves");

        KernelIndex index = index(sampleWithDriver("aliased", "use regs as bindings;\n"));
        FileMetrics fw = index.files().stream().filter(f -> f.path().equals("drivers/gpu/drm/mini/fw.rs"))
                .findFirst().orElseThrow();
        assertEquals(Map.of(), fw.bindings());
        assertEquals(List.of(new LocalBindings(Optional.of("drivers/gpu/drm/mini/fw/regs.rs"),
                new TreeMap<>(Map.of(C_DECLARED, 1)))), fw.localBindings());
        assertFalse(index.symbols().stream().map(SymbolResolution::name).anyMatch(C_DECLARED::equals));
        assertFalse(index.graph().nodes().stream().map(Node::id).anyMatch(("symbol:" + C_DECLARED)::equals));
        assertEquals(control.symbols().size() - 1, index.symbols().size());
    }

    @Test
    void testModulesAreNoAbstractionsInGraphHotspotsOrSummaries() throws Exception {
        Path tree = SampleTrees.extract("v6.12", temp.resolve("tests"));
        Files.writeString(tree.resolve("rust/kernel/lib.rs"), "\n#[cfg(test)]\nmod selftest;\n",
                StandardOpenOption.APPEND);
        Files.writeString(tree.resolve("rust/kernel/selftest.rs"),
                "fn t() { unsafe { core::hint::unreachable_unchecked() } }\n");
        Files.writeString(tree.resolve("rust/kernel/str.rs"),
                "\n#[kunit_tests(rust_kernel_str)]\nmod tests {\n    fn t() {}\n}\n", StandardOpenOption.APPEND);
        KernelIndex index = index(tree);

        List<String> tests = index.modules().stream().filter(RustModule::test).map(RustModule::path).toList();
        assertEquals(List.of("kernel::selftest", "kernel::str::tests"), tests);
        assertEquals(index.modules().size() - 2, index.abstractionModules().size());
        assertEquals(index.abstractionModules().size(),
                ReleaseSummaries.of(index, "v6.12", "c", 0).abstractionModules());
        List<String> moduleNodes = index.graph().nodes().stream().map(Node::id)
                .filter(id -> id.startsWith("module:")).toList();
        assertEquals(index.abstractionModules().size(), moduleNodes.size());
        assertFalse(moduleNodes.contains("module:kernel::selftest"), moduleNodes.toString());
        assertFalse(moduleNodes.contains("module:kernel::str::tests"), moduleNodes.toString());
        List<String> moduleRows = HotspotRanking.rank(index, HotspotScope.MODULE, Optional.empty()).stream()
                .map(Hotspot::key).toList();
        assertFalse(moduleRows.contains("kernel::selftest"), moduleRows.toString());
        assertTrue(index.unsafeSites().stream().anyMatch(s -> s.path().equals("rust/kernel/selftest.rs")),
                "its unsafe block still counts for its file");
    }
}
