package dev.interopatlas.model.index;

/** Counts that tell how much work an index took; shown in the status bar and the CLI. */
public record IndexStats(int filesListed, int rustFiles, int headersInClosure, int bindingNames,
                         int bindingNamesResolved, long elapsedMillis) {
}
