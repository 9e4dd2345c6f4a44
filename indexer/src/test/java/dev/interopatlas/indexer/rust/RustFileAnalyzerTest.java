package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.BindingsAlias;
import dev.interopatlas.indexer.facts.ModDecl;
import dev.interopatlas.indexer.facts.PathRef;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.ScopedBindings;
import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RustFileAnalyzerTest {
    private static RustFacts analyze(String source) {
        return RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
    }

    private static List<UnsafeKind> kinds(String source) {
        return analyze(source).unsafeSites().stream().map(UnsafeSiteFact::kind).toList();
    }

    private static List<String> refs(String source) {
        return analyze(source).kernelRefs().stream()
                .map(r -> r.root() + ":" + String.join("::", r.segments())).toList();
    }

    // ---- unsafe kinds ----

    @Test
    void unsafeFollowedByBraceIsABlockEvenAcrossComments() {
        assertEquals(List.of(UnsafeKind.BLOCK, UnsafeKind.BLOCK),
                kinds("fn f() { unsafe { g() }; unsafe /* why */ // more\n { h() } }"));
    }

    @Test
    void rawStringHidesUnsafeKeyword() {
        assertEquals(List.of(), kinds("const S: &str = r##\"unsafe { \"# unsafe fn x() {}\"##;"));
    }

    @Test
    void nestedCommentHidesUnsafeKeyword() {
        assertEquals(List.of(), kinds("/* outer /* inner */ unsafe { x } */ fn f() {}"));
    }

    @Test
    void docCommentHidesUnsafeKeyword() {
        assertEquals(List.of(), kinds("/// unsafe { x }\n//! unsafe impl Send for X {}\n/** unsafe fn f() */ fn f() {}"));
    }

    @Test
    void charLiteralQuoteDoesNotSwallowFollowingCode() {
        // If '{' were read as a lifetime start, the lexer could lose track; 'a' vs 'a must both work.
        assertEquals(List.of(UnsafeKind.BLOCK, UnsafeKind.BLOCK),
                kinds("fn f<'a>(x: &'a u8) { let c = '{'; unsafe { g('a') }; let d = '\"'; unsafe { h() } }"));
    }

    @Test
    void unsafeFnDeclarationsCountWithQualifiersAndAbi() {
        assertEquals(List.of(UnsafeKind.FN, UnsafeKind.FN, UnsafeKind.FN, UnsafeKind.FN, UnsafeKind.FN),
                kinds("unsafe fn a() {}\npub const unsafe fn b() {}\nasync unsafe fn c() {}\n"
                        + "unsafe extern \"C\" fn d(x: i32) {}\npub(crate) unsafe extern fn e() {}"));
    }

    @Test
    void procMacroTemplateFnsWithInterpolatedNamesCount() {
        // The quote! forms of rust/pin-init/internal/src/pin_data.rs and rust/macros/kunit.rs (7.3).
        RustFacts facts = analyze("""
                fn expand() -> TokenStream {
                    quote! {
                        #vis unsafe fn #field_name(
                            self,
                        ) -> Projection {
                            unsafe { project(self) }
                        }
                    };
                    parse_quote! {
                        unsafe extern "C" fn #kunit_wrapper_fn_name(_test: *mut ::kernel::bindings::kunit) {}
                    }
                }
                """);
        assertEquals(List.of(UnsafeKind.FN, UnsafeKind.BLOCK, UnsafeKind.FN),
                facts.unsafeSites().stream().map(UnsafeSiteFact::kind).toList());
        assertEquals(List.of("#field_name", "#field_name", "#kunit_wrapper_fn_name"),
                facts.unsafeSites().stream().map(UnsafeSiteFact::enclosing).toList());
        assertEquals(List.of(3, 6, 10), facts.unsafeSites().stream().map(UnsafeSiteFact::line).toList());
    }

    @Test
    void fnPointerTypesAreNotUnsafeFns() {
        assertEquals(List.of(), kinds("type F = unsafe extern \"C\" fn(i32) -> i32;\n"
                + "struct S { f: Option<unsafe fn(*mut u8)> }\nunsafe extern \"C\" { fn g(); }"));
    }

    @Test
    void traitMethodWithoutBodyCounts() {
        RustFacts facts = analyze("pub unsafe trait T {\n    unsafe fn f(&self);\n}\n");
        assertEquals(List.of(UnsafeKind.TRAIT, UnsafeKind.FN),
                facts.unsafeSites().stream().map(UnsafeSiteFact::kind).toList());
        assertEquals("T::f", facts.unsafeSites().get(1).enclosing());
    }

    @Test
    void unsafeImplAndAutoTrait() {
        assertEquals(List.of(UnsafeKind.IMPL, UnsafeKind.TRAIT, UnsafeKind.TRAIT),
                kinds("unsafe impl<T: Send> Send for Arc<T> {}\nunsafe auto trait A {}\nunsafe trait B {}"));
    }

    @Test
    void unsafeAttributeAndMacroFragmentAreNotSites() {
        assertEquals(List.of(), kinds("#[unsafe(no_mangle)] fn f() {}\nmacro_rules! m { ($($s:tt)*) => { unsafe $($s)* {} } }"));
    }

    @Test
    void aMetavariableNamedUnsafeIsNotTheKeyword() {
        // rust/kernel/sync/atomic/internal.rs (7.3) lines 145/159: `$unsafe:tt { … }` matched, `$unsafe { … }`
        // expanded; the `unsafe {` passed in at the invocation (line 287) is the site.
        assertEquals(List.of(UnsafeKind.BLOCK), kinds("""
                macro_rules! m {
                    ($unsafe:tt { call() }) => { $unsafe { bindings::f() } };
                }
                m!(unsafe { call() });
                """));
    }

    @Test
    void rawIdentifierUnsafeIsNotTheKeyword() {
        assertEquals(List.of(), kinds("fn f() { let r#unsafe = 1; r#unsafe {} }"));
    }

    // ---- macros ----

    @Test
    void sitesInMacroRulesBodiesAreCountedAndMarked() {
        RustFacts facts = analyze("""
                macro_rules! make {
                    ($name:ident) => {
                        unsafe impl Send for $name {}
                        impl $name {
                            pub unsafe fn $name() { unsafe { x() } }
                        }
                        fn [<get_ $name>]() { unsafe { y() } }
                        unsafe { z() }
                    };
                }
                fn outside() { unsafe { w() } }
                """);
        List<UnsafeSiteFact> sites = facts.unsafeSites();
        assertEquals(List.of(UnsafeKind.IMPL, UnsafeKind.FN, UnsafeKind.BLOCK, UnsafeKind.BLOCK, UnsafeKind.BLOCK,
                UnsafeKind.BLOCK), sites.stream().map(UnsafeSiteFact::kind).toList());
        assertEquals(List.of("impl Send for $name", "$name::$name", "$name::$name", "[<get_$name>]",
                "macro_rules! make", "outside"), sites.stream().map(UnsafeSiteFact::enclosing).toList());
        assertEquals(List.of(true, true, true, true, true, false),
                sites.stream().map(UnsafeSiteFact::inMacroRules).toList());
    }

    @Test
    void sitesInMacroInvocationsCountButAreNotMacroRules() {
        RustFacts facts = analyze("fn f() { pin_init!(Foo { a: unsafe { g() } }); quote! { unsafe impl Send for X {} } }");
        assertEquals(2, facts.unsafeSites().size());
        assertFalse(facts.unsafeSites().get(0).inMacroRules());
        assertEquals("f", facts.unsafeSites().get(0).enclosing());
    }

    // ---- SAFETY comments ----

    @Test
    void safetyCommentRunAboveDocumentsBlock() {
        RustFacts facts = analyze("""
                fn f() {
                    // SAFETY: the pointer is valid
                    // because reasons.
                    let x = unsafe { *p };
                    // SAFETY: same line
                    unsafe { a() }; unsafe { b() } // SAFETY: trailing
                }
                """);
        assertEquals(List.of(true, true, true), facts.unsafeSites().stream().map(UnsafeSiteFact::documented).toList());
    }

    @Test
    void blankLineOrCodeBreaksTheSafetyRun() {
        RustFacts facts = analyze("""
                fn f() {
                    // SAFETY: too far away

                    unsafe { a() };
                    // SAFETY: for b
                    b();
                    unsafe { c() };
                    /* SAFETY: block comment above is not a // run */
                    unsafe { d() };
                    // Safety: wrong case
                    unsafe { e() };
                }
                """);
        assertEquals(List.of(false, false, false, false),
                facts.unsafeSites().stream().map(UnsafeSiteFact::documented).toList());
    }

    @Test
    void attributeLinesDoNotBreakTheSafetyRunButCodeAfterThemOnTheLineDoes() {
        RustFacts facts = analyze("""
                fn f() {
                    // SAFETY: documented through the attribute
                    #[allow(clippy::x)]
                    unsafe { a() };
                    // SAFETY: not through code
                    #[allow(x)] let y = 1;
                    unsafe { b() };
                }
                """);
        assertEquals(List.of(true, false), facts.unsafeSites().stream().map(UnsafeSiteFact::documented).toList());
    }

    @Test
    void safetyAboveALetStatementDocumentsItsInitialiserBlockOnTheNextLine() {
        RustFacts facts = analyze("""
                fn f() {
                    // SAFETY: documented at the statement.
                    let ret =
                        unsafe { a() };
                    // SAFETY: also through attributes and patterns
                    #[allow(unused)]
                    let (x, y): (u8, [u8; 2]) =
                        unsafe { b() };
                    // Not a safety comment.
                    call(x,
                        unsafe { c() });
                }
                """);
        assertEquals(List.of(true, true, false),
                facts.unsafeSites().stream().map(UnsafeSiteFact::documented).toList());
    }

    @Test
    void safetyOnlyDocumentsBlocks() {
        assertFalse(analyze("// SAFETY: x\nunsafe fn f() {}").unsafeSites().get(0).documented());
    }

    // ---- enclosing names ----

    @Test
    void enclosingNamesFollowItems() {
        RustFacts facts = analyze("""
                unsafe impl<T: ?Sized + Sync> Send for Arc<T> {}
                impl<T> Arc<T> {
                    pub fn new(x: T) -> impl Fn() -> u8 { unsafe { a() } }
                    const C: u8 = unsafe { c() };
                }
                impl<T: Foo<Vec<u8>>> core::ops::Deref for Arc<Vec<T>> where T: Bar { fn deref(&self) { unsafe { d() } } }
                trait Tr { fn m() { unsafe { e() } } }
                fn free() { fn inner() { unsafe { f() } } }
                static S: u8 = unsafe { g() };
                mod m { fn h() { unsafe { i() } } }
                """);
        assertEquals(List.of("impl Send for Arc", "Arc::new", "impl Arc", "Arc::deref",
                "Tr::m", "inner", "", "h"), facts.unsafeSites().stream().map(UnsafeSiteFact::enclosing).toList());
    }

    // ---- bindings ----

    @Test
    void bindingsAreCountedPerNameInCodeOnly() {
        RustFacts facts = analyze("""
                use kernel::bindings::{self, foo, bar as baz};
                use crate::bindings::{qux::Sub, quux};
                fn f() {
                    unsafe { bindings::foo(kernel::bindings::BAR, crate::bindings::foo) };
                    m!(bindings::in_macro);
                    // bindings::in_comment
                    let s = "bindings::in_string";
                    let t = my_bindings::other;
                    let u = bindings::<T>;
                }
                """);
        // line 1 makes the bare bindings of this file the kernel's; crate::bindings waits for the tree
        assertEquals(Map.of("foo", 2, "bar", 1, "BAR", 1, "in_macro", 1), facts.bindings());
        assertEquals(List.of(new ScopedBindings(List.of("crate", "bindings"), List.of(), 2,
                new TreeMap<>(Map.of("qux", 1, "quux", 1, "foo", 1)))), facts.scopedBindings());
    }

    @Test
    void aliasOfAModuleRecordsItsTargetAsWritten() {
        RustFacts facts = analyze("""
                mod r570_144;
                // Alias to avoid repeating the version number with every use.
                use r570_144 as bindings;
                const N: u32 = bindings::GSP_MSG_QUEUE_ELEMENT_SIZE_MAX;
                fn f(x: bindings::GspFwWprMeta) -> bindings::GspFwWprMeta { x }
                """);
        assertEquals(Map.of(), facts.bindings());
        assertEquals(List.of(new ScopedBindings(List.of("r570_144"), List.of(), 3,
                new TreeMap<>(Map.of("GSP_MSG_QUEUE_ELEMENT_SIZE_MAX", 1, "GspFwWprMeta", 2)))),
                facts.scopedBindings());
        assertEquals(List.of(new BindingsAlias(List.of(), List.of("r570_144"), 3)), facts.bindingsAliases());
    }

    @Test
    void superAndCratePathsToBindingsAreScoped() {
        RustFacts facts = analyze("""
                use super::bindings;
                use crate::gsp::fw::bindings as fw_bindings;
                struct S { inner: bindings::GspSystemInfo }
                fn f() { super::super::bindings::X; crate::gsp::fw::bindings::Y; fw_bindings::Z; }
                """);
        assertEquals(Map.of(), facts.bindings());
        assertEquals(List.of(
                new ScopedBindings(List.of("super", "super", "bindings"), List.of(), 4, new TreeMap<>(Map.of("X", 1))),
                new ScopedBindings(List.of("crate", "gsp", "fw", "bindings"), List.of(), 4,
                        new TreeMap<>(Map.of("Y", 1))),
                new ScopedBindings(List.of("super", "bindings"), List.of(), 1,
                        new TreeMap<>(Map.of("GspSystemInfo", 1)))),
                facts.scopedBindings());
        // `as fw_bindings` names no `bindings`, so only line 1 is an alias for other files
        assertEquals(List.of(new BindingsAlias(List.of(), List.of("super", "bindings"), 1)),
                facts.bindingsAliases());
    }

    @Test
    void modBindingsInlineOrInAFileIsTheFilesOwnModule() {
        RustFacts inline = analyze("mod bindings {\n    pub const A: u32 = 1;\n}\nfn f() { bindings::A; }\n");
        assertEquals(Map.of(), inline.bindings());
        assertEquals(List.of(new ScopedBindings(List.of("self", "bindings"), List.of(), 1,
                new TreeMap<>(Map.of("A", 1)))), inline.scopedBindings());
        RustFacts file = analyze("fn f() { bindings::B; }\npub(crate) mod bindings;\n");
        assertEquals(List.of(new ScopedBindings(List.of("self", "bindings"), List.of(), 2,
                new TreeMap<>(Map.of("B", 1)))), file.scopedBindings());
    }

    @Test
    void innermostScopeThatBringsInBindingsDecides() {
        RustFacts facts = analyze("""
                fn top() { bindings::TOP; }
                mod outer {
                    use super::generated as bindings;
                    fn a() { bindings::A; }
                    mod inner {
                        fn b() { bindings::B; }
                        mod back {
                            use kernel::bindings;
                            fn c() { bindings::C; }
                        }
                    }
                }
                fn block() {
                    use crate::other as bindings;
                    bindings::D;
                }
                """);
        assertEquals(Map.of("TOP", 1, "C", 1), facts.bindings());
        assertEquals(List.of(
                new ScopedBindings(List.of("super", "generated"), List.of("outer"), 3,
                        new TreeMap<>(Map.of("A", 1, "B", 1))),
                new ScopedBindings(List.of("crate", "other"), List.of(), 14, new TreeMap<>(Map.of("D", 1)))),
                facts.scopedBindings());
        // a use in a fn body is no module-level alias: other files cannot name it
        assertEquals(List.of(new BindingsAlias(List.of("outer"), List.of("super", "generated"), 3),
                new BindingsAlias(List.of("outer", "inner", "back"), List.of("kernel", "bindings"), 8)),
                facts.bindingsAliases());
    }

    @Test
    void kernelBindingsPathsStayTheKernelsUnderALocalAlias() {
        RustFacts facts = analyze("""
                use r570_144 as bindings;
                use kernel::bindings::{rust_binder_transaction, task_struct};
                fn f() { kernel::bindings::X; ::kernel::bindings::Y; ::bindings::Z; $crate::bindings::W; }
                fn g() { let x = bindings::BLK_STS_OK as bindings::blk_status_t; }
                """);
        assertEquals(Map.of("rust_binder_transaction", 1, "task_struct", 1, "X", 1, "Y", 1, "Z", 1),
                facts.bindings());
        assertEquals(List.of(
                new ScopedBindings(List.of("crate", "bindings"), List.of(), 3, new TreeMap<>(Map.of("W", 1))),
                new ScopedBindings(List.of("r570_144"), List.of(), 1,
                        new TreeMap<>(Map.of("BLK_STS_OK", 1, "blk_status_t", 1)))),
                facts.scopedBindings());
    }

    @Test
    void withoutAnImportBareBindingsIsTheKernels() {
        RustFacts facts = analyze("use kernel::prelude::*;\nfn f() { unsafe { bindings::mutex_lock(m) } }\n");
        assertEquals(Map.of("mutex_lock", 1), facts.bindings());
        assertEquals(List.of(), facts.scopedBindings());
        RustFacts extern = analyze("use bindings;\nfn f() { bindings::x(); }\n");
        assertEquals(Map.of("x", 1), extern.bindings());
        assertEquals(List.of(new BindingsAlias(List.of(), List.of("bindings"), 1)), extern.bindingsAliases());
    }

    // ---- kernel paths ----

    @Test
    void useTreesExpandGroupsSelfAndGlobs() {
        assertEquals(List.of("kernel:net::phy", "kernel:net::phy::Driver", "kernel:prelude"),
                refs("use kernel::{net::phy::{self, Driver}, prelude::*};"));
    }

    @Test
    void pathsStopAtGenericsMacrosAndCalls() {
        assertEquals(List.of("kernel:sync::Arc", "kernel:c_str", "kernel:sync::new_mutex", "kernel:error::code::EINVAL"),
                refs("fn f() { let a = kernel::sync::Arc::<u8>::new(1); kernel::c_str!(\"x\"); "
                        + "kernel::sync::new_mutex(); ::kernel::error::code::EINVAL }"));
    }

    @Test
    void crateRootsIncludeDollarCrateButNotLaterSegments() {
        assertEquals(List.of("crate:alloc::Flags", "crate:init::PinInit", "crate:types"),
                refs("use crate::alloc::Flags;\nmacro_rules! m { () => { $crate::init::PinInit } }\n"
                        + "pub(crate) fn f() -> other::kernel::X { foo::crate::x; crate::types::{self}; }"));
    }

    @Test
    void usesKernelNeedsKernelInCode() {
        assertTrue(analyze("fn f() { kernel::pr_info!(\"x\"); }").usesKernel());
        assertTrue(analyze("use kernel;").usesKernel());
        assertTrue(analyze("extern crate kernel;").usesKernel());
        assertFalse(analyze("// kernel::x\nfn f() { let s = \"kernel::y\"; crate::z(); }").usesKernel());
        assertFalse(analyze("fn kernel() {} fn g() { self.kernel::x }").usesKernel());
    }

    @Test
    void pathRefLinesAreTheLeafLines() {
        List<PathRef> refs = analyze("use kernel::{\n    a,\n    b::c,\n};").kernelRefs();
        assertEquals(List.of(2, 3), refs.stream().map(PathRef::line).toList());
    }

    // ---- mod declarations ----

    @Test
    void modDeclarationsWithVisibilityPathAndInlineParents() {
        List<ModDecl> mods = analyze("""
                pub mod a;
                #[cfg(CONFIG_X)]
                #[path = "other/b_impl.rs"]
                pub(crate) mod b;
                mod c {
                    pub mod d {
                        mod e;
                    }
                }
                fn f() { let m = "mod z;"; } // mod y;
                """).modDecls();
        assertEquals(List.of(
                new ModDecl("a", 1, List.of(), false, Optional.empty()),
                new ModDecl("b", 4, List.of(), false, Optional.of("other/b_impl.rs")),
                new ModDecl("c", 5, List.of(), true, Optional.empty()),
                new ModDecl("d", 6, List.of("c"), true, Optional.empty()),
                new ModDecl("e", 7, List.of("c", "d"), false, Optional.empty())), mods);
    }

    @Test
    void cfgTestAndKunitTestsUnderAnyPathMarkTestModules() {
        List<ModDecl> mods = analyze("""
                #[cfg(test)]
                mod a {}
                #[cfg(CONFIG_RUST_STR_KUNIT_TEST)]
                #[kunit_tests(rust_kernel_str)]
                mod b {}
                #[macros::kunit_tests(rust_kernel_fmt)]
                pub mod c {}
                #[::kernel::macros::kunit_tests(rust_kernel_bitfield)]
                mod d {}
                #[cfg(all(CONFIG_X, test))]
                mod e;
                #[cfg(not(test))]
                mod f {}
                #[cfg(CONFIG_RUST_STR_KUNIT_TEST)]
                mod g {}
                #[cfg(any(test, CONFIG_X))]
                mod h {}
                #[kunit_tests]
                mod i {}
                """).modDecls();
        assertEquals(List.of("a", "b", "c", "d", "e"), mods.stream().filter(ModDecl::test).map(ModDecl::name).toList());
        assertEquals(9, mods.size());
    }

    // ---- lines ----

    @Test
    void linesCountAFinalLineWithoutNewline() {
        assertEquals(0, analyze("").lines());
        assertEquals(1, analyze("x").lines());
        assertEquals(1, analyze("x\n").lines());
        assertEquals(2, analyze("x\ny").lines());
    }

    @Test
    void unterminatedCommentBecomesAWarningNotACrash() {
        RustFacts facts = analyze("fn f() { unsafe { a() } }\n/* open\nunsafe { b() }");
        assertEquals(1, facts.unsafeSites().size());
        assertEquals(2, facts.warnings().get(0).line());
    }

    @Test
    void crateNameInnerAttributeNamesTheCrate() {
        // drivers/android/binder/rust_binder_main.rs:7 of 7.3 renames the crate this way
        assertEquals(Optional.of("rust_binder"),
                analyze("//! Binder\n#![recursion_limit = \"256\"]\n#![crate_name = \"rust_binder\"]\n").crateName());
        assertEquals(Optional.empty(), analyze("#[crate_name = \"outer\"]\nfn f() { let crate_name = 1; }")
                .crateName());
    }

    @Test
    void includeOfAPlainStringLiteralIsListedAndGeneratedOnesAreNot() {
        // drivers/gpu/nova-core/gsp/fw/r570_144.rs:27 and rust/uapi/lib.rs:42 of 7.3
        RustFacts facts = analyze("include!(\"r570_144/bindings.rs\");\n"
                + "include!(concat!(env!(\"OBJTREE\"), \"/rust/uapi/uapi_generated.rs\"));\n"
                + "const S: &str = include_str!(\"x.txt\");\n");
        assertEquals(List.of("r570_144/bindings.rs"), facts.includes());
    }

    @Test
    void moduleNamedWithALaterEditionKeywordIsStillAModule() {
        // rust/syn/lib.rs:556 of 7.3: `mod gen { … pub mod fold; … }` (syn is a 2021-edition crate)
        List<String> names = analyze("mod gen {\n    pub mod fold;\n}\n").modDecls().stream()
                .map(d -> d.name() + d.inlineParents()).toList();
        assertEquals(List.of("gen[]", "fold[gen]"), names);
    }
}
