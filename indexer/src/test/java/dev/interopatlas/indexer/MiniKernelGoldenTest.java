package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.samples.SampleTrees;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each release of the bundled mini kernel indexes to its hand-written expected metrics. */
class MiniKernelGoldenTest {
    @TempDir
    Path temp;

    static java.util.List<String> releases() {
        return SampleTrees.releases();
    }

    @ParameterizedTest
    @MethodSource("releases")
    void metricsOfEachReleaseEqualTheHandWrittenGolden(String release) throws Exception {
        Path tree = SampleTrees.extract(release, temp.resolve(release));
        KernelIndex index;
        try (WorkingTree source = WorkingTree.open(tree)) {
            index = new KernelIndexer(IndexOptions.defaults()).index(source, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
        JsonNode actual = ModelJson.mapper().valueToTree(index.toMetrics());
        JsonNode expected;
        try (InputStream in = SampleTrees.class.getResourceAsStream(
                "/dev/interopatlas/samples/minikernel/expected/" + release + ".metrics.json")) {
            assertNotNull(in, "golden for " + release);
            expected = ModelJson.mapper().readTree(in);
        }
        ((ObjectNode) actual).remove("tree");
        ((ObjectNode) expected).remove("tree");
        ((ObjectNode) actual).remove("release");
        ((ObjectNode) expected).remove("release");
        assertEquals(expected.get("crates").toPrettyString(), actual.get("crates").toPrettyString());
        assertEquals(expected.get("files").toPrettyString(), actual.get("files").toPrettyString());
        assertEquals(expected.get("symbols").toPrettyString(), actual.get("symbols").toPrettyString());
        assertEquals(java.util.List.of(), index.warnings());
    }
}
