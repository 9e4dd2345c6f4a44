package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.BlobFactsCache;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts reading the facts cache of an {@code index} command before picocli has parsed the command line: building
 * the command line takes about 0.09 s on one core of two, and reading 7.3's cache 0.1 s of CPU, which then runs on
 * the idle core. The tree and cache are guessed from the arguments with the options of {@link IndexCommand}; the
 * reading is used only when picocli's parse names the same tree and cache ({@link TreeFactsCache#open}), else it is
 * left to finish unused (it only reads). Its warnings are held until then, so a guess not taken prints nothing.
 */
final class EarlyFactsCache {
    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private record Started(Path cacheRoot, Path tree, CompletableFuture<WorkingTreeFacts> opening,
                           HeldWarnings warnings) {
    }

    /** Where an {@code index} command line reads its facts cache; the paths absolute and normalized. */
    record Guess(Path cacheRoot, Path tree) {
    }

    private EarlyFactsCache() {
    }

    /** Starts the reading when {@code args} are an {@code index} command with a cache. */
    static void start(String[] args) {
        Optional<Guess> guess = guess(args);
        if (guess.isPresent() && Files.isDirectory(guess.get().tree())) {
            HeldWarnings warnings = new HeldWarnings();
            STARTED.set(new Started(guess.get().cacheRoot(), guess.get().tree(), WorkingTreeFacts.openInBackground(
                    guess.get().cacheRoot(), guess.get().tree(), warnings), warnings));
        }
    }

    /** The reading {@link #start} began, if it was for this cache and tree; taken once. */
    static Optional<CompletableFuture<WorkingTreeFacts>> take(Path cacheRoot, Path tree, PrintStream err) {
        Started started = STARTED.getAndSet(null);
        if (started == null || !started.cacheRoot().equals(normalized(cacheRoot))
                || !started.tree().equals(normalized(tree))) {
            return Optional.empty();
        }
        started.warnings().forwardTo(err);
        PhaseClock.mark("facts cache reading taken from before the parse");
        return Optional.of(started.opening());
    }

    /**
     * The tree and cache of {@code index TREE [--cache DIR] [--arch A] [-o FILE]…}; empty for anything else
     * ({@code --no-cache}, two operands, {@code --}, an option without its value), which picocli then handles alone.
     */
    static Optional<Guess> guess(String[] args) {
        if (args.length < 2 || !args[0].equals("index")) {
            return Optional.empty();
        }
        String tree = null;
        String cache = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-cache") || arg.equals("--")) {
                return Optional.empty();
            } else if (arg.equals("--cache") || arg.equals("--arch") || arg.equals("--out") || arg.equals("-o")) {
                if (++i >= args.length) {
                    return Optional.empty();
                }
                cache = arg.equals("--cache") ? args[i] : cache;
            } else if (arg.startsWith("--cache=")) {
                cache = arg.substring("--cache=".length());
            } else if (arg.startsWith("-")) {
                continue; // --arch=x, --out=f, -of, --help: no value of ours follows
            } else if (tree != null) {
                return Optional.empty();
            } else {
                tree = arg;
            }
        }
        try {
            return tree == null ? Optional.empty() : Optional.of(new Guess(
                    normalized(cache == null ? BlobFactsCache.defaultRoot() : Path.of(cache)),
                    normalized(Path.of(tree))));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Warnings kept until the reading is taken, then printed, as are those after. */
    private static final class HeldWarnings implements Consumer<String> {
        private final List<String> held = new ArrayList<>();
        private PrintStream target;

        @Override
        public synchronized void accept(String warning) {
            if (target != null) {
                TreeFactsCache.warn(target, warning);
            } else {
                held.add(warning);
            }
        }

        synchronized void forwardTo(PrintStream err) {
            target = err;
            held.forEach(warning -> TreeFactsCache.warn(err, warning));
            held.clear();
        }
    }
}
