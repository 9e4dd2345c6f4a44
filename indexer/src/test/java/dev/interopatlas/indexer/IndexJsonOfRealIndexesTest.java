package dev.interopatlas.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.indexer.testing.Corpus;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.KernelIndexJson;
import dev.interopatlas.model.json.ModelJson;
import dev.interopatlas.samples.SampleTrees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code index} command's streaming JSON writer gives the mapper's bytes for real indexes. */
class IndexJsonOfRealIndexesTest {
    @TempDir
    Path temp;

    static List<String> releases() {
        return SampleTrees.releases();
    }

    @ParameterizedTest
    @MethodSource("releases")
    void eachSampleReleaseIsWrittenAsTheMapperWritesIt(String release) throws Exception {
        assertSameAsTheMapper(indexOf(SampleTrees.extract(release, temp.resolve(release))));
    }

    @Tag("corpus")
    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.3"})
    void eachCorpusTreeIsWrittenAsTheMapperWritesIt(String version) throws Exception {
        assertSameAsTheMapper(indexOf(Corpus.tree(version)));
    }

    private static KernelIndex indexOf(Path tree) throws Exception {
        try (WorkingTree source = WorkingTree.open(tree)) {
            return new KernelIndexer(IndexOptions.defaults()).index(source, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
        }
    }

    private static void assertSameAsTheMapper(KernelIndex index) throws Exception {
        String expected = new String(ModelJson.mapper().writeValueAsBytes(index), StandardCharsets.UTF_8);
        assertEquals(expected, new String(KernelIndexJson.bytes(index), StandardCharsets.UTF_8));
    }
}
