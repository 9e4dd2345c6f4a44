package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.map.GroupBy;
import dev.interopatlas.app.core.map.MapRequest;
import dev.interopatlas.app.core.map.SectionLookup;
import dev.interopatlas.app.core.map.svg.MapExport;
import dev.interopatlas.app.core.map.svg.MapPng;
import dev.interopatlas.app.core.export.ExportFiles;
import dev.interopatlas.app.core.export.Captions;
import dev.interopatlas.indexer.IndexException;
import dev.interopatlas.indexer.analysis.SubsystemMapping;
import dev.interopatlas.indexer.io.OutputFiles;
import dev.interopatlas.indexer.maintainers.MaintainersIndex;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.styles.Theme;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code export-graph --overview | --group-by | --expand | --section | --crate}: the map, as SVG. */
final class MapExportRun {
    private MapExportRun() {
    }

    static int run(ExportGraphCommand command) throws Exception {
        Theme theme = ExportGraphCommand.theme(command.theme);
        GroupBy groupBy = groupBy(command.groupBy.orElse("directory"));
        KernelIndex index;
        SectionLookup sections;
        try (TreeSelection.Opened opened = command.selection.openCurrent()) {
            index = opened.index();
            sections = sections(opened, groupBy == GroupBy.SUBSYSTEM || command.section.isPresent());
        }
        MapRequest request;
        MapExport.Drawn drawn;
        Optional<String> title;
        Optional<String> caption;
        String release = index.release().orElse(Captions.treeName(index.tree()));
        try {
            request = new MapRequest(groupBy, command.expand == null ? List.of() : command.expand, command.section,
                    command.crate);
            caption = command.noCaption ? Optional.empty()
                    : Optional.of(Captions.of(index.tree(), index.release(), LocalDate.now()));
            title = Optional.of(command.title.orElseGet(() -> MapExport.defaultTitle(request, release)));
            drawn = MapExport.draw(index.graph(), sections, request, theme, title, caption);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        OutputFiles.write(command.output.svg, drawn.svg().getBytes(StandardCharsets.UTF_8), System.out);
        if (command.output.png.isPresent()) {
            OutputFiles.write(command.output.png.get(),
                    MapPng.write(drawn.laid(), theme, title, caption, ExportFiles.PNG_SCALE), System.out);
        }
        System.err.printf(Locale.ROOT, "%d boxes (%d groups), %d edges -> %s%s (%.0f x %.0f)%n",
                drawn.view().nodes().size(), drawn.view().groupCount(), drawn.view().edges().size(),
                command.output.svg, command.output.pngSuffix(), drawn.width(), drawn.height());
        return 0;
    }

    private static GroupBy groupBy(String name) throws CliException {
        return switch (name) {
            case "directory" -> GroupBy.DIRECTORY;
            case "subsystem" -> GroupBy.SUBSYSTEM;
            default -> throw new CliException("--group-by must be directory or subsystem, not '" + name + "'");
        };
    }

    private static SectionLookup sections(TreeSelection.Opened opened, boolean needed) throws CliException {
        try {
            SubsystemMapping mapping = new SubsystemMapping(MaintainersIndex.load(opened.tree()).matcher());
            return mapping::sectionsOf;
        } catch (IndexException e) {
            if (needed) {
                throw new CliException(e.getMessage());
            }
            return SectionLookup.NONE;
        }
    }
}
