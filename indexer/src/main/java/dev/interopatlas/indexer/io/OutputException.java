package dev.interopatlas.indexer.io;

import java.io.IOException;

/**
 * A command's output could not be written: one line for the user, naming the output and the reason (never a
 * temporary file or an exception's class). A broken pipe is its own case: the reader went away ({@code | head}),
 * which is no error to report.
 */
public final class OutputException extends IOException {
    private final boolean brokenPipe;

    OutputException(String message, boolean brokenPipe) {
        super(message);
        this.brokenPipe = brokenPipe;
    }

    /** Whether stdout's reader closed the pipe: end quietly. */
    public boolean brokenPipe() {
        return brokenPipe;
    }
}
