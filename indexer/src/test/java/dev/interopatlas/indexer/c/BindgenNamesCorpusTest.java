package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.metrics.SymbolResolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * bindgen's own names on the real v7.3 tree: anonymous members and opaque structs, each checked by hand against the
 * Rust line that uses it and the C line it stands for.
 */
@Tag("corpus")
class BindgenNamesCorpusTest {
    private static final Pattern BINDINGS_NAME = Pattern.compile("\\bbindings::([A-Za-z_][A-Za-z0-9_]*)");
    /** nova-core's `bindings::` is its own module (gsp/fw.rs: `use r570_144 as bindings;`), not the kernel crate. */
    private static final String NOVA_CORE = "drivers/gpu/nova-core/";

    private static WorkingTree tree;
    private static CBoundaryIndex index;

    @BeforeAll
    static void indexRelease73() throws IOException {
        tree = WorkingTree.open(Corpus.tree("7.3"));
        index = CBoundaryIndex.build(tree, "x86", new DirectFactsProvider(), ProgressMonitor.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        if (tree != null) {
            tree.close();
        }
    }

    private static String line(String path, int line) throws IOException {
        String text = new String(tree.read(tree.file(path).orElseThrow()), StandardCharsets.UTF_8);
        return text.split("\n", -1)[line - 1];
    }

    @Test
    void socDeviceIsTheOpaqueStructThatSysSocHNamesFirst() throws IOException {
        // rust/kernel/soc.rs:98 holds `soc_dev: NonNull<bindings::soc_device>`. C never defines struct soc_device in
        // a header (drivers/base/soc.c:25 does); include/linux/sys_soc.h (bindings_helper.h:91 includes it) first
        // names it in the return type at line 30, `struct soc_device *soc_device_register(`, then in parameters at
        // lines 37 and 45.
        assertTrue(line("rust/kernel/soc.rs", 98).contains("NonNull<bindings::soc_device>"));
        assertTrue(line("include/linux/sys_soc.h", 30).startsWith("struct soc_device *soc_device_register("));
        assertEquals(SymbolResolution.resolved("soc_device", "opaque-struct", "include/linux/sys_soc.h", 30,
                "direct"), index.resolve("soc_device"));
    }

    @Test
    void iosysMapsUnionIsItsFirstAnonymousMember() throws IOException {
        // rust/kernel/drm/gem/shmem.rs:495 builds `bindings::iosys_map__bindgen_ty_1 { vaddr: self.addr }`.
        // include/linux/iosys-map.h:109 `struct iosys_map {`, 110 `union {` (vaddr_iomem, vaddr), 114 `bool is_iomem;`:
        // the union is the first and only anonymous member.
        assertTrue(line("rust/kernel/drm/gem/shmem.rs", 495).contains("bindings::iosys_map__bindgen_ty_1 {"));
        assertEquals("\tunion {", line("include/linux/iosys-map.h", 110));
        assertEquals(SymbolResolution.resolved("iosys_map__bindgen_ty_1", "anonymous-member",
                "include/linux/iosys-map.h", 110, "bindgen-anonymous"), index.resolve("iosys_map__bindgen_ty_1"));
        assertTrue(index.resolve("iosys_map__bindgen_ty_2").reason().orElseThrow().contains("has 1 anonymous"));
    }

    @Test
    void gpuvaOpMapHasTwoAnonymousStructsAndKernelParamOneUnion() throws IOException {
        // rust/kernel/drm/gpuvm/sm_ops.rs:40 `va: bindings::drm_gpuva_op_map__bindgen_ty_1 {`, :44 `gem: …_2 {`;
        // include/drm/drm_gpuvm.h:857 `struct drm_gpuva_op_map {`, 862 `struct {` … `} va;`,
        // 877 `struct {` … `} gem;`
        assertTrue(line("rust/kernel/drm/gpuvm/sm_ops.rs", 40).contains("bindings::drm_gpuva_op_map__bindgen_ty_1 {"));
        assertTrue(line("rust/kernel/drm/gpuvm/sm_ops.rs", 44).contains("bindings::drm_gpuva_op_map__bindgen_ty_2 {"));
        assertEquals(SymbolResolution.resolved("drm_gpuva_op_map__bindgen_ty_1", "anonymous-member",
                "include/drm/drm_gpuvm.h", 862, "bindgen-anonymous"), index.resolve("drm_gpuva_op_map__bindgen_ty_1"));
        assertEquals(SymbolResolution.resolved("drm_gpuva_op_map__bindgen_ty_2", "anonymous-member",
                "include/drm/drm_gpuvm.h", 877, "bindgen-anonymous"), index.resolve("drm_gpuva_op_map__bindgen_ty_2"));
        // rust/macros/module.rs:172 `__bindgen_anon_1: ::kernel::bindings::kernel_param__bindgen_ty_1 {`;
        // include/linux/moduleparam.h:82 `struct kernel_param {`, 83-88 plain members, 89 `union {` (arg, str, arr)
        assertTrue(line("rust/macros/module.rs", 172).contains("::kernel::bindings::kernel_param__bindgen_ty_1 {"));
        assertEquals(SymbolResolution.resolved("kernel_param__bindgen_ty_1", "anonymous-member",
                "include/linux/moduleparam.h", 89, "bindgen-anonymous"), index.resolve("kernel_param__bindgen_ty_1"));
    }

    @Test
    void mutexIsDefinedThroughContextLockStruct() {
        // include/linux/mutex_types.h:41 `context_lock_struct(mutex) {`, the !CONFIG_PREEMPT_RT definition
        assertEquals(SymbolResolution.resolved("mutex", "struct", "include/linux/mutex_types.h", 41, "direct"),
                index.resolve("mutex"));
    }

    @Test
    void everyNameRustUsesFromTheKernelBindingsCrateResolvesButTheRustSideOnes() throws IOException {
        Map<String, String> unresolved = new TreeMap<>();
        for (String name : kernelBindingsNames()) {
            SymbolResolution resolution = index.resolve(name);
            if (!resolution.resolved()) {
                unresolved.put(name, resolution.reason().orElseThrow());
            }
        }
        unresolved.forEach((name, reason) -> System.out.println("  unresolved " + name + ": " + reason));
        // __BindgenBitfieldUnit: rust/kernel/net/netlink.rs:168 and 184 name bindgen's storage type for C bitfields,
        // which bindgen writes into its output itself.
        // compat_ptr_ioctl: rust/bindings/lib.rs:74 `pub const compat_ptr_ioctl: Option<…>` wraps
        // bindings_raw::compat_ptr_ioctl (include/linux/fs.h:1826) in Some(…) or None by CONFIG_COMPAT.
        assertEquals(Set.of("__BindgenBitfieldUnit", "compat_ptr_ioctl"), unresolved.keySet());
        assertEquals("emitted by bindgen itself for C bitfields; no C header declares it",
                unresolved.get("__BindgenBitfieldUnit"));
        assertEquals("defined on the Rust side in rust/bindings/lib.rs:74 (it wraps compat_ptr_ioctl, declared in C "
                + "at include/linux/fs.h:1826), not by a C declaration", unresolved.get("compat_ptr_ioctl"));
    }

    /** Distinct NAMEs of bindings::NAME in the code (not comments) of every .rs file outside nova-core. */
    private static Set<String> kernelBindingsNames() throws IOException {
        Set<String> names = new TreeSet<>();
        List<SourceFile> rust = tree.files().stream()
                .filter(f -> f.path().endsWith(".rs") && !f.path().startsWith(NOVA_CORE)).toList();
        for (SourceFile file : rust) {
            String code = ConstHelpers.stripComments(new String(tree.read(file), StandardCharsets.UTF_8));
            Matcher m = BINDINGS_NAME.matcher(code);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
