package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.io.AtomicFiles;
import dev.interopatlas.model.json.ModelJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Writes a model record as JSON to a file (atomically) or, without a file, to stdout. */
final class JsonOutput {
    private JsonOutput() {
    }

    static void write(Object value, Optional<Path> file, PrintStream stdout) throws IOException {
        byte[] json = ModelJson.mapper().writeValueAsBytes(value);
        if (file.isPresent()) {
            AtomicFiles.write(file.get(), out -> {
                out.write(json);
                out.write('\n');
            });
        } else {
            stdout.println(new String(json, StandardCharsets.UTF_8));
        }
    }
}
