package dev.interopatlas.indexer.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.source.SourceFile;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every .rs file of the real trees: the analyzer's unsafe sites (kind and line) against {@link NaiveUnsafeCounter},
 * which shares no code with it. They must agree on every file.
 */
@Tag("corpus")
class UnsafeCountCrossCheckTest {
    private static final Comparator<NaiveUnsafeCounter.Site> ORDER = Comparator
            .comparingInt(NaiveUnsafeCounter.Site::line).thenComparing(NaiveUnsafeCounter.Site::kind);

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.3"})
    void everyFileHasTheSitesOfANaiveTokenCount(String version) throws IOException {
        Map<String, String> differences = new TreeMap<>();
        int files = 0;
        try (WorkingTree tree = WorkingTree.open(Corpus.tree(version))) {
            for (SourceFile file : tree.files()) {
                if (!file.path().endsWith(".rs")) {
                    continue;
                }
                files++;
                byte[] bytes = tree.read(file);
                List<NaiveUnsafeCounter.Site> expected = NaiveUnsafeCounter
                        .sites(new String(bytes, StandardCharsets.UTF_8)).stream().sorted(ORDER).toList();
                List<NaiveUnsafeCounter.Site> actual = RustFileAnalyzer.analyze(bytes).unsafeSites().stream()
                        .map(s -> new NaiveUnsafeCounter.Site(s.kind(), s.line())).sorted(ORDER).toList();
                if (!expected.equals(actual)) {
                    differences.put(file.path(), "naive " + expected + "\n   analyzer " + actual);
                }
            }
        }
        System.out.printf("%s: %d of %d .rs files have the same unsafe sites as the naive count%n", version,
                files - differences.size(), files);
        differences.forEach((path, diff) -> System.out.println(path + "\n   " + diff));
        assertEquals(Map.of(), differences);
    }
}
