package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.ScopedBindings;
import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Analyzes every .rs file of the real 6.12 and 6.1 trees. The per-file figures asserted here were counted by
 * hand from the source (see the comments), not copied from the analyzer's output.
 */
@Tag("corpus")
class RustCorpusTest {
    private static Map<String, RustFacts> analyzeAll(String version) throws IOException {
        Map<String, RustFacts> facts = new TreeMap<>();
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            List<SourceFile> rust = tree.files().stream().filter(f -> f.path().endsWith(".rs")).toList();
            long start = System.nanoTime();
            for (SourceFile file : rust) {
                facts.put(file.path(), RustFileAnalyzer.analyze(tree.read(file)));
            }
            long micros = (System.nanoTime() - start) / 1000;
            System.out.printf("analyzed %d .rs files of %s in %d ms (incl. reads)%n", rust.size(), version,
                    micros / 1000);
        }
        return facts;
    }

    private static long count(RustFacts facts, UnsafeKind kind) {
        return facts.unsafeSites().stream().filter(s -> s.kind() == kind).count();
    }

    @Test
    void release612() throws IOException {
        Map<String, RustFacts> all = analyzeAll("6.12");
        assertEquals(79, all.size());
        all.forEach((path, facts) -> assertEquals(List.of(), facts.warnings(), path));

        // rust/kernel/sync/arc.rs: 46 non-comment lines contain `unsafe`, one site each: 8 `unsafe fn`
        // (147 container_of, 218 from_inner, 242 from_raw, 339 borrow, 349 from_foreign, 502 new,
        // 520 from_raw, 673 assume_init), 2 `unsafe impl` (184 Send, 191 Sync) and 36 blocks, each with a
        // `// SAFETY:` run directly above. bindings:: occurs 8 times (lines 136, 148, 199, 314, 318, 378, 396,
        // 646); the file is in the kernel crate and imports it as crate::bindings (the `use crate::{` of line
        // 19, entry on line 21), a module path the tree resolves (lib.rs's `pub use bindings;`).
        RustFacts arc = all.get("rust/kernel/sync/arc.rs");
        assertEquals(754, arc.lines());
        assertEquals(36, count(arc, UnsafeKind.BLOCK));
        assertEquals(8, count(arc, UnsafeKind.FN));
        assertEquals(2, count(arc, UnsafeKind.IMPL));
        assertEquals(0, count(arc, UnsafeKind.TRAIT));
        assertEquals(36, arc.unsafeSites().stream().filter(UnsafeSiteFact::documented).count());
        assertEquals(0, arc.unsafeSites().stream().filter(UnsafeSiteFact::inMacroRules).count());
        assertEquals(Map.of(), arc.bindings());
        assertEquals(List.of(new ScopedBindings(List.of("crate", "bindings"), List.of(), 21, new TreeMap<>(
                Map.of("refcount_t", 2, "REFCOUNT_INIT", 3, "refcount_dec_and_test", 2, "refcount_inc", 1)))),
                arc.scopedBindings());
        assertFalse(arc.usesKernel());
        assertEquals(14, arc.kernelRefs().size()); // 11 leaves of `use crate::{…}` + 3 crate::ffi::c_void
        assertTrue(arc.unsafeSites().stream().anyMatch(s -> s.line() == 199 && s.enclosing().equals("Arc::new")));
        assertTrue(arc.unsafeSites().stream()
                .anyMatch(s -> s.line() == 184 && s.enclosing().equals("impl Send for Arc")));

        // rust/kernel/init/macros.rs: the `unsafe` in lines 1-500 are all in //! or /// docs. In code, 34 lines:
        // 517 `unsafe $($impl_sig)* {` is no site by the rules; 3 `unsafe impl` (865, 877, 1514), 5 `unsafe fn`
        // (871, 1001, 1011 paste [<__project_ …>], 1021, 1031) and 25 blocks, all inside macro_rules bodies.
        // 23 blocks have SAFETY runs; 1180 (comment above lacks SAFETY) and 1425 (comments and
        // #[allow] above, no SAFETY) do not. Of the 23, six runs are only the placeholder `// SAFETY: TODO.`
        // (lines 1006, 1015, 1026, 1151, 1207 and 1453, each above its block), so 17 are documented.
        RustFacts macros = all.get("rust/kernel/init/macros.rs");
        assertEquals(1527, macros.lines());
        assertEquals(25, count(macros, UnsafeKind.BLOCK));
        assertEquals(5, count(macros, UnsafeKind.FN));
        assertEquals(3, count(macros, UnsafeKind.IMPL));
        assertEquals(0, count(macros, UnsafeKind.TRAIT));
        assertEquals(17, macros.unsafeSites().stream().filter(UnsafeSiteFact::documented).count());
        assertEquals(List.of(1007, 1016, 1027, 1152, 1208, 1454), macros.unsafeSites().stream()
                .filter(UnsafeSiteFact::placeholder).map(UnsafeSiteFact::line).toList());
        assertEquals(33, macros.unsafeSites().stream().filter(UnsafeSiteFact::inMacroRules).count());
        assertEquals(Map.of(), macros.bindings());
        assertTrue(macros.usesKernel()); // `::kernel::macros::paste!` in six macro bodies

        // drivers/net/phy/ax88796b_rust.rs: no unsafe and no bindings; the use tree (lines 7-12) names
        // c_str, net::phy (self), net::phy::reg::C22, DeviceId, Driver, prelude::* and uapi, plus
        // kernel::module_phy_driver! on line 14.
        RustFacts phy = all.get("drivers/net/phy/ax88796b_rust.rs");
        assertEquals(134, phy.lines());
        assertEquals(List.of(), phy.unsafeSites());
        assertEquals(Map.of(), phy.bindings());
        assertTrue(phy.usesKernel());
        assertEquals(List.of("c_str", "net::phy", "net::phy::reg::C22", "net::phy::DeviceId", "net::phy::Driver",
                "prelude", "uapi", "module_phy_driver"),
                phy.kernelRefs().stream().map(r -> String.join("::", r.segments())).toList());

        Map<String, RustFacts> kernelCrate = all.entrySet().stream()
                .filter(e -> e.getKey().startsWith("rust/kernel/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        KernelModuleTree tree = KernelModuleTree.build(kernelCrate);
        Set<String> modules = tree.paths();
        System.out.printf("6.12 kernel crate: %d modules, missing %s%n", modules.size(), tree.missing());
        assertTrue(modules.containsAll(List.of("kernel", "kernel::sync", "kernel::sync::arc",
                "kernel::sync::lock::mutex", "kernel::net::phy", "kernel::net::phy::reg", "kernel::prelude",
                "kernel::init::macros", "kernel::sync::arc::std_vendor")), modules.toString());
        assertEquals(List.of("net::phy", "net::phy::reg", "prelude"), KernelPaths.of(phy.kernelRefs(), modules, false));
    }

    @Test
    void release61() throws IOException {
        Map<String, RustFacts> all = analyzeAll("6.1");
        assertEquals(29, all.size());
        all.forEach((path, facts) -> assertEquals(List.of(), facts.warnings(), path));
        Map<String, RustFacts> kernelCrate = all.entrySet().stream()
                .filter(e -> e.getKey().startsWith("rust/kernel/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        KernelModuleTree tree = KernelModuleTree.build(kernelCrate);
        System.out.printf("6.1 kernel crate: %d modules, missing %s%n", tree.modules().size(), tree.missing());
        assertTrue(tree.paths().containsAll(List.of("kernel", "kernel::prelude", "kernel::str", "kernel::error")));
    }
}
