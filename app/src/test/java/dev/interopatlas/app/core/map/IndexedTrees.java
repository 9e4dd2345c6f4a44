package dev.interopatlas.app.core.map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.interopatlas.indexer.IndexOptions;
import dev.interopatlas.indexer.KernelIndexer;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.facts.DirectFactsProvider;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.indexer.source.WorkingTree;
import dev.interopatlas.model.index.KernelIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Trees indexed with the indexer's API as the CLI does, once per test run, with their MAINTAINERS sections. The real
 * corpus ({@code $CORPUS}, else {@code ~/.cache/interop-atlas/kernel-corpus}) skips the test when it is absent.
 */
public final class IndexedTrees {
    public record Indexed(KernelIndex index, SectionLookup sections) {
    }

    private static final Map<Path, Indexed> CACHE = new HashMap<>();

    private IndexedTrees() {
    }

    public static synchronized Indexed corpus(String version) throws Exception {
        String env = System.getenv("CORPUS");
        Path root = env != null && !env.isBlank() && !env.startsWith("${") ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "interop-atlas", "kernel-corpus");
        Path tree = root.resolve("src").resolve("linux-" + version);
        assumeTrue(Files.isRegularFile(tree.resolve("Makefile")), "kernel corpus not built at " + tree);
        return of(tree);
    }

    public static synchronized Indexed of(Path tree) throws Exception {
        Indexed known = CACHE.get(tree);
        if (known != null) {
            return known;
        }
        try (WorkingTree source = WorkingTree.open(tree)) {
            KernelIndex index = new KernelIndexer(IndexOptions.defaults()).index(source, new DirectFactsProvider(),
                    ProgressMonitor.NONE);
            SubsystemMapping mapping = new SubsystemMapping(MaintainersIndex.load(source).matcher());
            Indexed indexed = new Indexed(index, mapping::sectionsOf);
            CACHE.put(tree, indexed);
            return indexed;
        }
    }
}
