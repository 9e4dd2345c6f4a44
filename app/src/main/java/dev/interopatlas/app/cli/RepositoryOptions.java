package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.history.HistoryIndexer;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** REPO with {@code --cache} and {@code --arch}: what the commands that read releases from git share. */
final class RepositoryOptions {
    @Parameters(paramLabel = "REPO", description = "A kernel git repository (work tree or bare).")
    Path repository;

    @Option(names = "--cache", paramLabel = "DIR", description = "Blob facts cache (default: ~/.cache/interop-atlas/facts).")
    Optional<Path> cache;

    @Option(names = "--arch", defaultValue = "x86", description = "Architecture for asm/ headers (default: ${DEFAULT-VALUE}).")
    String arch;

    HistoryIndexer open() throws Exception {
        return ReleaseRepository.open(repository, arch, cache, System.err);
    }
}
