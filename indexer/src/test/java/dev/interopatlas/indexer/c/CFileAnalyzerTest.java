package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.HelperWrapper;
import dev.interopatlas.indexer.facts.IncludeDirective;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CFileAnalyzerTest {
    private static CFileFacts facts(String source) {
        return CFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<CDeclaration> decl(CFileFacts facts, String name) {
        return facts.declarations().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private static CDeclKind kindOf(CFileFacts facts, String name) {
        return decl(facts, name).map(CDeclaration::kind).orElse(null);
    }

    private static void assertNoneNamed(CFileFacts facts, String... names) {
        for (String name : names) {
            assertTrue(decl(facts, name).isEmpty(), name + " should not be a declaration");
        }
    }

    @Test
    void includesKeepFormAndLine() {
        CFileFacts f = facts("// c\n#include <linux/types.h>\n  #  include \"local.h\" /* x */\n#include MACRO_H\n");
        assertEquals(List.of(new IncludeDirective("linux/types.h", true, 2),
                new IncludeDirective("local.h", false, 3)), f.includes());
        assertTrue(f.warnings().stream().anyMatch(w -> w.line() == 4));
    }

    @Test
    void prototypesWithAttributeMacrosNameTheFunction() {
        CFileFacts f = facts("""
                asmlinkage __printf(1, 2) __cold
                int _vprintk_demo(const char *fmt, ...);
                void *__kmalloc_demo(size_t size, gfp_t flags) __assume_kmalloc_alignment __alloc_size(1);
                extern int __must_check widget_register(struct widget *w) __attribute__((nonnull(1)));
                notrace unsigned long long demo_clock(void);
                struct widget *widget_find(const char *name);
                """);
        assertEquals(Optional.of(new CDeclaration("_vprintk_demo", CDeclKind.FUNCTION, 2, Optional.empty())), decl(f, "_vprintk_demo"));
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "__kmalloc_demo"), String.valueOf("__kmalloc_demo"));
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "widget_register"), String.valueOf("widget_register"));
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "demo_clock"), String.valueOf("demo_clock"));
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "widget_find"), String.valueOf("widget_find"));
        assertNoneNamed(f, "__printf", "__alloc_size", "__attribute__", "int", "size_t");
    }

    @Test
    void inlineDefinitionsAreFunctionsAndBodiesAreSkipped() {
        CFileFacts f = facts("""
                static inline int widget_count(const struct widget *w)
                {
                	int local_var = w->n;
                	struct inner_only { int x; } y;
                	return local_var;
                }
                static __always_inline bool IS_WIDGET(const void *p) { return p != NULL; }
                int after_body;
                """);
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "widget_count"), String.valueOf("widget_count"));
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "IS_WIDGET"), String.valueOf("IS_WIDGET"));
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "after_body"), String.valueOf("after_body"));
        assertTrue(decl(f, "local_var").isEmpty());
        assertTrue(decl(f, "inner_only").isEmpty());
    }

    @Test
    void structsUnionsAndForwardDeclarations() {
        CFileFacts f = facts("""
                struct gadget;
                struct gadget {
                	int id;
                	union {
                		long raw;
                		struct gadget_part { int a; } part;
                	};
                } __randomize_layout;
                union gadget_value { int i; long l; };
                """);
        assertEquals(List.of(new CDeclaration("gadget", CDeclKind.STRUCT, 1, Optional.empty(), true),
                        new CDeclaration("gadget", CDeclKind.STRUCT, 2, Optional.empty())),
                f.declarations().stream().filter(d -> d.name().equals("gadget")).toList());
        assertEquals(CDeclKind.STRUCT, kindOf(f, "gadget_part"), String.valueOf("gadget_part"));
        assertEquals(CDeclKind.UNION, kindOf(f, "gadget_value"), String.valueOf("gadget_value"));
        assertTrue(decl(f, "raw").isEmpty());
    }

    @Test
    void enumConstantsKnowTheirParent() {
        CFileFacts f = facts("""
                enum gadget_state {
                	GADGET_DOWN = 1,
                #ifdef CONFIG_X
                	GADGET_UP = (1 << 2),
                #endif
                	GADGET_GONE,
                };
                typedef enum { MODE_A, MODE_B } gadget_mode_t;
                enum { LOOSE_CONST = 3 };
                """);
        assertEquals(Optional.of(new CDeclaration("GADGET_UP", CDeclKind.ENUM_CONSTANT, 4, Optional.of("gadget_state"))), decl(f, "GADGET_UP"));
        assertEquals(Optional.of("gadget_state"), decl(f, "GADGET_GONE").flatMap(CDeclaration::parent));
        assertEquals(CDeclKind.ENUM, kindOf(f, "gadget_state"), String.valueOf("gadget_state"));
        assertEquals(Optional.of("gadget_mode_t"), decl(f, "MODE_B").flatMap(CDeclaration::parent));
        assertEquals(CDeclKind.TYPEDEF, kindOf(f, "gadget_mode_t"), String.valueOf("gadget_mode_t"));
        assertEquals(Optional.of(new CDeclaration("LOOSE_CONST", CDeclKind.ENUM_CONSTANT, 9, Optional.empty())), decl(f, "LOOSE_CONST"));
    }

    @Test
    void typedefsOfEveryShape() {
        CFileFacts f = facts("""
                typedef unsigned int __bitwise gadget_flags_t;
                typedef struct { int a; } gadget_pair_t;
                typedef struct gadget_list { struct gadget_list *next; } gadget_list_t, *gadget_list_p;
                typedef int (*gadget_cb_t)(struct gadget *g, void *data);
                typedef void (gadget_fn_t)(int);
                typedef int gadget_arr_t[4];
                typedef unsigned long long __aligned_thing __attribute__((aligned(8)));
                """);
        for (String name : List.of("gadget_flags_t", "gadget_pair_t", "gadget_list_t", "gadget_list_p",
                "gadget_cb_t", "gadget_fn_t", "gadget_arr_t", "__aligned_thing")) {
            assertEquals(CDeclKind.TYPEDEF, kindOf(f, name), String.valueOf(name));
        }
        assertEquals(CDeclKind.STRUCT, kindOf(f, "gadget_list"), String.valueOf("gadget_list"));
        assertTrue(decl(f, "__bitwise").isEmpty());
    }

    @Test
    void macrosAreConstantsOrFunctions() {
        CFileFacts f = facts("#define GADGET_MAX 16\n#define GADGET_PTR(x) ((void *)(x))\n"
                + "#define GADGET_LONG \\\n  (GADGET_MAX + \\\n   1)\nint after_macro;\n#define GADGET_SPACE (1)\n");
        assertEquals(Optional.of(new CDeclaration("GADGET_MAX", CDeclKind.MACRO_CONSTANT, 1, Optional.empty())), decl(f, "GADGET_MAX"));
        assertEquals(CDeclKind.MACRO_FUNCTION, kindOf(f, "GADGET_PTR"), String.valueOf("GADGET_PTR"));
        assertEquals(CDeclKind.MACRO_CONSTANT, kindOf(f, "GADGET_SPACE"), String.valueOf("GADGET_SPACE"));
        assertEquals(Optional.of(6), decl(f, "after_macro").map(CDeclaration::line));
    }

    @Test
    void externAndFunctionPointerVariables() {
        CFileFacts f = facts("""
                extern struct workqueue_struct *gadget_wq;
                extern int gadget_a, gadget_b[8];
                extern void (*gadget_hook)(int reason);
                extern unsigned long gadget_mask __read_mostly;
                extern unsigned long __gadget_offset[4];
                static const int gadget_table[] = { 1, 2, 3 };
                DECLARE_PER_CPU(int, gadget_percpu);
                extern const DECLARE_BITMAP(gadget_bits, 64);
                extern __ETHTOOL_DECLARE_LINK_MODE_MASK(gadget_modes) __ro_after_init;
                EXPORT_SYMBOL(gadget_a);
                """);
        for (String name : List.of("gadget_wq", "gadget_a", "gadget_b", "gadget_hook", "gadget_mask",
                "__gadget_offset", "gadget_table", "gadget_percpu", "gadget_bits", "gadget_modes")) {
            assertEquals(CDeclKind.VARIABLE, kindOf(f, name), String.valueOf(name));
        }
        assertNoneNamed(f, "DECLARE_PER_CPU", "DECLARE_BITMAP", "EXPORT_SYMBOL", "__read_mostly", "__ro_after_init");
    }

    @Test
    void macroInvocationLinesWithoutSemicolonDoNotSwallowTheNextDeclaration() {
        CFileFacts f = facts("""
                GADGETFLAG(Locked, locked, PF_ANY)
                GADGETFLAG(Dirty, dirty, PF_ANY)
                static inline int gadget_locked(void) { return 1; }
                """);
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "gadget_locked"), String.valueOf("gadget_locked"));
        assertTrue(decl(f, "GADGETFLAG").isEmpty());
    }

    @Test
    void severalMacroInvocationsOnOneLineStillEndAtTheLineEnd() {
        CFileFacts f = facts("""
                GADGETFLAG(Dirty, dirty, PF_HEAD) GADGETSC(Dirty, dirty, PF_HEAD)
                	__GADGETCLEAR(Dirty, dirty, PF_HEAD)
                GADGETFLAG(Foreign, foreign, PF_ANY);
                static inline bool gadget_dirty(void) { return 0; }
                """);
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "gadget_dirty"));
        assertNoneNamed(f, "GADGETFLAG", "GADGETSC", "__GADGETCLEAR");
    }

    @Test
    void attributesAfterAStructBodyAreNoVariables() {
        CFileFacts f = facts("""
                struct gadget_regs { int r[4]; } __packed;
                struct gadget_lock { long l; } GADGET_LOCK_PACK;
                struct gadget_regs gadget_saved __read_mostly;
                """);
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "gadget_saved"));
        assertNoneNamed(f, "__packed", "GADGET_LOCK_PACK", "__read_mostly");
    }

    @Test
    void assemblerMacrosInHeadersAreSkipped() {
        CFileFacts f = facts("""
                #ifdef __ASSEMBLY__
                .macro GADGET_ENTRY
                	GADGET_SAFE;
                	call GADGET_INDIRECT(ops+8);
                	push %_GADGET_SP
                .endm
                .pushsection .text
                #else
                extern int gadget_c_side;
                #endif
                """);
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "gadget_c_side"));
        assertNoneNamed(f, "GADGET_SAFE", "GADGET_INDIRECT", "_GADGET_SP", "text");
    }

    @Test
    void commentsStringsAndCharsHideTokens() {
        CFileFacts f = facts("""
                /* int hidden_in_comment; */
                // int hidden_line;
                static const char *gadget_name = "int hidden_in_string; {";
                static const char gadget_brace = '{';
                int visible_after;
                """);
        assertTrue(decl(f, "hidden_in_comment").isEmpty());
        assertTrue(decl(f, "hidden_line").isEmpty());
        assertTrue(decl(f, "hidden_in_string").isEmpty());
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "gadget_name"), String.valueOf("gadget_name"));
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "visible_after"), String.valueOf("visible_after"));
    }

    @Test
    void continuedLineCommentsAndEscapedQuotesDoNotLeak() {
        CFileFacts f = facts("// a comment that goes on \\\nint hidden_by_continuation;\n"
                + "static const char gadget_quote = '\\'';\nstatic const char *gadget_s = \"a\\\"b;\";\n"
                + "int gadget_visible;\n");
        assertTrue(decl(f, "hidden_by_continuation").isEmpty());
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "gadget_quote"));
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "gadget_s"));
        assertEquals(Optional.of(5), decl(f, "gadget_visible").map(CDeclaration::line));
    }

    @Test
    void unbalancedIfBranchesRecoverAtColumnZeroBrace() {
        CFileFacts f = facts("""
                #ifdef CONFIG_A
                static inline int gadget_mode(int a) {
                #else
                static inline int gadget_mode(int b) {
                #endif
                	return 0;
                }
                int gadget_after;
                """);
        assertEquals(CDeclKind.FUNCTION, kindOf(f, "gadget_mode"), String.valueOf("gadget_mode"));
        assertEquals(CDeclKind.VARIABLE, kindOf(f, "gadget_after"), String.valueOf("gadget_after"));
    }

    @Test
    void helpersListWhatTheyCall() {
        CFileFacts f = facts("""
                #include <linux/gadget.h>
                __noreturn void rust_helper_GADGET_BUG(void)
                {
                	GADGET_BUG();
                }
                EXPORT_SYMBOL_GPL(rust_helper_GADGET_BUG);
                struct task *rust_helper_gadget_current(void)
                {
                	if (sizeof(int) > 2)
                		return current;
                	return NULL;
                }
                void rust_helper_gadget_get(struct gadget *g) { gadget_get(g); gadget_trace(g); gadget_get(g); }
                """);
        assertEquals(List.of(
                new HelperWrapper("GADGET_BUG", 2, List.of("GADGET_BUG")),
                new HelperWrapper("gadget_current", 7, List.of()),
                new HelperWrapper("gadget_get", 13, List.of("gadget_get", "gadget_trace"))), f.helpers());
    }

    @Test
    void garbageNeverThrows() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        CFileFacts f = CFileAnalyzer.analyze(garbage);
        assertNotNull(f);
        CFileFacts unterminated = facts("int a = \"open\n/* never closed\nstruct x {");
        assertFalse(unterminated.warnings().isEmpty());
        assertTrue(CFileAnalyzer.analyze(new byte[0]).declarations().isEmpty());
    }
}
