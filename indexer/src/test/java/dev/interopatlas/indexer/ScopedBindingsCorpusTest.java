package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.BindingsAlias;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileMetrics;
import dev.interopatlas.model.metrics.LocalBindings;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scoped {@code bindings} and test modules on the real 7.3 tree. Every figure was counted by hand from the source
 * (grep, with // comments stripped), cited file:line; none is copied from the indexer's output.
 */
@Tag("corpus")
class ScopedBindingsCorpusTest {
    private static final String FW = "drivers/gpu/nova-core/gsp/fw.rs";
    private static final String COMMANDS = "drivers/gpu/nova-core/gsp/fw/commands.rs";
    /** fw.rs:5 `mod r570_144;` in the non-mod-rs file gsp/fw.rs: the module's file is gsp/fw/r570_144.rs. */
    private static final String R570 = "drivers/gpu/nova-core/gsp/fw/r570_144.rs";

    private static KernelIndex index;
    private static Map<String, FileMetrics> files;

    @BeforeAll
    static void indexTree() throws Exception {
        try (WorkingTree tree = WorkingTree.open(Corpus.tree("7.3"))) {
            index = new KernelIndexer(IndexOptions.defaults()).index(tree, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
        files = index.files().stream().collect(Collectors.toMap(FileMetrics::path, f -> f));
    }

    private static int occurrences(LocalBindings local) {
        return local.names().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void novaCoreAliasFileFactsRecordTheAliasAsWritten() throws Exception {
        RustFacts fw = RustFileAnalyzer.analyze(Files.readAllBytes(Corpus.tree("7.3").resolve(FW)));
        // fw.rs:8 `use r570_144 as bindings;` (after the comment on line 7)
        assertEquals(List.of(new BindingsAlias(List.of(), List.of("r570_144"), 8)), fw.bindingsAliases());
        assertEquals(Map.of(), fw.bindings());
        RustFacts commands = RustFileAnalyzer.analyze(Files.readAllBytes(Corpus.tree("7.3").resolve(COMMANDS)));
        // commands.rs:22 `use super::bindings;`
        assertEquals(List.of(new BindingsAlias(List.of(), List.of("super", "bindings"), 22)),
                commands.bindingsAliases());
    }

    @Test
    void novaCoreGspFwNamesAreItsOwnR570Module() {
        FileMetrics fw = files.get(FW);
        assertEquals(Map.of(), fw.bindings(), "fw.rs names no kernel bindings");
        assertEquals(1, fw.localBindings().size());
        LocalBindings local = fw.localBindings().get(0);
        assertEquals(Optional.of(R570), local.file());
        // 128 code lines of fw.rs say bindings::, one name each: 78 distinct names, e.g.
        // fw.rs:60 GSP_MSG_QUEUE_ELEMENT_SIZE_MAX (once), fw.rs:74 GSP_FW_HEAP_PARAM_BASE_RM_SIZE_TU10X (once)
        assertEquals(78, local.names().size());
        assertEquals(128, occurrences(local));
        assertEquals(1, local.names().get("GSP_MSG_QUEUE_ELEMENT_SIZE_MAX"));
        assertEquals(1, local.names().get("GSP_FW_HEAP_PARAM_BASE_RM_SIZE_TU10X"));
    }

    @Test
    void novaCoreCommandsReachTheSameModuleThroughSuper() {
        FileMetrics commands = files.get(COMMANDS);
        assertEquals(Map.of(), commands.bindings());
        assertEquals(1, commands.localBindings().size());
        LocalBindings local = commands.localBindings().get(0);
        // super is gsp/fw.rs (gsp/fw.rs:4 `pub(crate) mod commands;`), whose bindings is r570_144 (fw.rs:8)
        assertEquals(Optional.of(R570), local.file());
        // 14 bindings:: paths, 10 names: GspSystemInfo twice (commands.rs:27, :37), PACKED_REGISTRY_ENTRY twice
        // (commands.rs:75, :80), ...
        assertEquals(10, local.names().size());
        assertEquals(14, occurrences(local));
        assertEquals(2, local.names().get("GspSystemInfo"));
        assertEquals(2, local.names().get("PACKED_REGISTRY_ENTRY"));
    }

    @Test
    void noNameOfALocalBindingsModuleIsAmongTheCSymbols() {
        Set<String> local = new HashSet<>();
        List<String> withLocal = index.files().stream().filter(f -> !f.localBindings().isEmpty())
                .map(FileMetrics::path).toList();
        index.files().forEach(f -> f.localBindings().forEach(l -> local.addAll(l.names().keySet())));
        // only the two nova-core files alias bindings (grep of `as bindings`, `use super::bindings` in 7.3);
        // their name sets are disjoint: 78 + 10
        assertEquals(List.of(FW, COMMANDS).stream().sorted().toList(), withLocal);
        assertEquals(88, local.size());
        Set<String> symbols = index.symbols().stream().map(SymbolResolution::name).collect(Collectors.toSet());
        assertTrue(local.stream().noneMatch(symbols::contains));
    }

    @Test
    void bindersGroupedUseCountsBothNamesAsKernelBindings() {
        // drivers/android/binder/trace.rs:9 `use kernel::bindings::{rust_binder_transaction, task_struct};`,
        // the file's only bindings path
        FileMetrics trace = files.get("drivers/android/binder/trace.rs");
        assertEquals(Map.of("rust_binder_transaction", 1, "task_struct", 1), trace.bindings());
        assertEquals(List.of(), trace.localBindings());
        assertTrue(index.symbols().stream().filter(s -> s.name().equals("task_struct")
                || s.name().equals("rust_binder_transaction")).allMatch(SymbolResolution::resolved));
    }

    @Test
    void testModulesAreMarkedListedOnceAndNoAbstractions() {
        // grep -B4 'mod tests' rust/kernel: eleven #[kunit_tests(…)] / #[macros::kunit_tests(…)] /
        // #[::kernel::macros::kunit_tests(…)] modules, plus fmt.rs:224 and :237, two cfg alternatives of
        // `mod expected` inside fmt.rs:216 `mod tests`: 12 paths from 13 declarations.
        List<String> expected = List.of(
                "kernel::alloc::allocator::tests", // alloc/allocator.rs:269-270
                "kernel::alloc::kvec::tests", // alloc/kvec.rs:1539-1540
                "kernel::bitfield::tests", // bitfield.rs:552-553
                "kernel::bitmap::tests", // bitmap.rs:531-532
                "kernel::drm::gem::shmem::tests", // drm/gem/shmem.rs:577-578
                "kernel::fmt::tests", // fmt.rs:215-216
                "kernel::fmt::tests::expected", // fmt.rs:224 and fmt.rs:237
                "kernel::kunit::tests", // kunit.rs:334-335
                "kernel::net::netlink::tests", // net/netlink.rs:318-319
                "kernel::str::tests", // str.rs:432-433
                "kernel::sync::atomic::predefine::tests", // sync/atomic/predefine.rs:156-157
                "kernel::sync::lock::spinlock::tests"); // sync/lock/spinlock.rs:371-372
        List<String> tests = index.modules().stream().filter(RustModule::test).map(RustModule::path).toList();
        assertEquals(expected, tests);
        List<String> paths = index.modules().stream().map(RustModule::path).toList();
        assertEquals(paths.size(), new HashSet<>(paths).size(), "each module path once");
        assertEquals(index.modules().size() - expected.size(), index.abstractionModules().size());
        assertFalse(index.graph().nodes().stream()
                .anyMatch(n -> n.id().startsWith("module:") && n.id().endsWith("::tests")));
    }
}
