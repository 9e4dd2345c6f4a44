package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the real 6.12 and 6.1 trees: the closure builds and the bindings:: names used from Rust resolve. */
class CBoundaryIndexCorpusTest {
    private static final Pattern BINDINGS_NAME = Pattern.compile("\\bbindings::([A-Za-z_][A-Za-z0-9_]*)");

    @ParameterizedTest
    @ValueSource(strings = {"6.12", "6.1"})
    void bindingsNamesUsedFromRustResolve(String version) throws IOException {
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            long start = System.nanoTime();
            CBoundaryIndex index = CBoundaryIndex.build(tree, "x86", new DirectFactsProvider(), ProgressMonitor.NONE);
            long buildMillis = (System.nanoTime() - start) / 1_000_000;
            Set<String> names = bindingsNamesInRust(tree);
            List<SymbolResolution> unresolved = names.stream().map(index::resolve).filter(r -> !r.resolved()).toList();
            double rate = 100.0 * (names.size() - unresolved.size()) / names.size();
            System.out.printf("linux-%s: closure %d files, %d edges, %d unresolved includes, %d helpers, built in %d ms%n",
                    version, index.closureHeaders().size(), index.includeEdges().size(),
                    index.unresolvedIncludes().size(), index.helpers().size(), buildMillis);
            System.out.printf("linux-%s: %d distinct bindings:: names, %.1f %% resolved%n", version, names.size(), rate);
            unresolved.forEach(r -> System.out.println("  unresolved " + r.name() + ": " + r.reason().orElse("")));
            index.unresolvedIncludes().forEach(u -> System.out.println("  include " + u.from() + ":" + u.line() + " <"
                    + u.target() + "> " + u.reason()));

            assertTrue(index.closureHeaders().contains("include/linux/compiler_types.h"));
            assertFalse(names.isEmpty());
            assertTrue(rate >= 97.0, "resolution rate " + rate + " % below 97 %");
        }
    }

    /** Distinct NAMEs of bindings::NAME in the code (comments removed) of every .rs file. */
    private static Set<String> bindingsNamesInRust(WorkingTree tree) throws IOException {
        Set<String> names = new TreeSet<>();
        for (SourceFile file : tree.files()) {
            if (!file.path().endsWith(".rs")) {
                continue;
            }
            String code = ConstHelpers.stripComments(new String(tree.read(file), StandardCharsets.UTF_8));
            Matcher m = BINDINGS_NAME.matcher(code);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
