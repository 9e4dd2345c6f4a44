package dev.interopatlas.indexer.impact;

/** A patch that cannot be read or does not apply; the message names the file and hunk. */
public final class PatchException extends Exception {
    public PatchException(String message) {
        super(message);
    }
}
