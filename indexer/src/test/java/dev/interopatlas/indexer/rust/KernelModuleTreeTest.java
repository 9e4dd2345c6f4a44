package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.facts.PathRef;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.model.index.RustModule;
import dev.interopatlas.model.metrics.FileRole;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelModuleTreeTest {
    private static RustFacts facts(String source) {
        return RustFileAnalyzer.analyze(source.getBytes(StandardCharsets.UTF_8));
    }

    private static KernelModuleTree tree() {
        Map<String, RustFacts> files = new LinkedHashMap<>();
        files.put("rust/kernel/lib.rs", facts("pub mod sync;\npub mod net;\nmod gone;\n"
                + "#[path = \"../kernel_extra/x.rs\"]\nmod extra;\npub mod prelude { pub mod inner; }"));
        files.put("rust/kernel/sync.rs", facts("mod arc;\npub mod lock;"));
        files.put("rust/kernel/sync/arc.rs", facts("mod std_vendor;"));
        files.put("rust/kernel/sync/arc/std_vendor.rs", facts(""));
        files.put("rust/kernel/sync/lock.rs", facts("pub mod mutex;"));
        files.put("rust/kernel/sync/lock/mutex.rs", facts(""));
        files.put("rust/kernel/net.rs", facts("pub mod phy;"));
        files.put("rust/kernel/net/phy/mod.rs", facts("pub mod reg;"));
        files.put("rust/kernel/net/phy/reg.rs", facts(""));
        files.put("rust/kernel_extra/x.rs", facts("mod y;"));
        files.put("rust/kernel_extra/y.rs", facts(""));
        files.put("rust/kernel/prelude/inner.rs", facts(""));
        return KernelModuleTree.build(files);
    }

    @Test
    void followsModDeclarationsThroughFilesDirectoriesPathAttributesAndInlineModules() {
        assertEquals(List.of(
                new RustModule("kernel", "rust/kernel/lib.rs", false),
                new RustModule("kernel::extra", "rust/kernel_extra/x.rs", false),
                new RustModule("kernel::extra::y", "rust/kernel_extra/y.rs", false),
                new RustModule("kernel::net", "rust/kernel/net.rs", false),
                new RustModule("kernel::net::phy", "rust/kernel/net/phy/mod.rs", false),
                new RustModule("kernel::net::phy::reg", "rust/kernel/net/phy/reg.rs", false),
                new RustModule("kernel::prelude", "rust/kernel/lib.rs", true),
                new RustModule("kernel::prelude::inner", "rust/kernel/prelude/inner.rs", false),
                new RustModule("kernel::sync", "rust/kernel/sync.rs", false),
                new RustModule("kernel::sync::arc", "rust/kernel/sync/arc.rs", false),
                new RustModule("kernel::sync::arc::std_vendor", "rust/kernel/sync/arc/std_vendor.rs", false),
                new RustModule("kernel::sync::lock", "rust/kernel/sync/lock.rs", false),
                new RustModule("kernel::sync::lock::mutex", "rust/kernel/sync/lock/mutex.rs", false)),
                tree().modules());
    }

    @Test
    void testModulesAndModulesInsideThemAreMarkedAndCfgAlternativesListedOnce() {
        Map<String, RustFacts> files = new LinkedHashMap<>();
        files.put("rust/kernel/lib.rs", facts("pub mod fmt;\n#[cfg(test)]\nmod selftest;\npub mod real;\n"));
        files.put("rust/kernel/fmt.rs", facts("""
                #[macros::kunit_tests(rust_kernel_fmt)]
                mod tests {
                    #[cfg(CONFIG_64BIT)]
                    mod expected {}
                    #[cfg(not(CONFIG_64BIT))]
                    mod expected {}
                }
                #[cfg(not(test))]
                mod shown {}
                """));
        files.put("rust/kernel/selftest.rs", facts("mod helpers;\n"));
        files.put("rust/kernel/selftest/helpers.rs", facts(""));
        files.put("rust/kernel/real.rs", facts(""));
        assertEquals(List.of(
                new RustModule("kernel", "rust/kernel/lib.rs", false, false),
                new RustModule("kernel::fmt", "rust/kernel/fmt.rs", false, false),
                new RustModule("kernel::fmt::shown", "rust/kernel/fmt.rs", true, false),
                new RustModule("kernel::fmt::tests", "rust/kernel/fmt.rs", true, true),
                new RustModule("kernel::fmt::tests::expected", "rust/kernel/fmt.rs", true, true),
                new RustModule("kernel::real", "rust/kernel/real.rs", false, false),
                new RustModule("kernel::selftest", "rust/kernel/selftest.rs", false, true),
                new RustModule("kernel::selftest::helpers", "rust/kernel/selftest/helpers.rs", false, true)),
                KernelModuleTree.build(files).modules());
    }

    @Test
    void bothFilesOfCfgAlternativesBelongToTheCrateThoughTheModuleIsListedOnce() {
        Map<String, RustFacts> files = new LinkedHashMap<>();
        files.put("drivers/x/x.rs", facts("""
                #[cfg(CONFIG_64BIT)]
                #[path = "regs64.rs"]
                mod regs;
                #[cfg(not(CONFIG_64BIT))]
                #[path = "regs32.rs"]
                mod regs;
                """));
        files.put("drivers/x/regs64.rs", facts(""));
        files.put("drivers/x/regs32.rs", facts(""));
        KernelModuleTree tree = KernelModuleTree.build("x", "drivers/x/x.rs", files);
        assertEquals(List.of(new RustModule("x", "drivers/x/x.rs", false),
                new RustModule("x::regs", "drivers/x/regs64.rs", false)), tree.modules());
        assertEquals(Set.of("drivers/x/x.rs", "drivers/x/regs64.rs", "drivers/x/regs32.rs"), tree.files());
    }

    @Test
    void missingModuleFilesAreReportedNotListed() {
        assertEquals(List.of("kernel::gone (rust/kernel/gone.rs or rust/kernel/gone/mod.rs)"), tree().missing());
    }

    @Test
    void withoutLibRsThereIsNoTree() {
        KernelModuleTree empty = KernelModuleTree.build(Map.of("rust/kernel/sync.rs", facts("")));
        assertEquals(List.of(), empty.modules());
        assertEquals(1, empty.missing().size());
    }

    @Test
    void kernelPathsAreTheLongestKnownModulePrefixes() {
        Set<String> modules = tree().paths();
        List<PathRef> refs = facts("""
                use kernel::{c_str, net::phy::{self, reg::C22, Driver}, prelude::*, uapi};
                fn f() { kernel::sync::lock::mutex::Mutex::new(); kernel::sync::Arc::new(); crate::net::X }
                """).kernelRefs();
        assertEquals(List.of("net::phy", "net::phy::reg", "prelude", "sync", "sync::lock::mutex"),
                KernelPaths.of(refs, modules, false));
        assertEquals(List.of("net", "net::phy", "net::phy::reg", "prelude", "sync", "sync::lock::mutex"),
                KernelPaths.of(refs, modules, true));
    }

    @Test
    void rolesFollowLocationAndKernelUse() {
        RustFacts user = facts("use kernel::prelude::*;");
        RustFacts plain = facts("fn main() {}");
        assertEquals(FileRole.ABSTRACTION, FileRoles.roleOf("rust/kernel/sync.rs", plain));
        assertEquals(FileRole.MACROS, FileRoles.roleOf("rust/macros/lib.rs", user));
        assertEquals(FileRole.BINDINGS, FileRoles.roleOf("rust/bindings/lib.rs", plain));
        assertEquals(FileRole.UAPI, FileRoles.roleOf("rust/uapi/lib.rs", plain));
        assertEquals(FileRole.CONSUMER, FileRoles.roleOf("drivers/net/phy/ax88796b_rust.rs", user));
        assertEquals(FileRole.OTHER, FileRoles.roleOf("scripts/generate_rust_target.rs", plain));
        assertEquals(FileRole.OTHER, FileRoles.roleOf("rust/compiler_builtins.rs", user));
    }
}
