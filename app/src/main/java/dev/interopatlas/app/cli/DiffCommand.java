package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.history.HistoryIndexer;
import dev.interopatlas.indexer.history.ReleaseDiffText;
import dev.interopatlas.indexer.io.OutputFiles;
import dev.interopatlas.model.history.ReleaseDiff;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diff REPO --from TAG --to TAG [--json diff.json]}: text on stdout without --json. */
@Command(name = "diff", description = "What changed at the Rust/C boundary between two tags "
        + "(schema interop-atlas/diff/1 with --json, else text).")
final class DiffCommand implements Callable<Integer> {
    @Mixin
    RepositoryOptions repo;

    @Option(names = "--from", required = true, paramLabel = "TAG", description = "The older release.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TAG", description = "The newer release.")
    String to;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the diff JSON here instead of text on stdout.")
    Optional<Path> json;

    @Override
    public Integer call() throws Exception {
        ReleaseDiff diff;
        try (HistoryIndexer history = repo.open()) {
            diff = history.diff(from, to, ConsoleProgress.forStderr());
        }
        if (json.isPresent()) {
            JsonOutput.write(diff, json, System.out);
        } else {
            System.out.print(ReleaseDiffText.render(diff));
            OutputFiles.checkStdout(System.out);
        }
        return 0;
    }
}
