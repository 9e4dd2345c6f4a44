package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.IndexCancelledException;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.testing.RecordingMonitor;
import dev.interopatlas.model.index.UnresolvedInclude;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CBoundaryIndexTest {
    private static final String MAKEFILE = """
            USERINCLUDE    := \\
            		-I$(srctree)/arch/$(SRCARCH)/include/uapi \\
            		-I$(objtree)/arch/$(SRCARCH)/include/generated/uapi \\
            		-I$(srctree)/include/uapi \\
            		-I$(objtree)/include/generated/uapi \\
                            -include $(srctree)/include/linux/kconfig.h

            LINUXINCLUDE    := \\
            		-I$(srctree)/arch/$(SRCARCH)/include \\
            		-I$(objtree)/arch/$(SRCARCH)/include/generated \\
            		$(if $(building_out_of_srctree),-I$(srctree)/include) \\
            		-I$(objtree)/include \\
            		$(USERINCLUDE)
            """;

    /** A miniature kernel: bindings root, helpers, Kbuild lists, an asm-generic fallback, a generated include. */
    private static MemoryTree miniKernel() {
        return MemoryTree.of(
                "Makefile", MAKEFILE,
                "scripts/Makefile.lib", "c_flags = -include $(srctree)/include/linux/compiler_types.h\n",
                "include/linux/kconfig.h", "#include <generated/autoconf.h>\n#define IS_ENABLED(x) (x)\n",
                "include/linux/compiler_types.h", "#define __must_check __attribute__((warn_unused_result))\n",
                "arch/demo/include/asm/Kbuild", "generic-y += widget.h\ngenerated-y += syscalls_64.h\n",
                "arch/demo/include/uapi/asm/Kbuild", "",
                "include/asm-generic/Kbuild", "mandatory-y += barrier.h\nmandatory-y += local.h\n",
                "include/uapi/asm-generic/Kbuild", "mandatory-y += posix.h\n",
                "arch/demo/include/asm/local.h", "#define ARCH_LOCAL 1\n",
                "include/asm-generic/widget.h", "struct widget { int id; };\n",
                "include/asm-generic/barrier.h", "#define mb() do { } while (0)\n",
                "include/asm-generic/local.h", "#define GENERIC_LOCAL 1\n",
                "include/uapi/asm-generic/posix.h", "typedef long __demo_long_t;\n",
                "include/linux/demo.h", """
                        #include <asm/widget.h>
                        #include <asm/barrier.h>
                        #include <asm/local.h>
                        #include <asm/posix.h>
                        #include <asm/syscalls_64.h>
                        #include "demo_local.h"
                        #include <linux/missing.h>
                        #include <stdio.h>
                        #define DEMO_FLAG_A 0x1
                        #define GFP_DEMO (DEMO_FLAG_A | 0x2)
                        enum demo_state { DEMO_DOWN, DEMO_UP };
                        typedef enum { DEMO_MODE_A, DEMO_MODE_B } demo_mode_t;
                        enum { DEMO_LOOSE = 7 };
                        struct demo_dev;
                        struct demo_dev { int state; };
                        typedef unsigned int demo_gfp_t;
                        static inline int demo_get(struct demo_dev *d) { return d->state; }
                        int demo_register(struct demo_dev *d);
                        """,
                "include/linux/demo_local.h", "#define DEMO_LOCAL_ONLY 1\n",
                "include/linux/outside.h", "int demo_outside(void);\nenum far_state { FAR_ON };\n",
                "rust/bindings/bindings_helper.h", """
                        #include <linux/demo.h>
                        /* `bindgen` gets confused at certain things. */
                        const demo_gfp_t RUST_CONST_HELPER_GFP_DEMO = GFP_DEMO;
                        const demo_gfp_t BINDINGS_DEMO_FLAG_A = DEMO_FLAG_A;
                        const demo_gfp_t RUST_CONST_HELPER_DEMO_GONE = DEMO_NOWHERE;
                        """,
                "rust/bindings/lib.rs", """
                        mod bindings_raw {
                            type __kernel_size_t = usize;
                        }
                        pub use bindings_raw::*;
                        pub const DEMO_FLAG_A: demo_gfp_t = BINDINGS_DEMO_FLAG_A;
                        pub const DEMO_RUST_ONLY: u32 = 3;
                        """,
                "rust/helpers/helpers.c", "#include \"demo.c\"\n",
                "rust/helpers/demo.c", """
                        #include <linux/demo.h>
                        int rust_helper_demo_get(struct demo_dev *d)
                        {
                        	return demo_get(d);
                        }
                        """,
                "rust/uapi/uapi_helper.h", "#include <asm/posix.h>\n");
    }

    private static CBoundaryIndex index(MemoryTree tree) throws IOException {
        return CBoundaryIndex.build(tree, "demo", new DirectFactsProvider(), ProgressMonitor.NONE);
    }

    @Test
    void closureHoldsRootsForcedIncludesAndWhatTheyInclude() throws IOException {
        List<String> closure = index(miniKernel()).closureHeaders();
        assertTrue(closure.containsAll(List.of("rust/bindings/bindings_helper.h", "rust/helpers/helpers.c",
                "rust/helpers/demo.c", "rust/uapi/uapi_helper.h", "include/linux/kconfig.h",
                "include/linux/compiler_types.h", "include/linux/demo.h", "include/linux/demo_local.h")), closure::toString);
        assertFalse(closure.contains("include/linux/outside.h"));
        assertEquals(closure.stream().sorted().toList(), closure);
    }

    @Test
    void asmHeadersFallBackToAsmGenericOnlyWhenKbuildSaysSo() throws IOException {
        CBoundaryIndex index = index(miniKernel());
        assertTrue(index.includeEdges().contains(new IncludeEdge("include/linux/demo.h", "include/asm-generic/widget.h", 1)));
        assertTrue(index.includeEdges().contains(new IncludeEdge("include/linux/demo.h", "include/asm-generic/barrier.h", 2)));
        // the arch's own asm/local.h wins over the mandatory-y generic one
        assertTrue(index.includeEdges().contains(new IncludeEdge("include/linux/demo.h", "arch/demo/include/asm/local.h", 3)));
        assertTrue(index.includeEdges().contains(new IncludeEdge("include/linux/demo.h", "include/uapi/asm-generic/posix.h", 4)));
        assertTrue(index.includeEdges().contains(new IncludeEdge("include/linux/demo.h", "include/linux/demo_local.h", 6)));
    }

    @Test
    void generatedAndMissingHeadersAreUnresolvedWithReasons() throws IOException {
        List<UnresolvedInclude> unresolved = index(miniKernel()).unresolvedIncludes();
        assertTrue(unresolved.stream().anyMatch(u -> u.target().equals("generated/autoconf.h")
                && u.reason().startsWith("generated by the build")), unresolved::toString);
        assertTrue(unresolved.stream().anyMatch(u -> u.target().equals("asm/syscalls_64.h")
                && u.reason().contains("generated-y")), unresolved::toString);
        assertTrue(unresolved.stream().anyMatch(u -> u.target().equals("linux/missing.h")
                && u.reason().startsWith("not found in the tree")), unresolved::toString);
        assertTrue(unresolved.stream().anyMatch(u -> u.target().equals("stdio.h")
                && u.reason().startsWith("C library header")), unresolved::toString);
    }

    @Test
    void enumConstantsUseBindgenNames() throws IOException {
        CBoundaryIndex index = index(miniKernel());
        assertEquals(SymbolResolution.resolved("demo_state_DEMO_UP", "enum-constant", "include/linux/demo.h", 11,
                "enum-constant"), index.resolve("demo_state_DEMO_UP"));
        assertEquals(Optional.of("demo_mode_t"), index.symbol("demo_mode_t_DEMO_MODE_B").flatMap(CSymbol::parent));
        assertEquals("direct", index.resolve("DEMO_LOOSE").via().orElseThrow());
        assertFalse(index.resolve("demo_state_DEMO_SIDEWAYS").resolved());
    }

    @Test
    void constHelpersResolveToTheMacroTheyStandFor() throws IOException {
        CBoundaryIndex index = index(miniKernel());
        assertEquals(SymbolResolution.resolved("GFP_DEMO", "macro-constant", "include/linux/demo.h", 10, "const-helper"),
                index.resolve("GFP_DEMO"));
        // the old BINDINGS_ prefix stays in Rust, and lib.rs re-exports it under the plain name
        assertEquals("const-helper", index.resolve("BINDINGS_DEMO_FLAG_A").via().orElseThrow());
        assertEquals(Optional.of(new CSymbol("DEMO_FLAG_A", CDeclKind.MACRO_CONSTANT, "include/linux/demo.h", 9,
                Optional.empty())), index.symbol("DEMO_FLAG_A"));
        assertTrue(index.resolve("DEMO_GONE").reason().orElseThrow().contains("DEMO_NOWHERE"));
    }

    @Test
    void helpersResolveToTheWrappedInlineFunction() throws IOException {
        CBoundaryIndex index = index(miniKernel());
        assertEquals(SymbolResolution.resolved("demo_get", "function", "include/linux/demo.h", 17, "helper"),
                index.resolve("demo_get"));
        assertEquals(List.of(new HelperInfo("demo_get", "rust/helpers/demo.c", 2, List.of("demo_get"))), index.helpers());
    }

    @Test
    void definitionsWinOverForwardDeclarations() throws IOException {
        assertEquals(Optional.of(new CSymbol("demo_dev", CDeclKind.STRUCT, "include/linux/demo.h", 15, Optional.empty())),
                index(miniKernel()).symbol("demo_dev"));
    }

    @Test
    void unresolvedNamesSayWhy() throws IOException {
        CBoundaryIndex index = index(miniKernel());
        assertEquals(Optional.of("declared in include/linux/outside.h:1, outside the bindings include closure"),
                index.resolve("demo_outside").reason());
        assertTrue(index.resolve("far_state_FAR_ON").reason().orElseThrow().contains("include/linux/outside.h:2"));
        assertEquals(Optional.of("not declared in any C header of the tree (include/, arch/demo/include/)"),
                index.resolve("no_such_thing").reason());
        assertTrue(index.resolve("NR_DEMO_GENERATED").reason().orElseThrow().contains("generated by the build"));
        assertTrue(index.resolve("DEMO_RUST_ONLY").reason().orElseThrow().contains("rust/bindings/lib.rs"));
        assertTrue(index.resolve("__kernel_size_t").reason().isPresent());
        assertTrue(index.resolve("__IncompleteArrayField").reason().orElseThrow().startsWith("emitted by bindgen itself"));
    }

    @Test
    void declaredInListsOneHeader() throws IOException {
        List<CSymbol> declared = index(miniKernel()).declaredIn("include/linux/demo.h");
        assertTrue(declared.stream().anyMatch(s -> s.name().equals("demo_register") && s.kind() == CDeclKind.FUNCTION));
        assertTrue(index(miniKernel()).declaredIn("include/linux/outside.h").isEmpty());
    }

    /**
     * What bindgen names without a C name of its own: early.h comes first in the closure (bindings_helper.h
     * includes it first) and only mentions what late.h defines or forward-declares.
     */
    private static MemoryTree bindgenKernel() {
        return MemoryTree.of(
                "Makefile", MAKEFILE,
                "arch/demo/include/asm/Kbuild", "",
                "include/linux/kconfig.h", "",
                "include/linux/early.h", """
                        struct gizmo *gizmo_get(void);
                        struct sprocket *sprocket_get(void);
                        struct soc_thing *soc_thing_register(void);
                        union soc_value *soc_value_get(void);
                        """,
                "include/linux/late.h", """
                        struct gizmo {
                        	int id;
                        	union {
                        		int raw;
                        		struct { short lo, hi; };
                        	};
                        };
                        struct sprocket;
                        """,
                "include/linux/outside.h", "struct gizmo_far { union { int a; }; };\nstruct far_only *far_get(void);\n",
                "rust/bindings/bindings_helper.h", "#include <linux/early.h>\n#include <linux/late.h>\n",
                "rust/bindings/lib.rs", """
                        mod bindings_raw {}
                        pub use bindings_raw::*;
                        pub const gizmo_getter: Option<unsafe extern "C" fn() -> *mut gizmo> = {
                            Some(bindings_raw::gizmo_get)
                        };
                        """);
    }

    @Test
    void anonymousMembersResolveToTheirLineInTheEnclosingType() throws IOException {
        CBoundaryIndex index = index(bindgenKernel());
        // late.h:3 is the union, the first anonymous member of struct gizmo; late.h:5 the struct inside it
        assertEquals(SymbolResolution.resolved("gizmo__bindgen_ty_1", "anonymous-member", "include/linux/late.h", 3,
                "bindgen-anonymous"), index.resolve("gizmo__bindgen_ty_1"));
        assertEquals(SymbolResolution.resolved("gizmo__bindgen_ty_1__bindgen_ty_1", "anonymous-member",
                "include/linux/late.h", 5, "bindgen-anonymous"), index.resolve("gizmo__bindgen_ty_1__bindgen_ty_1"));
        assertEquals(Optional.of("bindgen's name for anonymous member 2 of gizmo (include/linux/late.h:1), which has "
                + "1 anonymous struct/union/enum members here"), index.resolve("gizmo__bindgen_ty_2").reason());
        assertTrue(index.resolve("gizmo_far__bindgen_ty_1").reason().orElseThrow()
                .endsWith("gizmo_far, which is declared in include/linux/outside.h:1, outside the bindings include "
                        + "closure"));
        assertTrue(index.resolve("_bindgen_ty_3").reason().orElseThrow().contains("file scope"));
    }

    @Test
    void aCompleteDefinitionSeenLaterWinsOverAnEarlierMention() throws IOException {
        assertEquals(SymbolResolution.resolved("gizmo", "struct", "include/linux/late.h", 1, "direct"),
                index(bindgenKernel()).resolve("gizmo"));
    }

    @Test
    void structsWithoutDefinitionAreOpaqueAtTheirDeclarationOrFirstMention() throws IOException {
        CBoundaryIndex index = index(bindgenKernel());
        // only a forward declaration (late.h:8) and an earlier mention (early.h:2): the declaration is cited
        assertEquals(SymbolResolution.resolved("sprocket", "opaque-struct", "include/linux/late.h", 8, "direct"),
                index.resolve("sprocket"));
        assertEquals(SymbolResolution.resolved("soc_thing", "opaque-struct", "include/linux/early.h", 3, "direct"),
                index.resolve("soc_thing"));
        assertEquals(SymbolResolution.resolved("soc_value", "opaque-union", "include/linux/early.h", 4, "direct"),
                index.resolve("soc_value"));
        assertEquals(Optional.of(new CSymbol("soc_thing", CDeclKind.OPAQUE_STRUCT, "include/linux/early.h", 3,
                Optional.empty())), index.symbol("soc_thing"));
        assertEquals(Optional.of("named without a definition in include/linux/outside.h:2, outside the bindings "
                + "include closure"), index.resolve("far_only").reason());
    }

    @Test
    void bindgenInternalsAndTheBindingsCratesOwnItemsSaySo() throws IOException {
        CBoundaryIndex index = index(bindgenKernel());
        assertEquals(Optional.of("emitted by bindgen itself for C bitfields; no C header declares it"),
                index.resolve("__BindgenBitfieldUnit").reason());
        assertEquals(Optional.of("defined on the Rust side in rust/bindings/lib.rs:3 (it wraps gizmo_get, declared in "
                + "C at include/linux/early.h:1), not by a C declaration"), index.resolve("gizmo_getter").reason());
    }

    @Test
    void olderTreesUseRustHelpersC() throws IOException {
        MemoryTree tree = MemoryTree.of(
                "Makefile", MAKEFILE,
                "arch/demo/include/asm/Kbuild", "",
                "include/linux/kconfig.h", "",
                "include/linux/bug.h", "#define BUG() do { } while (1)\n",
                "rust/bindings/bindings_helper.h", "#include <linux/bug.h>\n",
                "rust/helpers.c", "#include <linux/bug.h>\n__noreturn void rust_helper_BUG(void)\n{\n\tBUG();\n}\n");
        CBoundaryIndex index = index(tree);
        assertTrue(index.closureHeaders().contains("rust/helpers.c"));
        assertEquals(SymbolResolution.resolved("BUG", "macro-function", "include/linux/bug.h", 1, "helper"),
                index.resolve("BUG"));
    }

    @Test
    void treesWithoutRustOrArchFailWithClearMessages() {
        MemoryTree noRust = MemoryTree.of("Makefile", MAKEFILE, "arch/demo/include/asm/Kbuild", "");
        IOException e = assertThrows(IOException.class, () -> index(noRust));
        assertTrue(e.getMessage().contains("rust/bindings/bindings_helper.h"));
        IOException arch = assertThrows(IOException.class,
                () -> CBoundaryIndex.build(miniKernel(), "sparc", new DirectFactsProvider(), ProgressMonitor.NONE));
        assertTrue(arch.getMessage().contains("arch/sparc/include"));
    }

    @Test
    void cancellationStopsTheClosure() {
        assertThrows(IndexCancelledException.class,
                () -> CBoundaryIndex.build(miniKernel(), "demo", new DirectFactsProvider(),
                        RecordingMonitor.cancelled()));
    }
}
