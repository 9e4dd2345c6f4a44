package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Unsafe sites, SAFETY documentation and placeholders of real 7.3 files, counted by hand from the source (the
 * lines are cited); grep commands named here were run on the Debian linux-source-7.3 tree.
 */
@Tag("corpus")
class UnsafeCorpus73Test {
    private static Map<String, RustFacts> all;

    @BeforeAll
    static void analyzeEveryRustFile() throws IOException {
        all = new TreeMap<>();
        try (WorkingTree tree = WorkingTree.open(Corpus.tree("7.3"))) {
            for (SourceFile file : tree.files()) {
                if (file.path().endsWith(".rs")) {
                    all.put(file.path(), RustFileAnalyzer.analyze(tree.read(file)));
                }
            }
        }
    }

    private static List<Integer> lines(RustFacts facts, UnsafeKind kind) {
        return facts.unsafeSites().stream().filter(s -> s.kind() == kind).map(UnsafeSiteFact::line).toList();
    }

    @Test
    void kunitMacroHasOneUnsafeFnInItsTemplate() {
        // rust/macros/kunit.rs: `unsafe` occurs in code only on line 139, the parse_quote! template
        // `unsafe extern "C" fn #kunit_wrapper_fn_name(_test: *mut ::kernel::bindings::kunit) {`; lines 71-72 and
        // 80 are `//` comments and 167 is the macro name kunit_unsafe_test_suite!.
        RustFacts kunit = all.get("rust/macros/kunit.rs");
        assertEquals(172, kunit.lines());
        assertEquals(List.of(139), lines(kunit, UnsafeKind.FN));
        assertEquals(1, kunit.unsafeSites().size());
        assertEquals("#kunit_wrapper_fn_name", kunit.unsafeSites().get(0).enclosing());
    }

    @Test
    void pinDataTemplateFnCountsAndItsContinuedSafetyCommentDocuments() {
        // rust/pin-init/internal/src/pin_data.rs: blocks 286, 289, 347, 399, 453; fns 445 (`#vis unsafe fn
        // #field_name(`, quote! template) and 504 (`unsafe fn __pin_data()`); `unsafe impl` 498. Every block has a
        // SAFETY run directly above (284-285, 287-288, 346, 398, 449-452); the one at 453 is `// SAFETY:` on 449
        // continued by `// - If `#pin_marker` is `Pinned`…` on 450, a justification, not a placeholder.
        RustFacts pinData = all.get("rust/pin-init/internal/src/pin_data.rs");
        assertEquals(List.of(286, 289, 347, 399, 453), lines(pinData, UnsafeKind.BLOCK));
        assertEquals(List.of(445, 504), lines(pinData, UnsafeKind.FN));
        assertEquals(List.of(498), lines(pinData, UnsafeKind.IMPL));
        assertEquals(5, pinData.unsafeSites().stream().filter(UnsafeSiteFact::documented).count());
        assertEquals(0, pinData.unsafeSites().stream().filter(UnsafeSiteFact::placeholder).count());
    }

    @Test
    void zerocopyFixmeSafetyCommentsArePlaceholders() {
        // rust/zerocopy/src/impls.rs: `// SAFETY: FIXME(#899): This is unsound. `$ty` is not` on 1798 and 1809,
        // each continued on two `//` lines, above `let c = unsafe { c.assume_initialized() };` (1801) and
        // `let mut c = unsafe { … }` (1812). `grep -nE '\bunsafe\s*\{' impls.rs` outside `//` lines gives 42
        // lines with one block each, `grep -nE '\bunsafe\s+impl\b'` 12 lines (429, 432, 447, 449 …); no
        // `unsafe fn` or `unsafe trait`. No other SAFETY comment of the file is a placeholder: its bare
        // `// SAFETY:` lines (36, 89, 119, 195, 256, 942, 1072) all continue with text on the next lines.
        RustFacts impls = all.get("rust/zerocopy/src/impls.rs");
        assertEquals(42, lines(impls, UnsafeKind.BLOCK).size());
        assertEquals(12, lines(impls, UnsafeKind.IMPL).size());
        assertEquals(0, lines(impls, UnsafeKind.FN).size() + lines(impls, UnsafeKind.TRAIT).size());
        assertEquals(List.of(1801, 1812), impls.unsafeSites().stream().filter(UnsafeSiteFact::placeholder)
                .map(UnsafeSiteFact::line).toList());
    }

    @Test
    void everyPlaceholderBlockOfTheTree() {
        // `grep -rniE 'SAFETY:\s*(TODO|FIXME|XXX|TBD)'` finds 16 comments. 3 are inside doc comments, not code
        // (pin-init/src/lib.rs:752, kernel/sync/aref.rs:132 and 140); 4 sit above `unsafe impl`, which SAFETY
        // comments do not document (workqueue.rs:884 and 904, pin-init/src/__internal.rs:127,
        // list/impl_list_item_mod.rs:89). The other 9 are each directly above one block, on the next line:
        // print.rs:112 is below `#[cfg(CONFIG_PRINTK)]` (111), which does not break the run. No bare
        // `// SAFETY:` of the tree lacks a continuation (all 274 `SAFETY:` at line end are followed by text on
        // `//` lines).
        List<String> placeholders = new ArrayList<>();
        all.forEach((path, facts) -> facts.unsafeSites().stream().filter(UnsafeSiteFact::placeholder)
                .forEach(s -> placeholders.add(path + ":" + s.line())));
        assertEquals(List.of(
                "rust/kernel/list.rs:603",
                "rust/kernel/list/impl_list_item_mod.rs:278",
                "rust/kernel/list/impl_list_item_mod.rs:330",
                "rust/kernel/print.rs:33",
                "rust/kernel/print.rs:113",
                "rust/pin-init/internal/src/init.rs:151",
                "rust/pin-init/internal/src/init.rs:172",
                "rust/zerocopy/src/impls.rs:1801",
                "rust/zerocopy/src/impls.rs:1812"), placeholders);
    }

    @Test
    void aMacroMetavariableNamedUnsafeIsNoSite() {
        // rust/kernel/sync/atomic/internal.rs: `$unsafe:tt` (145, 165, 183, 200, 224) and `$unsafe { … }` (159,
        // 171, 177, 188, 233) are a macro_rules! metavariable; the `unsafe {` passed in by the invocations are
        // the sites: 287, 293, 307, 321, 335, 344, 349.
        assertEquals(List.of(287, 293, 307, 321, 335, 344, 349),
                lines(all.get("rust/kernel/sync/atomic/internal.rs"), UnsafeKind.BLOCK));
    }

    @Test
    void everyFileIsAnalyzedWithoutWarnings() {
        assertEquals(496, all.size());
        all.forEach((path, facts) -> assertEquals(List.of(), facts.warnings(), path));
    }
}
