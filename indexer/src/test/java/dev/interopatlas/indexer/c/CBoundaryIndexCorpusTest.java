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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the real 6.12 and 6.1 trees: the closure builds and the bindings:: names used from Rust resolve. */
@Tag("corpus")
class CBoundaryIndexCorpusTest {
    private static final Pattern BINDINGS_NAME = Pattern.compile("\\bbindings::([A-Za-z_][A-Za-z0-9_]*)");

    @ParameterizedTest
    @ValueSource(strings = {"6.12", "6.1"})
    void bindingsNamesUsedFromRustResolve(String version) throws IOException {
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            long start = System.nanoTime();
            CBoundaryIndex index = CBoundaryIndex.build(tree, "x86", new DirectFactsProvider(), ProgressMonitor.NONE);
            long buildMillis = (System.nanoTime() - start) / 1_000_000;
            Set<String> names = bindingsNamesInRust(tree, true);
            List<SymbolResolution> unresolved = names.stream().map(index::resolve).filter(r -> !r.resolved()).toList();
            double rate = 100.0 * (names.size() - unresolved.size()) / names.size();
            System.out.printf("linux-%s: closure %d files, %d edges, %d unresolved includes, %d helpers, built in %d ms%n",
                    version, index.closureHeaders().size(), index.includeEdges().size(),
                    index.unresolvedIncludes().size(), index.helpers().size(), buildMillis);
            System.out.printf("linux-%s: %d distinct bindings:: names, %.1f %% resolved%n", version, names.size(), rate);
            unresolved.forEach(r -> System.out.println("  unresolved " + r.name() + ": " + r.reason().orElse("")));
            index.unresolvedIncludes().forEach(u -> System.out.println("  include " + u.from() + ":" + u.line() + " <"
                    + u.target() + "> " + u.reason()));

            // For information: doc-comment examples (bindings::foo in //! text) counted too, as a plain grep would.
            Set<String> withComments = bindingsNamesInRust(tree, false);
            List<SymbolResolution> unresolvedWithComments = withComments.stream().map(index::resolve)
                    .filter(r -> !r.resolved()).toList();
            System.out.printf("linux-%s: with doc comments %d names, %.1f %% resolved%n", version, withComments.size(),
                    100.0 * (withComments.size() - unresolvedWithComments.size()) / withComments.size());
            unresolvedWithComments.forEach(r -> System.out.println("  (doc) unresolved " + r.name() + ": "
                    + r.reason().orElse("")));

            assertTrue(index.closureHeaders().contains("include/linux/compiler_types.h"));
            assertTrue(index.closureHeaders().contains("rust/bindings/bindings_helper.h"));
            assertFalse(names.isEmpty());
            assertTrue(rate >= 97.0, "resolution rate " + rate + " % below 97 %");
        }
    }

    /** Distinct NAMEs of bindings::NAME in every .rs file, in code only or also in comments. */
    private static Set<String> bindingsNamesInRust(WorkingTree tree, boolean codeOnly) throws IOException {
        Set<String> names = new TreeSet<>();
        for (SourceFile file : tree.files()) {
            if (!file.path().endsWith(".rs")) {
                continue;
            }
            String text = new String(tree.read(file), StandardCharsets.UTF_8);
            String code = codeOnly ? ConstHelpers.stripComments(text) : text;
            Matcher m = BINDINGS_NAME.matcher(code);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
