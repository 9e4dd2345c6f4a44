package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.c.MemoryTree;
import dev.interopatlas.indexer.crates.CrateFinder;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.LocalBindings;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which module a file's {@code bindings} is, decided over the files of a tree. */
class ScopedBindingsTest {
    private static Map<String, FileMetrics> metrics(Map<String, String> sources) {
        Map<String, RustFacts> facts = new LinkedHashMap<>();
        sources.forEach((path, source) -> facts.put(path,
                RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8))));
        // no crates: modules are guessed from the mod declarations alone
        CrateFinder.Result noCrates = new CrateFinder.Result(List.of(), Map.of(), List.of());
        return RustCrate.of(facts, noCrates).fileMetrics().stream()
                .collect(Collectors.toMap(FileMetrics::path, Function.identity()));
    }

    /** As {@link #metrics}, but with the crates that the tree's build files name. */
    private static Map<String, FileMetrics> metricsWithCrates(String... pathsAndContents) throws Exception {
        MemoryTree tree = MemoryTree.of(pathsAndContents);
        Map<String, RustFacts> facts = new TreeMap<>();
        for (SourceFile file : tree.files()) {
            if (file.path().endsWith(".rs")) {
                facts.put(file.path(), RustFileAnalyzer.analyze(tree.read(file)));
            }
        }
        return RustCrate.of(facts, CrateFinder.find(tree, facts)).fileMetrics().stream()
                .collect(Collectors.toMap(FileMetrics::path, Function.identity()));
    }

    private static LocalBindings local(String file, Map<String, Integer> names) {
        return new LocalBindings(Optional.ofNullable(file), new TreeMap<>(names));
    }

    /** A driver crate shaped like nova-core: root nova.rs, gsp.rs, gsp/fw.rs aliasing its gsp/fw/r570.rs. */
    private static Map<String, String> novaLike() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("drivers/gpu/nova/nova.rs", "use kernel::prelude::*;\nmod gsp;\n");
        files.put("drivers/gpu/nova/gsp.rs", "mod fw;\nmod other;\n");
        files.put("drivers/gpu/nova/gsp/fw.rs", """
                pub(crate) mod commands;
                mod r570;
                use r570 as bindings;
                fn f() -> bindings::GSP_A { bindings::GSP_A; unsafe { kernel::bindings::mutex_lock(m) } }
                """);
        files.put("drivers/gpu/nova/gsp/fw/r570.rs", "pub struct GSP_A;\npub struct GSP_B;\n");
        files.put("drivers/gpu/nova/gsp/fw/commands.rs", "use super::bindings;\nstruct S(bindings::GSP_B);\n");
        files.put("drivers/gpu/nova/gsp/other.rs", "use crate::gsp::fw::bindings;\nstruct T(bindings::GSP_A);\n");
        return files;
    }

    @Test
    void aliasOfASiblingModuleIsThatModulesFile() {
        FileMetrics fw = metrics(novaLike()).get("drivers/gpu/nova/gsp/fw.rs");
        assertEquals(Map.of("mutex_lock", 1), fw.bindings());
        assertEquals(List.of(local("drivers/gpu/nova/gsp/fw/r570.rs", Map.of("GSP_A", 2))), fw.localBindings());
    }

    @Test
    void superBindingsFollowsTheParentModulesAlias() {
        FileMetrics commands = metrics(novaLike()).get("drivers/gpu/nova/gsp/fw/commands.rs");
        assertEquals(Map.of(), commands.bindings());
        assertEquals(List.of(local("drivers/gpu/nova/gsp/fw/r570.rs", Map.of("GSP_B", 1))),
                commands.localBindings());
    }

    @Test
    void crateModulePathFollowsModDeclarationsFromTheCrateRoot() {
        FileMetrics other = metrics(novaLike()).get("drivers/gpu/nova/gsp/other.rs");
        assertEquals(Map.of(), other.bindings());
        assertEquals(List.of(local("drivers/gpu/nova/gsp/fw/r570.rs", Map.of("GSP_A", 1))), other.localBindings());
    }

    @Test
    void modBindingsInlineIsTheFileItselfAndInAFileIsThatFile() {
        Map<String, FileMetrics> metrics = metrics(Map.of(
                "drivers/x/x.rs", "mod bindings {\n    pub const A: u32 = 0;\n}\nfn f() { bindings::A; }\n",
                "drivers/y/y.rs", "mod bindings;\nfn f() { bindings::B; bindings::B; }\n",
                "drivers/y/bindings.rs", "pub const B: u32 = 0;\n"));
        assertEquals(List.of(local("drivers/x/x.rs", Map.of("A", 1))), metrics.get("drivers/x/x.rs").localBindings());
        assertEquals(List.of(local("drivers/y/bindings.rs", Map.of("B", 2))),
                metrics.get("drivers/y/y.rs").localBindings());
        assertEquals(Map.of(), metrics.get("drivers/y/y.rs").bindings());
    }

    @Test
    void aCrateRootNamedAfterItsObjectDeclaresModulesBesideItAsItsCrateTreeSays() throws Exception {
        // foo.rs is a crate root because the Makefile builds it, so its `mod bar;` is drivers/x/bar.rs (beside it),
        // as for nova_core.rs; guessed from mod declarations alone, foo.rs would be an ordinary non-mod-rs file
        // and drivers/x/foo/bar.rs (which nothing builds) its module
        Map<String, FileMetrics> metrics = metricsWithCrates(
                "drivers/x/Makefile", "obj-y += foo.o\n",
                "drivers/x/foo.rs", "mod bar;\nuse bar as bindings;\nfn f() { bindings::A; }\n",
                "drivers/x/bar.rs", "pub const A: u32 = 0;\n",
                "drivers/x/foo/bar.rs", "pub const A: u32 = 1;\n");
        assertEquals(List.of(local("drivers/x/bar.rs", Map.of("A", 1))),
                metrics.get("drivers/x/foo.rs").localBindings());
    }

    @Test
    void superOfAModuleIsTheModuleItsCrateTreeLoadsItFrom() throws Exception {
        // b.rs reaches util.rs through #[path]: util.rs's `super` is b.rs's module, whose `mod generated;` is
        // drivers/x/generated.rs; a stray drivers/a.rs declaring the same file does not change that
        Map<String, FileMetrics> metrics = metricsWithCrates(
                "drivers/x/Makefile", "obj-y += b.o\n",
                "drivers/a.rs", "#[path = \"x/sub/util.rs\"]\nmod util;\nmod generated;\n",
                "drivers/generated.rs", "",
                "drivers/x/b.rs", "mod generated;\n#[path = \"sub/util.rs\"]\nmod util;\n",
                "drivers/x/generated.rs", "",
                "drivers/x/sub/util.rs", "use super::generated as bindings;\nfn f() { bindings::B; }\n");
        assertEquals(List.of(local("drivers/x/generated.rs", Map.of("B", 1))),
                metrics.get("drivers/x/sub/util.rs").localBindings());
    }

    @Test
    void aliasInAnEnclosingInlineModuleCoversNestedModules() {
        FileMetrics file = metrics(Map.of("drivers/z/z.rs", """
                mod generated;
                mod outer {
                    use super::generated as bindings;
                    mod inner {
                        fn b() { bindings::B; }
                    }
                }
                fn top() { bindings::mutex_unlock(); }
                """, "drivers/z/generated.rs", "")).get("drivers/z/z.rs");
        assertEquals(Map.of("mutex_unlock", 1), file.bindings());
        assertEquals(List.of(local("drivers/z/generated.rs", Map.of("B", 1))), file.localBindings());
    }

    @Test
    void crateBindingsInTheKernelCrateIsTheKernelsThroughLibRs() {
        Map<String, FileMetrics> metrics = metrics(Map.of(
                "rust/kernel/lib.rs", "pub mod sync;\n#[doc(hidden)]\npub use bindings;\n",
                "rust/kernel/sync.rs", "pub mod arc;\n",
                "rust/kernel/sync/arc.rs", """
                        use crate::{bindings, prelude::*};
                        fn f() { bindings::refcount_inc(); crate::bindings::refcount_dec_and_test(); }
                        """));
        FileMetrics arc = metrics.get("rust/kernel/sync/arc.rs");
        assertEquals(Map.of("refcount_inc", 1, "refcount_dec_and_test", 1), arc.bindings());
        assertEquals(List.of(), arc.localBindings());
    }

    @Test
    void groupedUseOfKernelBindingsCountsEachNameAsTheKernels() {
        FileMetrics trace = metrics(Map.of("drivers/android/binder/trace.rs",
                "use kernel::bindings::{rust_binder_transaction, task_struct};\n"))
                .get("drivers/android/binder/trace.rs");
        assertEquals(Map.of("rust_binder_transaction", 1, "task_struct", 1), trace.bindings());
    }

    @Test
    void aModuleThatCannotBeFoundIsStillLocalWithoutAFile() {
        FileMetrics file = metrics(Map.of("drivers/q/q.rs",
                "use missing_module as bindings;\nfn f() { bindings::mutex_lock(); }\n")).get("drivers/q/q.rs");
        assertEquals(Map.of(), file.bindings());
        assertEquals(List.of(local(null, Map.of("mutex_lock", 1))), file.localBindings());
    }

    @Test
    void localBindingsAreLeftOutOfJsonWhenEmptyAndNameTheirFileOtherwise() throws Exception {
        Map<String, FileMetrics> metrics = metrics(novaLike());
        String plain = ModelJson.mapper().writeValueAsString(metrics.get("drivers/gpu/nova/nova.rs"));
        assertFalse(plain.contains("localBindings"), plain);
        String fw = ModelJson.mapper().writeValueAsString(metrics.get("drivers/gpu/nova/gsp/fw.rs"));
        assertTrue(fw.replaceAll("\\s", "").contains(
                "\"bindings\":{\"mutex_lock\":1},\"localBindings\":[{\"file\":\"drivers/gpu/nova/gsp/fw/r570.rs\","
                        + "\"names\":{\"GSP_A\":2}}],\"kernelPaths\""), fw);
        String unknown = ModelJson.mapper().writeValueAsString(local(null, Map.of("X", 1)));
        assertEquals("{\"names\":{\"X\":1}}", unknown.replaceAll("\\s", ""));
        assertEquals(metrics.get("drivers/gpu/nova/gsp/fw.rs"), ModelJson.mapper().readValue(fw, FileMetrics.class));
    }
}
