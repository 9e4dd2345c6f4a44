package dev.interopatlas.indexer.maintainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaintainersSectionTest {
    private static MaintainersSection section(String name, String... files) {
        List<MaintainersField> fields = java.util.Arrays.stream(files)
                .map(f -> new MaintainersField('F', f, 2)).toList();
        return new MaintainersSection(name, 1, fields);
    }

    @Test
    void trustedIsNotARustSection() {
        assertFalse(section("KEYS-TRUSTED").isRustSection());
        assertFalse(section("INTEL(R) TRUSTED EXECUTION TECHNOLOGY (TXT)").isRustSection());
        assertFalse(section("RUSTY RADIO").isRustSection());
    }

    @Test
    void rustAsAWordOrBracketTagIsARustSection() {
        assertTrue(section("RUST").isRustSection());
        assertTrue(section("ETHERNET PHY LIBRARY [RUST]").isRustSection());
        assertTrue(section("BLOCK LAYER DEVICE DRIVER API [RUST]").isRustSection());
        assertTrue(section("Rust analyzer support").isRustSection());
    }

    @Test
    void rustPatternsAreRsFilesOrRustComponents() {
        MaintainersSection s = section("X", "rust/", "samples/rust/", "drivers/net/phy/ax88796b_rust.rs",
                "rust/kernel/net*", "drivers/block/*.rs", "scripts/*rust*", "security/keys/trusted-keys/",
                "include/linux/rust_binder.h");
        assertEquals(List.of("rust/", "samples/rust/", "drivers/net/phy/ax88796b_rust.rs", "rust/kernel/net*",
                "drivers/block/*.rs"), s.rustPatterns());
    }

    @Test
    void trustedKeysPatternsAreNotRustPatterns() {
        assertEquals(List.of(), section("KEYS-TRUSTED", "include/keys/trusted-type.h",
                "security/keys/trusted-keys/trusted_core.c").rustPatterns());
    }
}
