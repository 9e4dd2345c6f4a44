package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.io.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The exactly-one-of {@code --json FILE | --csv FILE} output of the table commands. */
final class JsonOrCsv {
    @Option(names = "--json", paramLabel = "FILE", required = true, description = "Write JSON here.")
    Optional<Path> json;

    @Option(names = "--csv", paramLabel = "FILE", required = true, description = "Write CSV here.")
    Optional<Path> csv;

    /** Writes {@code report} as JSON, or the CSV text from {@code csvText} (see {@link OutputFiles}). */
    void write(Object report, Supplier<String> csvText) throws IOException {
        if (json.isPresent()) {
            JsonOutput.write(report, json, System.out);
        } else {
            OutputFiles.write(csv.orElseThrow(), csvText.get().getBytes(StandardCharsets.UTF_8), System.out);
        }
    }
}
