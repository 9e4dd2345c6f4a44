package dev.interopatlas.model.metrics;

/** Something the indexer noticed but tolerated, with the place it happened (line 0: whole file). */
public record IndexWarning(String path, int line, String message) {
    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
