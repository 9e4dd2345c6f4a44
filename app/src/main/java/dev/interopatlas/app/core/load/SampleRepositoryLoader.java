package dev.interopatlas.app.core.load;

import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.core.release.ReleaseHistory;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import dev.interopatlas.samples.SampleRepository;
import dev.interopatlas.samples.SampleTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The default start: the bundled sample as a tagged git repository (one release per sample tree), created once
 * under the user's cache and opened at its newest release, so release switching and diffs work out of the box.
 */
public record SampleRepositoryLoader(Path repository) implements AtlasLoader {
    /** {@code ~/.cache/interop-atlas/samples/minikernel.git}. */
    public static Path defaultLocation() {
        return dev.interopatlas.indexer.io.CacheRoot.directory().resolve("samples").resolve(SampleTrees.TREE_NAME + ".git");
    }

    @Override
    public String description() {
        return "bundled sample " + SampleTrees.TREE_NAME;
    }

    @Override
    public LoadedAtlas load(ProgressMonitor monitor) throws Exception {
        monitor.beginTask("Preparing the sample repository", ProgressMonitor.UNKNOWN);
        ensure(repository);
        monitor.endTask();
        LoadedAtlas atlas = new RepositoryLoader(repository).load(monitor);
        return new LoadedAtlas(atlas.index(), atlas.tree(), atlas.title() + " (sample)", atlas.release());
    }

    /**
     * Creates the sample repository at {@code dir} unless a valid one is there: one holding exactly the sample's
     * release tags. Anything else (half-written, older sample, not git) is replaced.
     */
    public static Path ensure(Path dir) throws IOException {
        if (isValid(dir)) {
            return dir;
        }
        deleteRecursively(dir);
        return SampleRepository.create(dir, true);
    }

    public static boolean isValid(Path dir) {
        return Files.isDirectory(dir) && ReleaseHistory.releaseTags(dir).equals(sortedSampleReleases());
    }

    private static List<String> sortedSampleReleases() {
        return SampleTrees.releases().stream().sorted(dev.interopatlas.indexer.history.VersionOrder.INSTANCE).toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IOException("cannot replace the broken sample repository " + dir + ": " + e.getMessage()
                    + "; delete it by hand", e);
        }
    }

    /** Exposed for the window: where the sample lives when none is given. */
    public static SampleRepositoryLoader atDefaultLocation() {
        return new SampleRepositoryLoader(defaultLocation());
    }
}
