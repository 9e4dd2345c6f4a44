package dev.interopatlas.indexer.history;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.interopatlas.indexer.io.AtomicFiles;
import dev.interopatlas.model.history.ReleaseSummary;
import dev.interopatlas.model.json.ModelJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Summaries of releases already indexed, keyed by commit id, indexer version and arch: all three are immutable
 * for a given summary, so re-opening a history needs neither the blob cache nor any indexing. Written
 * atomically; an unreadable file is reported and rebuilt, never trusted.
 */
public final class ReleaseSummaryStore {
    static final String FILE_NAME = "summaries.json";

    private final Optional<Path> file;
    private final String key;
    private final Map<String, ReleaseSummary> summaries;
    private boolean dirty;

    private ReleaseSummaryStore(Optional<Path> file, String key, Map<String, ReleaseSummary> summaries) {
        this.file = file;
        this.key = key;
        this.summaries = summaries;
    }

    /** A store that remembers nothing (histories whose indexer is not the default one). */
    public static ReleaseSummaryStore none() {
        return new ReleaseSummaryStore(Optional.empty(), "", new TreeMap<>());
    }

    /** Opens the store in a repository's cache directory for indexes made with {@code arch}. */
    public static ReleaseSummaryStore open(Path directory, String arch, Consumer<String> warnings) {
        String key = "indexer-" + IndexerVersion.INDEXER_VERSION + "/arch-" + arch;
        Path file = directory.resolve(FILE_NAME);
        Map<String, ReleaseSummary> loaded = new TreeMap<>();
        try {
            Map<String, Map<String, ReleaseSummary>> all = ModelJson.mapper().readValue(Files.readAllBytes(file),
                    new TypeReference<Map<String, Map<String, ReleaseSummary>>>() {
                    });
            Optional.ofNullable(all.get(key)).ifPresent(loaded::putAll);
        } catch (NoSuchFileException e) {
            // first history of this repository
        } catch (IOException | RuntimeException e) {
            warnings.accept("release summaries " + file + " not used, rebuilding them: " + e.getMessage());
        }
        return new ReleaseSummaryStore(Optional.of(file), key, loaded);
    }

    public Optional<ReleaseSummary> get(String commit) {
        return Optional.ofNullable(summaries.get(commit));
    }

    public void put(String commit, ReleaseSummary summary) {
        summaries.put(commit, summary);
        dirty = true;
    }

    /** Writes the store if it changed; only this store's key is kept (older versions are dropped). */
    public void save() throws IOException {
        if (!dirty || file.isEmpty()) {
            return;
        }
        AtomicFiles.write(file.get(), ModelJson.mapper().writeValueAsBytes(Map.of(key, summaries)));
        dirty = false;
    }
}
