package dev.interopatlas.app.cli;

/** A problem with the command's input, reported as one line on stderr with a non-zero exit. */
public final class CliException extends Exception {
    public CliException(String message) {
        super(message);
    }
}
