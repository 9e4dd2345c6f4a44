package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.TagSelection;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.history.Timeline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history REPO [--tags v6.1,v6.12 | --pattern REGEX] [--rc] [--cache DIR] --json timeline.json}. */
@Command(name = "history", description = "Index tagged releases straight from git and summarize each "
        + "(schema interop-atlas/timeline/1). Files unchanged between releases are analyzed once.")
final class HistoryCommand implements Callable<Integer> {
    @Mixin
    RepositoryOptions repo;

    @ArgGroup(exclusive = true)
    Tags tags;

    static final class Tags {
        @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Exactly these tags.")
        List<String> explicit;

        @Option(names = "--pattern", paramLabel = "REGEX",
                description = "Tags whose whole name matches (default: v[0-9]+\\.[0-9]+).")
        String pattern;
    }

    @Option(names = "--rc", description = "Also the release candidates (TAG-rcN) of the matched tags.")
    boolean rc;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the timeline JSON here (default: stdout).")
    Optional<Path> json;

    @Override
    public Integer call() throws Exception {
        Timeline timeline;
        try (HistoryIndexer history = repo.open()) {
            timeline = history.timeline(selection(), ConsoleProgress.forStderr());
        }
        JsonOutput.write(timeline, json, System.out);
        printTable(timeline, System.err);
        return 0;
    }

    private TagSelection selection() throws Exception {
        if (tags != null && tags.explicit != null) {
            if (rc) {
                throw new CliException("--rc widens a pattern; with --tags list the -rc tags you want");
            }
            return TagSelection.explicit(tags.explicit);
        }
        if (tags != null && tags.pattern != null) {
            return TagSelection.matching(tags.pattern, rc);
        }
        return TagSelection.releases(rc);
    }

    static void printTable(Timeline timeline, PrintStream err) {
        // kernel figures first; vendored crates (syn, zerocopy…) apart in the last two columns
        err.printf(Locale.ROOT, "%-12s %8s %8s %7s %9s %7s %8s %7s %7s %11s %8s %9s %8s%n", "release",
                "rs lines", "modules", "crates", "C symbols", "helpers", "headers", "unsafe", "SAFETY", "placeholder",
                "parsed", "vendored", "v.unsafe");
        for (ReleaseSummary r : timeline.releases()) {
            err.printf(Locale.ROOT, "%-12s %8d %8d %7d %9d %7d %8d %7d %6.1f%% %11d %8d %9d %8d%n", r.release(),
                    r.rustLines(), r.abstractionModules(), r.consumerCrates(), r.boundCSymbols(), r.helpers(),
                    r.headersInClosure(), r.unsafeTotal(), 100 * r.safetyDocumentedShare(),
                    r.unsafeBlocksPlaceholder(), r.blobsParsed(), r.vendoredRustLines(), r.vendoredUnsafeTotal());
        }
        err.printf(Locale.ROOT, "%d releases: %d files analyzed, %d taken from the blob cache%n",
                timeline.releases().size(), timeline.blobsParsed(), timeline.cacheHits());
    }
}
