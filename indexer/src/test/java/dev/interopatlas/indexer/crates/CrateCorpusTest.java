package dev.interopatlas.indexer.crates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.Upstream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The crates of the real trees. Every expected crate below was found by reading the build files with grep (the
 * file and line that name its root are cited) and its files counted with {@code find DIR -name '*.rs'}.
 */
@Tag("corpus")
class CrateCorpusTest {
    private static CrateFinder.Result crates(String version) throws IOException {
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            Map<String, RustFacts> facts = new TreeMap<>();
            for (SourceFile file : tree.files()) {
                if (file.path().endsWith(".rs")) {
                    facts.put(file.path(), RustFileAnalyzer.analyze(tree.read(file)));
                }
            }
            CrateFinder.Result result = CrateFinder.find(tree, facts);
            assertEquals(facts.keySet(), result.crateOfFile().keySet(), "every .rs file has a crate");
            return result;
        }
    }

    /** "name kind" of each crate, by root. */
    private static Map<String, String> byRoot(CrateFinder.Result result) {
        return result.crates().stream()
                .collect(Collectors.toMap(Crate::root, c -> c.name() + " " + c.kind().json(), (a, b) -> a,
                        TreeMap::new));
    }

    private static void assertEachFileInExactlyOneCrate(CrateFinder.Result result) {
        Map<String, String> owner = new HashMap<>();
        for (Crate crate : result.crates()) {
            for (String file : crate.files()) {
                assertEquals(null, owner.put(file, crate.name()), file + " is in two crates");
            }
        }
        assertEquals(result.crateOfFile(), owner);
    }

    private static Crate crate(CrateFinder.Result result, String root) {
        return result.crates().stream().filter(c -> c.root().equals(root)).findFirst().orElseThrow();
    }

    @Test
    void release73() throws IOException {
        CrateFinder.Result result = crates("7.3");
        assertEachFileInExactlyOneCrate(result);
        Map<String, String> expected = new TreeMap<>();
        // drivers/android/binder/Makefile:4-6 (rust_binder-y := rust_binder_main.o); the root says
        // #![crate_name = "rust_binder"] at rust_binder_main.rs:7
        expected.put("drivers/android/binder/rust_binder_main.rs", "rust_binder driver");
        expected.put("drivers/block/rnull/rnull.rs", "rnull driver"); // drivers/block/rnull/Makefile:2-3
        expected.put("drivers/cpufreq/rcpufreq_dt.rs", "rcpufreq_dt driver"); // drivers/cpufreq/Makefile:18
        expected.put("drivers/gpu/drm/drm_panic_qr.rs", "drm_panic_qr driver"); // drivers/gpu/drm/Makefile:95
        expected.put("drivers/gpu/drm/nova/nova.rs", "nova driver"); // drivers/gpu/Makefile:19-20
        expected.put("drivers/gpu/drm/tyr/tyr.rs", "tyr driver"); // drivers/gpu/drm/tyr/Makefile:3
        expected.put("drivers/gpu/nova-core/nova_core.rs", "nova_core driver"); // drivers/gpu/Makefile:16-17
        expected.put("drivers/net/phy/ax88796b_rust.rs", "ax88796b_rust driver"); // drivers/net/phy/Makefile:41
        expected.put("drivers/net/phy/qt2025.rs", "qt2025 driver"); // drivers/net/phy/Makefile:37
        expected.put("drivers/pwm/pwm_th1520.rs", "pwm_th1520 driver"); // drivers/pwm/Makefile:73
        // tests: lib/Makefile:68, a micro benchmark module ("Test find_bit functions in Rust", lib/Kconfig.debug:2657);
        // mm/kasan/Makefile:56-61, a part of kasan_test.o, the KASAN KUnit suite (lib/Kconfig.kasan:198)
        expected.put("lib/find_bit_benchmark_rust.rs", "find_bit_benchmark_rust test");
        expected.put("mm/kasan/kasan_test_rust.rs", "kasan_test_rust test");
        // rust/Makefile: 770 build_error.o, 749 compiler_builtins.o, 774 ffi.o, 778 bindings.o, 787 uapi.o,
        // 796 kernel.o, 635 $(libmacros_name), 640 $(libpin_init_internal_name), 761 pin_init.o
        expected.put("rust/bindings/lib.rs", "bindings support");
        expected.put("rust/build_error.rs", "build_error support");
        expected.put("rust/compiler_builtins.rs", "compiler_builtins support");
        expected.put("rust/ffi.rs", "ffi support");
        expected.put("rust/kernel/lib.rs", "kernel kernel");
        expected.put("rust/macros/lib.rs", "macros support");
        expected.put("rust/pin-init/internal/src/lib.rs", "pin_init_internal support");
        expected.put("rust/pin-init/src/lib.rs", "pin_init support");
        expected.put("rust/uapi/lib.rs", "uapi support");
        // rust/Makefile: 601 host/libproc_macro2.rlib, 607 host/libquote.rlib, 612 host/libsyn.rlib,
        // 629 $(libzerocopy_derive_name), 756 zerocopy.o; each directory's README.md:3 says where it comes from
        expected.put("rust/proc-macro2/lib.rs", "proc_macro2 vendored");
        expected.put("rust/quote/lib.rs", "quote vendored");
        expected.put("rust/syn/lib.rs", "syn vendored");
        expected.put("rust/zerocopy-derive/lib.rs", "zerocopy_derive vendored");
        expected.put("rust/zerocopy/src/lib.rs", "zerocopy vendored");
        // samples/rust/Makefile:4-19, 21 (rust_print-y := rust_print_main.o …: rustc names it after the file)
        for (String sample : List.of("rust_configfs", "rust_debugfs", "rust_debugfs_scoped", "rust_dma",
                "rust_driver_auxiliary", "rust_driver_faux", "rust_driver_i2c", "rust_driver_pci",
                "rust_driver_platform", "rust_driver_serdev", "rust_driver_usb", "rust_i2c_client", "rust_minimal",
                "rust_misc_device", "rust_print_main", "rust_soc")) {
            expected.put("samples/rust/" + sample + ".rs", sample + " sample");
        }
        expected.put("samples/rust/hostprogs/single.rs", "single sample"); // samples/rust/hostprogs/Makefile:3,5
        // scripts/Makefile:27-28 (generate_rust_target-rust := y), 12-13 and 29-30 (doctest builders, built only
        // with CONFIG_RUST_KERNEL_DOCTESTS: tests)
        expected.put("scripts/generate_rust_target.rs", "generate_rust_target support");
        expected.put("scripts/rustdoc_test_builder.rs", "rustdoc_test_builder test");
        expected.put("scripts/rustdoc_test_gen.rs", "rustdoc_test_gen test");
        // tools/perf/tests/workloads/Build:19-20 (perf-test-y += code_with_type.o / .a: a perf test workload)
        expected.put("tools/perf/tests/workloads/code_with_type.rs", "code_with_type test");
        assertEquals(expected, byRoot(result));

        // 10 driver, 17 sample, 9 support, 5 test, 5 vendored and the kernel crate: zerocopy's benches and pin-init's
        // examples are no crates of their own (below)
        assertEquals(47, result.crates().size());

        // Files under rust/ that nothing builds belong to the crate whose directory encloses them, as not built.
        // find rust/zerocopy/benches -name '*.rs' | wc -l: 73 (70 bench targets, 3 in benches/formats/): Cargo
        // benches, named by no Makefile (grep -rn benches rust/Makefile: nothing) and reached by no mod of zerocopy
        Crate zerocopy = crate(result, "rust/zerocopy/src/lib.rs");
        assertEquals(73, zerocopy.unbuiltFiles().size());
        assertTrue(zerocopy.unbuiltFiles().stream().allMatch(f -> f.startsWith("rust/zerocopy/benches/")));
        assertEquals(92, zerocopy.files().size()); // find rust/zerocopy -name '*.rs' | wc -l
        // ls rust/pin-init/examples: 6 .rs files, Cargo examples (none named in rust/Makefile)
        Crate pinInit = crate(result, "rust/pin-init/src/lib.rs");
        assertEquals(List.of("big_struct_in_place.rs", "error.rs", "linked_list.rs", "mutex.rs", "pthread_mutex.rs",
                "static_init.rs"), pinInit.unbuiltFiles().stream().map(f -> f.substring("rust/pin-init/examples/"
                .length())).toList());
        // find rust/pin-init/src -name '*.rs': lib.rs, __internal.rs, alloc.rs; and the 6 examples
        assertEquals(3 + 6, pinInit.files().size());
        assertEquals("pin_init", result.crateOfFile().get("rust/pin-init/examples/mutex.rs"));
        assertEquals(2, result.crates().stream().filter(c -> !c.unbuiltFiles().isEmpty()).count());
        // one warning per crate with unbuilt files, at the crate's directory
        assertEquals(List.of("rust/pin-init", "rust/zerocopy"),
                result.warnings().stream().map(w -> w.path()).toList());
        assertTrue(result.warnings().get(1).message().startsWith("73 files of crate zerocopy are not built "
                + "(benches/: 70, benches/formats/: 3)"), result.warnings().get(1).message());

        // find DIR -name '*.rs' | wc -l: every file of these directories is in the crate
        Map<String, Integer> sizes = Map.of("drivers/gpu/nova-core/nova_core.rs", 59,
                "drivers/android/binder/rust_binder_main.rs", 20, "drivers/gpu/drm/tyr/tyr.rs", 12,
                "drivers/gpu/drm/nova/nova.rs", 4, "drivers/block/rnull/rnull.rs", 2, "rust/kernel/lib.rs", 163,
                "rust/syn/lib.rs", 55, "rust/pin-init/internal/src/lib.rs", 6,
                "samples/rust/hostprogs/single.rs", 3);
        sizes.forEach((root, size) -> assertEquals(size, crate(result, root).files().size(), root));
        // nova-core's gsp/fw/r570_144/bindings.rs is reached only by include!("r570_144/bindings.rs") (r570_144.rs:27)
        assertTrue(crate(result, "drivers/gpu/nova-core/nova_core.rs").files()
                .contains("drivers/gpu/nova-core/gsp/fw/r570_144/bindings.rs"));
        assertEquals(Optional.of(new Upstream("syn", Optional.of("2.0.106"))),
                crate(result, "rust/syn/lib.rs").upstream());
        assertEquals(Optional.of(new Upstream("proc-macro2", Optional.of("1.0.101"))),
                crate(result, "rust/proc-macro2/lib.rs").upstream());
        assertEquals(Optional.of(new Upstream("quote", Optional.of("1.0.40"))),
                crate(result, "rust/quote/lib.rs").upstream());
        assertEquals(Optional.of(new Upstream("zerocopy", Optional.of("0.8.54"))), zerocopy.upstream());
        assertEquals(Optional.of(new Upstream("zerocopy-derive", Optional.of("0.8.54"))),
                crate(result, "rust/zerocopy-derive/lib.rs").upstream());
    }

    @Test
    void release612() throws IOException {
        CrateFinder.Result result = crates("6.12");
        assertEachFileInExactlyOneCrate(result);
        Map<String, String> expected = new TreeMap<>();
        expected.put("drivers/block/rnull.rs", "rnull driver"); // drivers/block/Makefile:12-13
        expected.put("drivers/gpu/drm/drm_panic_qr.rs", "drm_panic_qr driver");
        expected.put("drivers/net/phy/ax88796b_rust.rs", "ax88796b_rust driver");
        expected.put("drivers/net/phy/qt2025.rs", "qt2025 driver");
        expected.put("mm/kasan/kasan_test_rust.rs", "kasan_test_rust test");
        // rust/Makefile: 451 build_error.o, 444 compiler_builtins.o, 454 ffi.o, 458 bindings.o, 465 uapi.o,
        // 472 kernel.o, 388 libmacros.so
        expected.put("rust/bindings/lib.rs", "bindings support");
        expected.put("rust/build_error.rs", "build_error support");
        expected.put("rust/compiler_builtins.rs", "compiler_builtins support");
        expected.put("rust/ffi.rs", "ffi support");
        expected.put("rust/kernel/lib.rs", "kernel kernel");
        expected.put("rust/macros/lib.rs", "macros support");
        expected.put("rust/uapi/lib.rs", "uapi support");
        expected.put("samples/rust/hostprogs/single.rs", "single sample");
        expected.put("samples/rust/rust_minimal.rs", "rust_minimal sample");
        expected.put("samples/rust/rust_print.rs", "rust_print sample");
        // scripts/Makefile:23-26 (NAME-rust := y)
        expected.put("scripts/generate_rust_target.rs", "generate_rust_target support");
        expected.put("scripts/rustdoc_test_builder.rs", "rustdoc_test_builder test");
        expected.put("scripts/rustdoc_test_gen.rs", "rustdoc_test_gen test");
        assertEquals(expected, byRoot(result));
        assertEquals(51, crate(result, "rust/kernel/lib.rs").files().size()); // find rust/kernel -name '*.rs'
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void release61() throws IOException {
        CrateFinder.Result result = crates("6.1");
        assertEachFileInExactlyOneCrate(result);
        Map<String, String> expected = new TreeMap<>();
        // rust/Makefile: 366 alloc.o (rust/alloc/README.md:3 "come from the Rust standard library"),
        // 369 bindings.o, 360 compiler_builtins.o, 377 kernel.o, 331 libmacros.so
        expected.put("rust/alloc/lib.rs", "alloc vendored");
        expected.put("rust/bindings/lib.rs", "bindings support");
        expected.put("rust/compiler_builtins.rs", "compiler_builtins support");
        expected.put("rust/kernel/lib.rs", "kernel kernel");
        expected.put("rust/macros/lib.rs", "macros support");
        expected.put("samples/rust/hostprogs/single.rs", "single sample"); // samples/rust/hostprogs/Makefile:5
        expected.put("samples/rust/rust_minimal.rs", "rust_minimal sample");
        expected.put("scripts/generate_rust_target.rs", "generate_rust_target support"); // scripts/Makefile:13,15
        assertEquals(expected, byRoot(result));
        assertEquals(13, crate(result, "rust/alloc/lib.rs").files().size()); // find rust/alloc -name '*.rs'
        assertEquals(Optional.of(new Upstream("alloc", Optional.empty())), crate(result, "rust/alloc/lib.rs")
                .upstream());
        assertEquals(List.of(), result.warnings());
    }
}
