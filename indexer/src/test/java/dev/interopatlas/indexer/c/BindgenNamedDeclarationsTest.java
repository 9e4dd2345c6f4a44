package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The declarations the C analyzer records for what bindgen names although C does not: anonymous members
 * ({@code S__bindgen_ty_N}) and struct tags C only mentions (opaque types). Each expected name was derived from
 * bindgen's naming rule and checked against the output of bindgen 0.60.1 (Debian's {@code bindgen} package) for the
 * same source.
 */
class BindgenNamedDeclarationsTest {
    private static CFileFacts facts(String source) {
        return CFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
    }

    /** Anonymous members by name, with their line and parent. */
    private static Map<String, String> anonymousMembers(CFileFacts facts) {
        Map<String, String> members = new TreeMap<>();
        facts.declarations().stream().filter(d -> d.kind() == CDeclKind.ANONYMOUS_MEMBER)
                .forEach(d -> members.put(d.name(), d.line() + " in " + d.parent().orElse("?")));
        return members;
    }

    private static List<CDeclaration> named(CFileFacts facts, String name) {
        return facts.declarations().stream().filter(d -> d.name().equals(name)).toList();
    }

    @Test
    void anonymousMembersAreNumberedFromOneInDeclarationOrder() {
        // the shape of drm_gpuva_op_map in v7.3's include/drm/drm_gpuvm.h:857-888
        CFileFacts f = facts("""
                struct op_map {
                	struct {
                		u64 addr;
                	} va;
                	struct {
                		u64 offset;
                		struct gem *obj;
                	} gem;
                };
                """);
        assertEquals(Map.of("op_map__bindgen_ty_1", "2 in op_map", "op_map__bindgen_ty_2", "5 in op_map"),
                anonymousMembers(f));
    }

    @Test
    void nestedAnonymousMembersAreNumberedWithinTheirEnclosingMember() {
        CFileFacts f = facts("""
                struct foo {
                	unsigned int a;
                	union {
                		unsigned int b;
                		struct {
                			unsigned short c1;
                		};
                		struct {
                			unsigned char d1;
                		};
                	};
                	struct { int e; } tail;
                };
                """);
        assertEquals(Map.of(
                "foo__bindgen_ty_1", "3 in foo",
                "foo__bindgen_ty_1__bindgen_ty_1", "5 in foo__bindgen_ty_1",
                "foo__bindgen_ty_1__bindgen_ty_2", "8 in foo__bindgen_ty_1",
                "foo__bindgen_ty_2", "12 in foo"), anonymousMembers(f));
    }

    @Test
    void anonymousEnumsCountAndNamedNestedTypesDoNot() {
        CFileFacts f = facts("""
                struct S {
                	int a;
                	struct T { union { int x; long y; }; int z; } t;
                	enum { E_A, E_B } e;
                	union { int u1; struct { int p; }; };
                	struct { int w; } *ptr;
                };
                """);
        // bindgen: struct T inside S is S_T, its union S_T__bindgen_ty_1; the enum is S__bindgen_ty_1
        assertEquals(Map.of(
                "S_T__bindgen_ty_1", "3 in S_T",
                "S__bindgen_ty_1", "4 in S",
                "S__bindgen_ty_2", "5 in S",
                "S__bindgen_ty_2__bindgen_ty_1", "5 in S__bindgen_ty_2",
                "S__bindgen_ty_3", "6 in S"), anonymousMembers(f));
        // bindgen prefixes the constants of an anonymous enum with the enclosing type: S_E_A
        assertEquals(List.of(new CDeclaration("E_A", CDeclKind.ENUM_CONSTANT, 4, Optional.of("S"))), named(f, "E_A"));
        assertEquals(CDeclKind.STRUCT, named(f, "T").get(0).kind());
    }

    @Test
    void anAnonymousStructTakesItsTypedefNameAndUnionsEncloseToo() {
        CFileFacts f = facts("""
                typedef struct {
                	union { int k; };
                	enum { TD_ON } mode;
                } td_t;
                union U { struct { int a; }; };
                struct { union { int q; }; } lonely;
                """);
        assertEquals(Map.of(
                "td_t__bindgen_ty_1", "2 in td_t",
                "td_t__bindgen_ty_2", "3 in td_t",
                "U__bindgen_ty_1", "5 in U"), anonymousMembers(f));
        assertEquals(Optional.of("td_t"), named(f, "TD_ON").get(0).parent());
    }

