package dev.interopatlas.indexer.crates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.model.metrics.Upstream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VendoredReadmeTest {
    @Test
    void crateAndVersionAreReadAcrossLineBreaks() {
        // rust/syn/README.md:3-4 of 7.3
        String syn = "# `syn`\n\nThese source files come from the Rust `syn` crate, version 2.0.106\n"
                + "(released 2025-08-16), hosted in the <https://github.com/dtolnay/syn>\n";
        assertEquals(Optional.of(new Upstream("syn", Optional.of("2.0.106"))), VendoredReadme.parse(syn, "syn"));
        // rust/proc-macro2/README.md:3-4: the version starts the next line
        String procMacro2 = "These source files come from the Rust `proc-macro2` crate, version\n"
                + "1.0.101 (released 2025-08-16), hosted in the\n";
        assertEquals(Optional.of(new Upstream("proc-macro2", Optional.of("1.0.101"))),
                VendoredReadme.parse(procMacro2, "proc_macro2"));
    }

    @Test
    void aTagStyleVersionLosesItsV() {
        // rust/zerocopy/README.md:3 of 7.3 says "version v0.8.54"
        assertEquals(Optional.of(new Upstream("zerocopy", Optional.of("0.8.54"))), VendoredReadme.parse(
                "These source files come from the Rust `zerocopy` crate, version v0.8.54\n(released", "zerocopy"));
    }

    @Test
    void theStandardLibraryCopyIsVendoredWithoutAVersion() {
        // rust/alloc/README.md:3 of 6.1
        assertEquals(Optional.of(new Upstream("alloc", Optional.empty())), VendoredReadme.parse(
                "# `alloc`\n\nThese source files come from the Rust standard library, hosted in\nthe <https://…>",
                "alloc"));
    }

    @Test
    void aReadmeThatDoesNotSaySoIsNotVendored() {
        // rust/pin-init/README.md of 7.3: the kernel's own crate, also published on crates.io
        assertEquals(Optional.empty(), VendoredReadme.parse(
                "[![Crates.io](https://img.shields.io/crates/v/pin-init.svg)](https://crates.io/crates/pin-init)\n"
                        + "# `pin-init`\n", "pin_init"));
    }
}
