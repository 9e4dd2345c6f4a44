package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.PhaseClock;
import dev.interopatlas.indexer.cache.WorkingTreeFacts;
import dev.interopatlas.indexer.history.BlobFactsCache;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts reading the facts cache of an {@code index} command before anything else: reading 7.3's cache takes 0.1 s
 * of CPU, on the core the command's start-up leaves idle. The tree and cache are read from a plain command line
 * ({@link IndexArguments}); the reading is used only when the command that runs names the same tree and cache
 * ({@link TreeFactsCache#open}), else it is left to finish unused (it only reads). Its warnings are held until then,
 * so a guess not taken prints nothing.
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
     * The tree and cache of a plain {@code index} command line ({@link IndexArguments}); empty for anything else
     * ({@code --no-cache}, two operands, {@code --}, an option without its value), which picocli then handles alone.
     */
    static Optional<Guess> guess(String[] args) {
        return IndexArguments.parse(args).filter(plain -> !plain.noCache()).map(plain -> new Guess(
                normalized(plain.cache().orElseGet(BlobFactsCache::defaultRoot)), normalized(plain.tree())));
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
