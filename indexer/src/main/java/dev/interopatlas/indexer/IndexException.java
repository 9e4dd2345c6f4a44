package dev.interopatlas.indexer;

/** A problem that stops indexing, with a message that names the file or path and what to do about it. */
public class IndexException extends Exception {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
