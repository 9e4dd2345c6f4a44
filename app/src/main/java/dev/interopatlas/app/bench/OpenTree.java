package dev.interopatlas.app.bench;

import dev.interopatlas.app.core.load.DirectoryLoader;
import dev.interopatlas.app.core.load.SampleRepositoryLoader;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.indexer.progress.ProgressMonitor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Benchmark helper for {@code bench/index-vs-rg.sh}: times the explorer opening a kernel tree (what File > Open
 * of a directory runs, in the app's own JVM set-up) with a given facts cache, and prints the seconds of the first
 * open in this fresh JVM and the median of three more in the same JVM (re-opening in a running app); or the open
 * that follows the bundled sample's, as in an app that started with the sample and then opens the tree.
 */
public final class OpenTree {
    private OpenTree() {
    }

    /**
     * @param args TREE CACHE-ROOT [--after-sample]; with {@code --after-sample}, the bundled sample is opened first,
     *             as the app does when it starts, and only the seconds of the tree's open after it are printed
     */
    public static void main(String[] args) throws Exception {
        DirectoryLoader loader = new DirectoryLoader(Path.of(args[0]), Optional.of(Path.of(args[1])));
        if (args.length > 2 && args[2].equals("--after-sample")) {
            new SampleRepositoryLoader(SampleRepositoryLoader.defaultLocation()).load(ProgressMonitor.NONE);
            System.out.println(String.format(Locale.ROOT, "%.3f", open(loader)));
            return;
        }
        double first = open(loader);
        double[] again = new double[3];
        for (int i = 0; i < again.length; i++) {
            again[i] = open(loader);
        }
        Arrays.sort(again);
        System.out.println(String.format(Locale.ROOT, "%.3f %.3f", first, again[again.length / 2]));
    }

    private static double open(DirectoryLoader loader) throws Exception {
        long start = System.nanoTime();
        LoadedAtlas atlas = loader.load(ProgressMonitor.NONE);
        atlas.tree().ifPresent(tree -> tree.close());
        return (System.nanoTime() - start) / 1e9;
    }
}
