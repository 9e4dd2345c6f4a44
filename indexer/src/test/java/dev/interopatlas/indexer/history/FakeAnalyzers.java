package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.facts.BindingsAlias;
import dev.interopatlas.indexer.facts.CDeclKind;
import dev.interopatlas.indexer.facts.CDeclaration;
import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.HelperWrapper;
import dev.interopatlas.indexer.facts.IncludeDirective;
import dev.interopatlas.indexer.facts.LineWarning;
import dev.interopatlas.indexer.facts.ModDecl;
import dev.interopatlas.indexer.facts.PathRef;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.facts.ScopedBindings;
import dev.interopatlas.indexer.facts.UnsafeSiteFact;
import dev.interopatlas.model.metrics.UnsafeKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the real analyzers: facts derived from the bytes (so different content gives different facts)
 * and a count of every call, per content.
 */
final class FakeAnalyzers {
    final AtomicInteger rustCalls = new AtomicInteger();
    final AtomicInteger cCalls = new AtomicInteger();
    final Map<String, AtomicInteger> callsByContent = new ConcurrentHashMap<>();

    RustFacts rust(byte[] bytes) {
        rustCalls.incrementAndGet();
        String text = new String(bytes, StandardCharsets.UTF_8);
        callsByContent.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
        return rustFactsFor(text);
    }

    CFileFacts c(byte[] bytes) {
        cCalls.incrementAndGet();
        String text = new String(bytes, StandardCharsets.UTF_8);
        callsByContent.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
        return cFactsFor(text);
    }

    /** Every kind of field filled, Optionals both present and empty, so JSON round trips are exercised. */
    static RustFacts rustFactsFor(String text) {
        int lines = (int) text.chars().filter(ch -> ch == '\n').count();
        TreeMap<String, Integer> bindings = new TreeMap<>();
        for (String word : text.split("[^A-Za-z0-9_:]+")) {
            if (word.startsWith("bindings::")) {
                bindings.merge(word.substring("bindings::".length()), 1, Integer::sum);
            }
        }
        int unsafeCount = text.split("unsafe", -1).length - 1;
        List<UnsafeSiteFact> sites = new java.util.ArrayList<>();
        for (int i = 0; i < unsafeCount; i++) {
            sites.add(new UnsafeSiteFact(i + 1, i % 2 == 0 ? UnsafeKind.BLOCK : UnsafeKind.FN, "f" + i, i % 3 == 0,
                    false, false));
        }
        return new RustFacts(lines, sites, bindings,
                List.of(new PathRef("kernel", List.of("sync", "Arc"), 1)), text.contains("kernel::"),
                List.of(new ModDecl("inner", 2, List.of("outer"), true, Optional.empty(), true),
                        new ModDecl("gen", 3, List.of(), false, Optional.of("gen/x.rs"))),
                List.of(new LineWarning(4, "unterminated \"string\" ünïcode")),
                List.of(new ScopedBindings(List.of("super", "bindings"), List.of("outer"), 5,
                        new TreeMap<>(Map.of("GSP_A", 2)))),
                List.of(new BindingsAlias(List.of(), List.of("r570_144"), 6)), Optional.of("fake_crate"),
                List.of("gen/included.rs"));
    }

    static CFileFacts cFactsFor(String text) {
        return new CFileFacts(List.of(new IncludeDirective("linux/types.h", true, 1)),
                List.of(new CDeclaration("phy_start", CDeclKind.FUNCTION, 2, Optional.empty()),
                        new CDeclaration("PHY_UP", CDeclKind.ENUM_CONSTANT, 3, Optional.of("phy_state")),
                        new CDeclaration("device", CDeclKind.STRUCT, 3, Optional.empty(), true),
                        new CDeclaration("len" + text.length(), CDeclKind.MACRO_CONSTANT, 4, Optional.empty())),
                List.of(new HelperWrapper("mutex_lock", 5, List.of("mutex_lock"))),
                List.of());
    }
}
