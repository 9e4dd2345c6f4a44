package dev.interopatlas.model.history;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The {@code history} CLI output: one {@link ReleaseSummary} per tag, oldest release first.
 *
 * @param repository    the repository as given (display name)
 * @param indexerVersion the facts analyzer version the figures come from
 * @param cacheHits     files whose facts came from the blob cache over the whole run
 * @param blobsParsed   files analyzed over the whole run
 */
@JsonPropertyOrder({"schema", "repository", "indexerVersion", "cacheHits", "blobsParsed", "releases"})
public record Timeline(String schema, String repository, int indexerVersion, long cacheHits, long blobsParsed,
                       List<ReleaseSummary> releases) {

    public static final String SCHEMA = "interop-atlas/timeline/1";

    public Timeline {
        releases = List.copyOf(releases);
    }
}
