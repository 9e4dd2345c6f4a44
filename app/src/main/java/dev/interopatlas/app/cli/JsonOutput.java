package dev.interopatlas.app.cli;

import dev.interopatlas.indexer.io.OutputFiles;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.model.json.KernelIndexJson;
import dev.interopatlas.model.json.ModelJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/** Writes a model record as JSON to a file (see {@link OutputFiles}) or, without a file or with {@code -}, to stdout. */
final class JsonOutput {
    private JsonOutput() {
    }

    /**
     * Builds the mapper's serializers for {@code type} on a daemon thread while the command does its work: in a
     * fresh JVM that is a third of a second of class loading and reflection (6.12's index: 0.40 s to write
     * without it, 0.10-0.15 s with it). Jackson's serializer cache is thread-safe, so a write that comes first
     * only builds them itself.
     */
    static void prepare(Class<?> type) {
        Thread thread = new Thread(() -> ModelJson.mapper().writerFor(type), "interop-atlas-json");
        thread.setDaemon(true);
        thread.start();
    }

    static void write(Object value, Optional<Path> file, PrintStream stdout) throws IOException {
        byte[] json = ModelJson.mapper().writeValueAsBytes(value);
        OutputFiles.write(file.orElse(Path.of("-")), out -> {
            out.write(json);
            out.write('\n');
        }, stdout);
    }

    /** Writes an index through its own streaming writer, which a short run needs (see {@link KernelIndexJson}). */
    static void write(KernelIndex index, Optional<Path> file, PrintStream stdout) throws IOException {
        OutputFiles.write(file.orElse(Path.of("-")), out -> {
            KernelIndexJson.write(index, out);
            out.write('\n');
        }, stdout);
    }
}
