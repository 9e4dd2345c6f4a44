package dev.interopatlas.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --svg OUT [--png OUT]} of the export commands. */
final class ImageOutput {
    @Option(names = "--svg", required = true, paramLabel = "OUT", description = "SVG file to write.")
    Path svg;

    @Option(names = "--png", paramLabel = "OUT", description = "Also a PNG (twice the page resolution).")
    Optional<Path> png;

    /** ", file.png" when a PNG is written too, for the one-line summary. */
    String pngSuffix() {
        return png.map(p -> ", " + p).orElse("");
    }
}
