package dev.interopatlas.indexer.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.model.metrics.MetricsReport;
import dev.interopatlas.model.metrics.SymbolResolution;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written minikernel's expected symbol resolutions, as the C side computes them. */
class SampleTreeGoldensTest {
    static List<String> releases() {
        return SampleTrees.releases();
    }

    @ParameterizedTest
    @MethodSource("releases")
    void resolutionsMatchTheGoldens(String release, @TempDir Path dir) throws IOException {
        Path root = SampleTrees.extract(release, dir);
        MetricsReport expected = readGolden(release);
        List<String> mismatches = new ArrayList<>();
        try (WorkingTree tree = WorkingTree.open(root)) {
            CBoundaryIndex index = CBoundaryIndex.build(tree, "x86", new DirectFactsProvider(), ProgressMonitor.NONE);
            for (SymbolResolution golden : expected.symbols()) {
                SymbolResolution actual = index.resolve(golden.name());
                boolean same = golden.resolved()
                        ? actual.equals(golden)
                        : !actual.resolved();
                if (!same) {
                    mismatches.add(golden + "\n      got " + actual);
                }
            }
        }
        mismatches.forEach(m -> System.out.println(release + " mismatch: " + m));
        assertTrue(expected.symbols().size() > 0);
        assertEquals(List.of(), mismatches);
    }

    private static MetricsReport readGolden(String release) throws IOException {
        ObjectMapper json = ModelJson.mapper();
        return json.readValue(SampleTrees.expectedMetricsJson(release).orElseThrow(), MetricsReport.class);
    }
}
