package dev.interopatlas.app;

/** Depends on the indexer on purpose, so {@link ArchitectureTest} can show its rules do fail. */
final class ArchitectureViolationSample {
    String describe(dev.interopatlas.indexer.IndexOptions options) {
        return options.arch();
    }
}
