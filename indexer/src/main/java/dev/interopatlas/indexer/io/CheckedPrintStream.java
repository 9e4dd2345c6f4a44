package dev.interopatlas.indexer.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Optional;

/**
 * A {@link PrintStream} that remembers why it failed: {@code PrintStream} only keeps a flag, and the reason tells
 * a full disk ({@code > /dev/full}) from a reader that went away ({@code | head}).
 */
public final class CheckedPrintStream extends PrintStream {
    private final Recording recording;

    public CheckedPrintStream(OutputStream out) {
        this(new Recording(out));
    }

    private CheckedPrintStream(Recording recording) {
        super(recording, false);
        this.recording = recording;
    }

    /** The first write error, if any. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(recording.failure);
    }

    private static final class Recording extends FilterOutputStream {
        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
