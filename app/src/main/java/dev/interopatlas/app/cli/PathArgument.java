package dev.interopatlas.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a command-line argument to a {@link Path}. Java decodes arguments and file names with the locale's
 * encoding, fixed when the JVM starts: under LANG=C (or unset) a name with non-ASCII characters arrives with
 * U+FFFD for its bytes, or cannot be made into a path at all. Either way the path the user typed is lost, so say
 * how to run instead of picocli's "InvalidPathException: Malformed input".
 */
final class PathArgument {
    private PathArgument() {
    }

    /** A path the JVM cannot represent: reported in one line, not as a usage error. */
    static final class UnusablePathException extends TypeConversionException {
        UnusablePathException(String message) {
            super(message);
        }
    }

    static Path of(String argument) {
        return usable(argument).orElseThrow(() -> new UnusablePathException("the path "
                + argument.replace('\uFFFD', '?') + " cannot be used in this locale ("
                + System.getProperty("sun.jnu.encoding") + "): run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"));
    }

    /** The path {@code argument} names, or empty when this locale lost it (see above). */
    static Optional<Path> usable(String argument) {
        if (argument.indexOf('\uFFFD') >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(argument));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
