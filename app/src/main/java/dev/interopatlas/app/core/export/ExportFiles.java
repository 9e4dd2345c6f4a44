package dev.interopatlas.app.core.export;

import dev.interopatlas.indexer.io.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Writes an exported picture (see {@link OutputFiles}): a reader never sees half an SVG or PNG. */
public final class ExportFiles {
    /** PNG pixels per page pixel: 1 keeps files small; slide pages are already 1920 wide. */
    public static final double PNG_SCALE = 1;

    private ExportFiles() {
    }

    /** One exported file (the map's SVG or PNG), by the same rule as the CLI's outputs. */
    public static void write(Path target, byte[] content) throws IOException {
        OutputFiles.write(target, content, System.out);
    }

    public static void write(GraphDiagram diagram, Path svg, Optional<Path> png) throws IOException {
        OutputFiles.write(svg, diagram.toSvg().getBytes(StandardCharsets.UTF_8), System.out);
        if (png.isPresent()) {
            OutputFiles.write(png.get(), diagram.toPng(PNG_SCALE), System.out);
        }
    }

    public static void write(ReleaseReport report, Path svg, Optional<Path> png) throws IOException {
        OutputFiles.write(svg, report.toSvg().getBytes(StandardCharsets.UTF_8), System.out);
        if (png.isPresent()) {
            OutputFiles.write(png.get(), report.toPng(PNG_SCALE), System.out);
        }
    }
}
