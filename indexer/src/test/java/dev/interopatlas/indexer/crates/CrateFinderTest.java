package dev.interopatlas.indexer.crates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.c.MemoryTree;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.rust.RustFileAnalyzer;
import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.model.metrics.Crate;
import dev.interopatlas.model.metrics.CrateKind;
import dev.interopatlas.model.metrics.IndexWarning;
import dev.interopatlas.model.metrics.Upstream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CrateFinderTest {
    private static CrateFinder.Result find(String... pathsAndContents) {
        MemoryTree tree = MemoryTree.of(pathsAndContents);
        Map<String, RustFacts> facts = new TreeMap<>();
        for (SourceFile file : tree.files()) {
            if (file.path().endsWith(".rs")) {
                try {
                    facts.put(file.path(), RustFileAnalyzer.analyze(tree.read(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return CrateFinder.find(tree, facts);
    }

    private static Crate crate(CrateFinder.Result result, String name) {
        return result.crates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void compositeObjectGivesOneCrateRootedAtItsRustPartWithAllItsModules() {
        CrateFinder.Result result = find(
                "drivers/android/binder/Makefile", "obj-$(CONFIG_X) += rust_binder.o\n"
                        + "rust_binder-y := \\\n\trust_binder_main.o \\\n\trust_binderfs.o\n",
                "drivers/android/binder/rust_binder_main.rs",
                "#![crate_name = \"rust_binder\"]\nmod node;\nmod range_alloc;\nuse kernel::prelude::*;\n",
                "drivers/android/binder/rust_binderfs.c", "int x;\n",
                "drivers/android/binder/node.rs", "mod wrapper;\n",
                "drivers/android/binder/node/wrapper.rs", "",
                "drivers/android/binder/range_alloc/mod.rs", "#[path = \"tree.rs\"]\nmod tree;\n",
                "drivers/android/binder/range_alloc/tree.rs", "");
        assertEquals(List.of(new Crate("rust_binder", "drivers/android/binder/rust_binder_main.rs", CrateKind.DRIVER,
                Optional.empty(), List.of("drivers/android/binder/node.rs", "drivers/android/binder/node/wrapper.rs",
                "drivers/android/binder/range_alloc/mod.rs", "drivers/android/binder/range_alloc/tree.rs",
                "drivers/android/binder/rust_binder_main.rs"))), result.crates());
        assertEquals("rust_binder", result.crateOfFile().get("drivers/android/binder/node/wrapper.rs"));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void aFileIncludedWithAStringLiteralBelongsToTheIncludingCrate() {
        // drivers/gpu/nova-core/gsp/fw/r570_144.rs:27 of 7.3
        CrateFinder.Result result = find(
                "drivers/gpu/Makefile", "obj-y += nova-core.o\nnova-core-y := nova-core/nova_core.o\n",
                "drivers/gpu/nova-core/nova_core.rs", "mod fw;\n",
                "drivers/gpu/nova-core/fw.rs", "mod r570_144;\n",
                "drivers/gpu/nova-core/fw/r570_144.rs", "include!(\"r570_144/bindings.rs\");\n",
                "drivers/gpu/nova-core/fw/r570_144/bindings.rs", "pub struct GSP_MSG_QUEUE_ELEMENT;\n");
        assertEquals(List.of("drivers/gpu/nova-core/fw.rs", "drivers/gpu/nova-core/fw/r570_144.rs",
                "drivers/gpu/nova-core/fw/r570_144/bindings.rs", "drivers/gpu/nova-core/nova_core.rs"),
                crate(result, "nova_core").files());
        assertEquals(1, result.crates().size());
    }

    @Test
    void readmeOfCopiedCodeMakesTheCrateVendoredAndItsUnbuiltBenchesBelongToIt() {
        CrateFinder.Result result = find(
                "rust/Makefile", "$(obj)/zerocopy.o: $(src)/zerocopy/src/lib.rs FORCE\n",
                "rust/zerocopy/README.md", "These source files come from the Rust `zerocopy` crate, version v0.8.54\n",
                "rust/zerocopy/src/lib.rs", "mod util;\n#[cfg(test)]\nmod doctests;\n",
                "rust/zerocopy/src/util/mod.rs", "",
                "rust/zerocopy/benches/a.rs", "#[path = \"formats/f.rs\"]\nmod format;\n",
                "rust/zerocopy/benches/b.rs", "#[path = \"formats/f.rs\"]\nmod format;\n",
                "rust/zerocopy/benches/formats/f.rs", "");
        Upstream zerocopy = new Upstream("zerocopy", Optional.of("0.8.54"));
        List<String> benches = List.of("rust/zerocopy/benches/a.rs", "rust/zerocopy/benches/b.rs",
                "rust/zerocopy/benches/formats/f.rs");
        assertEquals(List.of(new Crate("zerocopy", "rust/zerocopy/src/lib.rs", CrateKind.VENDORED,
                Optional.of(zerocopy), List.of("rust/zerocopy/benches/a.rs", "rust/zerocopy/benches/b.rs",
                "rust/zerocopy/benches/formats/f.rs", "rust/zerocopy/src/lib.rs", "rust/zerocopy/src/util/mod.rs"),
                benches)), result.crates());
        assertEquals("zerocopy", result.crateOfFile().get("rust/zerocopy/benches/formats/f.rs"));
        // upstream's test module (doctests) is not copied: no warning for it; one warning counts the benches
        assertEquals(List.of(new IndexWarning("rust/zerocopy", 0, "3 files of crate zerocopy are not built "
                + "(benches/: 2, benches/formats/: 1): no Makefile, Kbuild or Build file names them and no crate's "
                + "mod tree reaches them; counted as the crate's code")), result.warnings());
    }

    @Test
    void unbuiltFilesUnderRustGoToTheCrateWhoseDirectoryEnclosesThemMostClosely() {
        // pin-init's layout in 7.3: rust/Makefile:640 and 761 name internal/src/lib.rs and src/lib.rs
        CrateFinder.Result result = find(
                "rust/Makefile", "$(obj)/pin_init.o: $(src)/pin-init/src/lib.rs FORCE\n"
                        + "$(obj)/libpin_init_internal.so: $(src)/pin-init/internal/src/lib.rs FORCE\n"
                        + "$(obj)/ffi.o: $(src)/ffi.rs FORCE\n$(obj)/build_error.o: $(src)/build_error.rs FORCE\n",
                "rust/pin-init/src/lib.rs", "", "rust/pin-init/internal/src/lib.rs", "",
                "rust/pin-init/examples/mutex.rs", "mod error;\n", "rust/pin-init/examples/error.rs", "",
                "rust/pin-init/internal/tests/t.rs", "",
                "rust/ffi.rs", "", "rust/build_error.rs", "",
                "rust/stray/x.rs", ""); // rust/ is the directory of two crates: neither owns it
        assertEquals(List.of("rust/pin-init/examples/error.rs", "rust/pin-init/examples/mutex.rs"),
                crate(result, "pin_init").unbuiltFiles());
        assertEquals(List.of("rust/pin-init/internal/tests/t.rs"), crate(result, "pin_init_internal")
                .unbuiltFiles());
        assertEquals(List.of(), crate(result, "ffi").unbuiltFiles());
        assertEquals(List.of("rust/stray/x.rs"), crate(result, "x").files());
        assertEquals(List.of("rust/pin-init", "rust/pin-init/internal", "rust/stray"),
                result.warnings().stream().map(IndexWarning::path).toList());
    }

    @Test
    void aFileNoCrateReachesIsACrateOfItsOwnWithAWarning() {
        CrateFinder.Result result = find(
                "drivers/misc/Makefile", "obj-y += built.o\n",
                "drivers/misc/built.rs", "use kernel::prelude::*;\n",
                "drivers/misc/stray.rs", "mod helper;\n",
                "drivers/misc/helper.rs", ""); // a crate root is a mod-rs file: its `mod helper;` is beside it
        assertEquals(List.of(new Crate("built", "drivers/misc/built.rs", CrateKind.DRIVER, Optional.empty(),
                        List.of("drivers/misc/built.rs")),
                new Crate("stray", "drivers/misc/stray.rs", CrateKind.DRIVER, Optional.empty(),
                        List.of("drivers/misc/helper.rs", "drivers/misc/stray.rs"))), result.crates());
        assertEquals(List.of(new IndexWarning("drivers/misc", 0, "no Makefile, Kbuild or Build file builds this file "
                + "and no crate's mod tree reaches it, so each is a crate of its own: stray.rs")), result.warnings());
    }

    @Test
    void theKernelCrateIsAlwaysOneAndKeepsAFileAnotherCrateReachesToo() {
        CrateFinder.Result result = find(
                "rust/kernel/lib.rs", "pub mod sync;\n",
                "rust/kernel/sync.rs", "",
                "rust/Makefile", "$(obj)/other.o: $(src)/other/lib.rs FORCE\n",
                "rust/other/lib.rs", "#[path = \"../kernel/sync.rs\"]\nmod sync;\n#[cfg(CONFIG_X)]\nmod gone;\n");
        assertEquals(List.of("rust/kernel/lib.rs", "rust/kernel/sync.rs"), crate(result, "kernel").files());
        assertEquals(CrateKind.KERNEL, crate(result, "kernel").kind());
        assertEquals(List.of("rust/other/lib.rs"), crate(result, "other").files());
        assertEquals(List.of(
                new IndexWarning("rust/kernel/sync.rs", 0, "reached from crate other (rust/other/lib.rs) as well; "
                        + "counted in crate kernel"),
                new IndexWarning("rust/other/lib.rs", 0, "module declared but its file is missing: other::gone "
                        + "(rust/other/gone.rs or rust/other/gone/mod.rs)")), result.warnings());
    }

    @Test
    void kindsFollowWhereTheRootLivesAndTestWords() {
        CrateFinder.Result result = find(
                "Makefile", "obj-y += samples/s.o mm/kasan/kasan_test_rust.o lib/find_bit_benchmark_rust.o "
                        + "scripts/gen.o drivers/d.o fs/f.o tools/perf/tests/w.o rust/ffi.o\n",
                "samples/s.rs", "", "mm/kasan/kasan_test_rust.rs", "", "lib/find_bit_benchmark_rust.rs", "",
                "scripts/gen.rs", "", "drivers/d.rs", "", "fs/f.rs", "", "tools/perf/tests/w.rs", "", "rust/ffi.rs", "");
        Map<String, CrateKind> kinds = new TreeMap<>();
        result.crates().forEach(c -> kinds.put(c.name(), c.kind()));
        assertEquals(Map.of("s", CrateKind.SAMPLE, "kasan_test_rust", CrateKind.TEST, "find_bit_benchmark_rust",
                CrateKind.TEST, "gen", CrateKind.SUPPORT, "d", CrateKind.DRIVER, "f", CrateKind.DRIVER, "w",
                CrateKind.TEST, "ffi", CrateKind.SUPPORT), kinds);
    }

    @Test
    void orphanLibRsIsNamedAfterItsDirectory() {
        assertEquals("pin_init", CrateFinder.stemName("rust/pin-init/src/lib.rs"));
        assertEquals("quote", CrateFinder.stemName("rust/quote/lib.rs"));
        assertEquals("nova_core", CrateFinder.stemName("drivers/gpu/nova-core/nova_core.rs"));
    }
}
