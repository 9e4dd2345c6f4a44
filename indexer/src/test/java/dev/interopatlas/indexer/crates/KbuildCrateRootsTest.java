package dev.interopatlas.indexer.crates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.crates.KbuildCrateRoots.DeclaredRoot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KbuildCrateRootsTest {
    private static List<DeclaredRoot> roots(String buildFile, String text, String... existing) {
        return KbuildCrateRoots.of(buildFile, KbuildFile.parse(text), Set.of(existing)::contains);
    }

    private static List<String> rootPaths(List<DeclaredRoot> roots) {
        return roots.stream().map(DeclaredRoot::root).toList();
    }

    @Test
    void objectsOfObjYObjMAndObjConfigAreRootsWhenTheirRsFileExists() {
        List<DeclaredRoot> roots = roots("samples/rust/Makefile", "obj-y += a.o\nobj-m += b.o\n"
                        + "obj-$(CONFIG_SAMPLE_RUST_MINIMAL)\t\t+= rust_minimal.o\nobj-y += c_only.o sub/\n",
                "samples/rust/a.rs", "samples/rust/b.rs", "samples/rust/rust_minimal.rs", "samples/rust/c_only.c");
        assertEquals(List.of("samples/rust/a.rs", "samples/rust/b.rs", "samples/rust/rust_minimal.rs"),
                rootPaths(roots));
        assertEquals(new DeclaredRoot("samples/rust/rust_minimal.rs", Optional.empty(), "samples/rust/Makefile:3"),
                roots.get(2));
    }

    @Test
    void partsOfCompositeObjectsAreRootsWhetherGivenByYObjsOrConfig() {
        // drivers/android/binder/Makefile:4-8, mm/kasan/Makefile:56-59, drivers/gpu/drm/Makefile:95 of 7.3
        assertEquals(List.of("drivers/android/binder/rust_binder_main.rs"), rootPaths(roots(
                "drivers/android/binder/Makefile", "obj-$(CONFIG_ANDROID_BINDER_IPC_RUST) += rust_binder.o\n"
                        + "rust_binder-y := \\\n\trust_binder_main.o\t\\\n\trust_binderfs.o\n",
                "drivers/android/binder/rust_binder_main.rs")));
        assertEquals(List.of("mm/kasan/kasan_test_rust.rs"), rootPaths(roots("mm/kasan/Makefile",
                "kasan_test-objs := kasan_test_c.o\nifdef CONFIG_RUST\n\tkasan_test-objs += kasan_test_rust.o\nendif\n",
                "mm/kasan/kasan_test_rust.rs")));
        assertEquals(List.of("drivers/gpu/drm/drm_panic_qr.rs"), rootPaths(roots("drivers/gpu/drm/Makefile",
                "drm-$(CONFIG_DRM_PANIC_SCREEN_QR_CODE) += drm_panic_qr.o\n", "drivers/gpu/drm/drm_panic_qr.rs")));
    }

    @Test
    void partsInSubdirectoriesResolveAgainstTheMakefilesDirectory() {
        // drivers/gpu/Makefile:16-20 of 7.3 builds nova-core and nova-drm from one level up
        assertEquals(List.of("drivers/gpu/nova-core/nova_core.rs", "drivers/gpu/drm/nova/nova.rs"),
                rootPaths(roots("drivers/gpu/Makefile", "obj-$(CONFIG_NOVA_CORE) += nova-core.o\n"
                                + "nova-core-y := nova-core/nova_core.o nova-core/nova_core_exports.o\n"
                                + "obj-$(CONFIG_DRM_NOVA) += nova-drm.o\nnova-drm-y := drm/nova/nova.o\n",
                        "drivers/gpu/nova-core/nova_core.rs", "drivers/gpu/drm/nova/nova.rs")));
    }

    @Test
    void objectsNamedOnlyInCommentsOrFlagsAreNotRoots() {
        // drivers/gpu/nova-core/Makefile:3 and drivers/gpu/Makefile:61,66 of 7.3
        assertEquals(List.of(), roots("drivers/gpu/nova-core/Makefile",
                "# nova_core.o (rust-analyzer marker - DO NOT REMOVE).\n"
                        + "RUSTFLAGS_nova_core.o += --emit=metadata\nCFLAGS_nova_core.o := -I x\n",
                "drivers/gpu/nova-core/nova_core.rs"));
    }

    @Test
    void rustHostProgramsAreRoots() {
        // scripts/Makefile:27-28 and samples/rust/hostprogs/Makefile:3-5 of 7.3
        assertEquals(List.of("scripts/generate_rust_target.rs"), rootPaths(roots("scripts/Makefile",
                "hostprogs += generate_rust_target\ngenerate_rust_target-rust := y\nsorttable-rust := n\n",
                "scripts/generate_rust_target.rs", "scripts/sorttable.rs")));
        assertEquals(List.of("samples/rust/hostprogs/single.rs"), rootPaths(roots("samples/rust/hostprogs/Makefile",
                "hostprogs-always-y := single\n\nsingle-rust := y\n", "samples/rust/hostprogs/single.rs")));
    }

    @Test
    void toolsBuildFilesNameRustArchives() {
        // tools/perf/tests/workloads/Build:17-20 of 7.3; tools/build/Makefile.build:120 compiles %.a from %.rs
        assertEquals(List.of("tools/perf/tests/workloads/code_with_type.rs",
                "tools/perf/tests/workloads/code_with_type.rs"), rootPaths(roots(
                "tools/perf/tests/workloads/Build", "ifeq ($(CONFIG_RUST_SUPPORT),y)\n"
                        + "    perf-test-y += code_with_type.o\n    perf-test-y += code_with_type.a\nendif\n",
                "tools/perf/tests/workloads/code_with_type.rs")));
    }

    @Test
    void rustMakefileRulesGiveTheCrateNameTheirTargetPassesAsCrateName() {
        // rust/Makefile of 7.3: lines 59-60, 612, 635, 640, 761 and 796; libmacros.so is 6.1's rust/Makefile:331
        String makefile = "libmacros_name := $(call procmacro-name,macros)\n"
                + "libpin_init_internal_name := $(call procmacro-name,pin_init_internal)\n"
                + "$(obj)/host/libsyn.rlib: $(src)/syn/lib.rs $(obj)/host/libquote.rlib FORCE\n"
                + "$(obj)/$(libmacros_name): $(src)/macros/lib.rs $(obj)/host/libproc_macro2.rlib FORCE\n"
                + "$(obj)/$(libpin_init_internal_name): $(src)/pin-init/internal/src/lib.rs FORCE\n"
                + "$(obj)/pin_init.o: $(src)/pin-init/src/lib.rs $(obj)/compiler_builtins.o FORCE\n"
                + "$(obj)/kernel.o: $(src)/kernel/lib.rs $(obj)/build_error.o FORCE\n"
                + "$(obj)/libmacros.so: $(src)/macros/lib.rs FORCE\n"
                + "$(obj)/bindings/bindings_generated.rs: $(src)/bindings/bindings_helper.h FORCE\n"
                + "rustdoc-syn: $(src)/syn/lib.rs rustdoc-clean FORCE\n"
                + "$(obj)/%.rs: $(obj)/%.rs.S FORCE\n";
        List<String> found = roots("rust/Makefile", makefile, "rust/syn/lib.rs", "rust/macros/lib.rs",
                "rust/pin-init/internal/src/lib.rs", "rust/pin-init/src/lib.rs", "rust/kernel/lib.rs").stream()
                .map(r -> r.name().orElse("?") + " " + r.root()).toList();
        assertEquals(List.of("syn rust/syn/lib.rs", "macros rust/macros/lib.rs",
                "pin_init_internal rust/pin-init/internal/src/lib.rs", "pin_init rust/pin-init/src/lib.rs",
                "kernel rust/kernel/lib.rs", "macros rust/macros/lib.rs"), found);
    }
}
