package dev.interopatlas.app.ui.testing;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.samples.SampleTrees;
import java.nio.file.Path;

/** The bundled sample releases, extracted and indexed for tests. */
public final class SampleAtlas {
    private SampleAtlas() {
    }

    /** Extracts {@code release} (e.g. v6.12) under {@code dir} and indexes it; the caller closes the tree. */
    public static LoadedAtlas load(String release, Path dir) throws Exception {
        Path tree = SampleTrees.extract(release, dir.resolve(release));
        return new DirectoryLoader(tree).load(ProgressMonitor.NONE);
    }
}
