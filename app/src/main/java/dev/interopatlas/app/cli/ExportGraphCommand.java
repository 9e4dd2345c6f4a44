package dev.interopatlas.app.cli;

import dev.interopatlas.app.core.export.Captions;
import dev.interopatlas.app.core.export.DiagramScene;
import dev.interopatlas.app.core.export.ExportFiles;
import dev.interopatlas.app.core.export.GraphDiagram;
import dev.interopatlas.app.core.export.GraphSubset;
import dev.interopatlas.app.core.export.NodeLookup;
import dev.interopatlas.app.core.export.PageSize;
import dev.interopatlas.app.core.export.SceneFactory;
import dev.interopatlas.app.core.layout.LabelPlacement;
import dev.interopatlas.app.core.layout.LayeredLayout;
import dev.interopatlas.model.graph.InteropGraph;
import dev.interopatlas.model.graph.Layer;
import dev.interopatlas.model.graph.Node;
import dev.interopatlas.model.index.KernelIndex;
import dev.interopatlas.styles.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export-graph TREE_OR_REPO [--rev TAG] [--theme …] [--title T] [--no-caption] --svg OUT [--png OUT]}:
 * the map overview by default; {@code --classic}, {@code --focus} or {@code --layers} draw the whole layered graph
 * (or a node's neighbourhood) as the explorer draws it.
 */
@Command(name = "export-graph", description = "Export the map overview (default), a map view, or with --classic / "
        + "--focus / --layers the layered interop graph, as SVG and optionally PNG.")
final class ExportGraphCommand implements Callable<Integer> {
    @Mixin
    TreeSelection selection;

    @Option(names = "--classic", description = "The whole layered graph as the explorer draws it (the drawing "
            + "before the map); implied by --focus and --layers.")
    boolean classic;

    @Option(names = "--focus", paramLabel = "NODE",
            description = "Only the neighbourhood of this node (an id like module:kernel::sync::arc, or an exact "
                    + "label or path).")
    Optional<String> focus;

    @Option(names = "--hops", defaultValue = "2", paramLabel = "N",
            description = "Neighbourhood radius with --focus (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Layers to show: c-headers,bindings,abstractions,consumers (default: all).")
    List<String> layers;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark|talk",
            description = "Colours and type sizes (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--size", defaultValue = "16:9", paramLabel = "16:9|4:3|fit",
            description = "Page size (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--title", paramLabel = "T", description = "Title above the graph.")
    Optional<String> title;

    @Option(names = "--no-caption", description = "Leave out the caption (tree, release, date).")
    boolean noCaption;

    @Mixin
    ImageOutput output;

    // --- The level-of-detail map (issue 12): the default drawing; these options pick its view. ---
    @Option(names = "--overview", description = "The map overview (the default): groups of headers, bindings and "
            + "modules, weighted edges.")
    boolean overview;

    @Option(names = "--group-by", paramLabel = "directory|subsystem",
            description = "Map: group C headers and bindings by directory or by MAINTAINERS section.")
    Optional<String> groupBy;

    @Option(names = "--expand", split = ",", paramLabel = "GROUP", description = "Map: groups to open (label or id).")
    List<String> expand;

    @Option(names = "--section", paramLabel = "NAME", description = "Map of one MAINTAINERS section seen from Rust.")
    Optional<String> section;

    @Option(names = "--crate", paramLabel = "NAME", description = "Map of a consumer crate's path to C.")
    Optional<String> crate;

    private boolean mapOptionGiven() {
        return overview || groupBy.isPresent() || (expand != null && !expand.isEmpty()) || section.isPresent()
                || crate.isPresent();
    }

    private boolean classicOptionGiven() {
        return classic || focus.isPresent() || (layers != null && !layers.isEmpty());
    }

    @Override
    public Integer call() throws Exception {
        if (mapOptionGiven() && classicOptionGiven()) {
            throw new CliException("the map options (--overview, --group-by, --expand, --section, --crate) and the "
                    + "classic drawing's (--classic, --focus, --layers) do not mix");
        }
        if (!classicOptionGiven()) {
            return MapExportRun.run(this);
        }
        Theme chosenTheme = theme(theme);
        PageSize page = pageSize(size);
        Set<Layer> shownLayers = layers(layers);
        if (hops < 0) {
            throw new CliException("--hops must be 0 or more, not " + hops);
        }
        KernelIndex index;
        try (TreeSelection.Opened opened = selection.openCurrent()) {
            index = opened.index();
        }
        Optional<Node> centre = focus.isPresent() ? Optional.of(resolve(index.graph(), focus.get()))
                : Optional.empty();
        InteropGraph shown = GraphSubset.select(index.graph(), shownLayers, centre.map(Node::id), hops);
        if (shown.nodes().isEmpty()) {
            throw new CliException("nothing to export: no node of " + index.tree() + " is in the chosen layers");
        }
        String heading = title.orElseGet(() -> defaultTitle(index, centre));
        Optional<String> caption = noCaption ? Optional.empty()
                : Optional.of(Captions.of(index.tree(), index.release(), LocalDate.now()));
        DiagramScene scene = SceneFactory.of(shown, LayeredLayout.compute(shown), chosenTheme,
                SceneFactory.Emphasis.NONE, heading, caption, shown.nodes().size() <= LabelPlacement.LABEL_NODE_LIMIT);
        GraphDiagram diagram = GraphDiagram.forPrint(scene, page);
        ExportFiles.write(diagram, output.svg, output.png);
        System.err.printf(Locale.ROOT, "%d nodes, %d edges -> %s%s (%.0f x %.0f)%n", shown.nodes().size(),
                shown.edges().size(), output.svg, output.pngSuffix(), diagram.width(), diagram.height());
        return 0;
    }

    private static String defaultTitle(KernelIndex index, Optional<Node> centre) {
        String release = index.release().orElse(Captions.treeName(index.tree()));
        return centre.map(n -> n.label() + ": neighbourhood (" + release + ")")
                .orElse("Rust/C interop graph (" + release + ")");
    }

    static Node resolve(InteropGraph graph, String spec) throws CliException {
        NodeLookup lookup = new NodeLookup(graph);
        Optional<Node> node = lookup.find(spec);
        if (node.isEmpty()) {
            throw new CliException("no node '" + spec + "'; close matches: "
                    + String.join(", ", lookup.closeMatches(spec, 5)));
        }
        return node.get();
    }

    static Theme theme(String name) throws CliException {
        return Theme.named(name).orElseThrow(() -> new CliException("--theme must be light, dark or talk, not '"
                + name + "'"));
    }

    static PageSize pageSize(String text) throws CliException {
        try {
            return PageSize.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CliException("--size: " + e.getMessage());
        }
    }

    private static Set<Layer> layers(List<String> names) throws CliException {
        if (names == null || names.isEmpty()) {
            return Set.of(Layer.values());
        }
        try {
            return GraphSubset.parseLayers(names);
        } catch (IllegalArgumentException e) {
            throw new CliException("--layers: " + e.getMessage());
        }
    }
}
