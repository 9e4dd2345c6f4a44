package dev.interopatlas.indexer.crates;

import dev.interopatlas.indexer.rust.KernelModuleTree;
import dev.interopatlas.model.metrics.CrateKind;
import java.util.Set;

/**
 * Decides a crate's kind from its root and whether a README marks it vendored, first rule that applies:
 * <ol>
 *   <li>{@code rust/kernel/lib.rs} is the kernel crate;</li>
 *   <li>a vendored README above the root makes it vendored (syn, zerocopy);</li>
 *   <li>under {@code samples/} a sample;</li>
 *   <li>a directory or a word of the file name ({@code _}, {@code -}, {@code .} separate words) that is test,
 *   tests, testing, selftests, kunit or benchmark makes it a test: kasan_test_rust, find_bit_benchmark_rust,
 *   tools/perf/tests/…, and the doctest generators scripts/rustdoc_test_*, which only doctest builds use;</li>
 *   <li>under {@code rust/}, {@code scripts/} or {@code tools/}: support (the kernel's own library crates, build
 *   tools);</li>
 *   <li>anything else is a driver: a module or built-in object, under drivers/ or not.</li>
 * </ol>
 */
public final class CrateKinds {
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "selftests", "kunit",
            "benchmark");

    private CrateKinds() {
    }

    public static CrateKind of(String root, boolean vendored) {
        if (root.equals(KernelModuleTree.ROOT_FILE)) {
            return CrateKind.KERNEL;
        }
        if (vendored) {
            return CrateKind.VENDORED;
        }
        if (root.startsWith("samples/")) {
            return CrateKind.SAMPLE;
        }
        String withoutExtension = root.endsWith(".rs") ? root.substring(0, root.length() - 3) : root;
        for (String word : withoutExtension.split("[/_.\\-]")) {
            if (TEST_WORDS.contains(word)) {
                return CrateKind.TEST;
            }
        }
        if (root.startsWith("rust/") || root.startsWith("scripts/") || root.startsWith("tools/")) {
            return CrateKind.SUPPORT;
        }
        return CrateKind.DRIVER;
    }
}