    @Test
    void memberMacrosCountAsTheAnonymousTypesTheyExpandTo() {
        // include/uapi/linux/stddef.h: struct_group() is union { struct { M }; struct TAG { M } NAME; },
        // DECLARE_FLEX_ARRAY() is struct { struct { } __empty_NAME; TYPE NAME[]; }
        CFileFacts f = facts("""
                struct G {
                	int a;
                	struct_group(hdr, int b; union { int c; long d; }; );
                	struct_group_tagged(g_tagged, tg, int e; );
                	union { DECLARE_FLEX_ARRAY(int, flex); int z; };
                	struct { int last; };
                };
                """);
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("G__bindgen_ty_1", "3 in G"),
                Map.entry("G__bindgen_ty_1__bindgen_ty_1", "3 in G__bindgen_ty_1"),
                Map.entry("G__bindgen_ty_1__bindgen_ty_1__bindgen_ty_1", "3 in G__bindgen_ty_1__bindgen_ty_1"),
                Map.entry("G__bindgen_ty_1__bindgen_ty_2", "3 in G__bindgen_ty_1"),
                Map.entry("G__bindgen_ty_1__bindgen_ty_2__bindgen_ty_1", "3 in G__bindgen_ty_1__bindgen_ty_2"),
                Map.entry("G__bindgen_ty_2", "4 in G"),
                Map.entry("G__bindgen_ty_2__bindgen_ty_1", "4 in G__bindgen_ty_2"),
                Map.entry("G__bindgen_ty_3", "5 in G"),
                Map.entry("G__bindgen_ty_3__bindgen_ty_1", "5 in G__bindgen_ty_3"),
                Map.entry("G__bindgen_ty_3__bindgen_ty_1__bindgen_ty_1", "5 in G__bindgen_ty_3__bindgen_ty_1"),
                Map.entry("G__bindgen_ty_4", "6 in G"))), anonymousMembers(f));
        // the tagged copy declares struct g_tagged, once
        assertEquals(List.of(new CDeclaration("g_tagged", CDeclKind.STRUCT, 4, Optional.empty())),
                named(f, "g_tagged"));
    }

    @Test
    void contextLockStructDefinesTheStructItNames() {
        // v7.3 include/linux/mutex_types.h:41 defines struct mutex this way
        CFileFacts f = facts("""
                context_lock_struct(mutex) {
                	atomic_long_t owner;
                	union { int a; };
                };
                """);
        assertEquals(List.of(new CDeclaration("mutex", CDeclKind.STRUCT, 1, Optional.empty())), named(f, "mutex"));
        assertEquals(Map.of("mutex__bindgen_ty_1", "3 in mutex"), anonymousMembers(f));
        assertTrue(named(f, "context_lock_struct").isEmpty());
    }

    @Test
    void structsNamedAtFileScopeWithoutADefinitionAreOpaque() {
        CFileFacts f = facts("""
                struct soc_device *soc_device_register(struct soc_device_attribute *attr);
                void soc_device_unregister(struct soc_device *soc_dev);
                struct holder { struct member_only *m; void (*cb)(struct fnptr_param *p); };
                typedef struct typedef_only td_only_t;
                static inline int body(void) { struct in_body *p = 0; return p != 0; }
                int sz(struct param_only *p);
                union union_only *uf(void);
                struct fwd;
                struct fwd *use_fwd(void);
                struct later *early(void);
                struct later { int x; };
                """);
        List<CDeclaration> opaque = f.declarations().stream()
                .filter(d -> d.kind() == CDeclKind.OPAQUE_STRUCT || d.kind() == CDeclKind.OPAQUE_UNION).toList();
        assertEquals(List.of(
                new CDeclaration("soc_device", CDeclKind.OPAQUE_STRUCT, 1, Optional.empty(), true),
                new CDeclaration("member_only", CDeclKind.OPAQUE_STRUCT, 3, Optional.empty(), true),
                new CDeclaration("fnptr_param", CDeclKind.OPAQUE_STRUCT, 3, Optional.empty(), true),
                new CDeclaration("typedef_only", CDeclKind.OPAQUE_STRUCT, 4, Optional.empty(), true),
                new CDeclaration("union_only", CDeclKind.OPAQUE_UNION, 7, Optional.empty(), true)), opaque);
        // a first mention in a function's own parameter list has prototype scope (bindgen: *mut [u8; 0]);
        // one in a function body has block scope
        assertTrue(named(f, "soc_device_attribute").isEmpty());
        assertTrue(named(f, "param_only").isEmpty());
        assertTrue(named(f, "in_body").isEmpty());
        // a forward declaration or a definition in the same file says it already
        assertEquals(List.of(new CDeclaration("fwd", CDeclKind.STRUCT, 8, Optional.empty(), true)), named(f, "fwd"));
        assertEquals(List.of(new CDeclaration("later", CDeclKind.STRUCT, 11, Optional.empty())), named(f, "later"));
    }
}
