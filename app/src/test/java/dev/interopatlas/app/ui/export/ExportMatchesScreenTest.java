package dev.interopatlas.app.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.export.DiagramScene;
import dev.interopatlas.app.core.export.GraphDiagram;
import dev.interopatlas.app.core.export.PageSize;
import dev.interopatlas.app.core.export.SvgChecks;
import dev.interopatlas.app.core.export.ViewSnapshot;
import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.explorer.ExplorerView;
import dev.interopatlas.app.ui.testing.Pulses;
import dev.interopatlas.app.ui.testing.TestApplication;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The exported picture of the bundled sample equals what the graph view shows; the dialog saves it. */
class ExportMatchesScreenTest extends FxRobot {
    /** Below this the export shows a different arrangement than the screen (see the value printed). */
    private static final double MIN_SIMILARITY = 0.6;

    private AtlasApplication app;

    @TempDir
    Path temp;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (AtlasApplication) FxToolkit.setupApplication(TestApplication.class);
        TestApplication.showClassic(app);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer() != null
                && app.explorer().viewModel().atlasProperty().get().isPresent()
                && app.explorer().graphView().nodeCount() > 0);
        interact(() -> app.explorer().graphView().fit());
        Pulses.await(10); // the view draws the fitted graph and places its labels
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void exportedSvgLooksLikeTheGraphView() throws Exception {
        ExplorerView explorer = app.explorer();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(explorer.graphView().node().snapshot(null, null)));
        BufferedImage screen = ImageSimilarity.toAwt(shot.get());
        int width = screen.getWidth();
        int height = screen.getHeight();
        ViewSnapshot view = explorer.exportSnapshot();
        assertTrue(view.labelsShown(), "the sample is small enough for labels");

        DiagramScene full = view.scene(view.theme(), "", false, LocalDate.now());
        // the screen has no title, legend or caption: compare the graph alone
        DiagramScene bare = new DiagramScene("", Optional.empty(), full.nodes(), full.edges(), List.of(),
                full.style());
        Path svg = temp.resolve("view.svg");
        GraphDiagram diagram = new GraphDiagram(bare, width, height);
        String svgText = diagram.toSvg();
        Files.writeString(svg, svgText, StandardCharsets.UTF_8);
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        for (DiagramScene.SceneNode node : full.nodes()) {
            // drawn as text, or (left out because it would overlap) as its node's tooltip
            assertTrue(diagram.labelledNodes().contains(node.id()) ? texts.contains(node.label())
                    : svgText.contains("<title>" + dev.interopatlas.app.core.export.SvgText.escape(node.label())),
                    node.label() + " is not in the SVG");
        }
        // a copy of the view draws exactly the labels the view draws
        java.util.Set<String> onScreen = new java.util.HashSet<>();
        interact(() -> onScreen.addAll(explorer.graphView().drawnLabels()));
        System.out.printf("labels drawn: screen %d, export %d, of %d nodes%n", onScreen.size(),
                diagram.labelledNodes().size(), full.nodes().size());
        assertTrue(onScreen.size() < full.nodes().size(), "the sample is crowded at fit: some labels are left out");
        assertEquals(onScreen, diagram.labelledNodes());
        BufferedImage exported = SvgChecks.rsvg(svg, temp.resolve("view.png"), width, height);
        assertEquals(width, exported.getWidth());

        Path kept = Path.of("target", "export-vs-screen");
        Files.createDirectories(kept);
        javax.imageio.ImageIO.write(screen, "png", kept.resolve("screen.png").toFile());
        javax.imageio.ImageIO.write(exported, "png", kept.resolve("export.png").toFile());
        double similarity = ImageSimilarity.ncc(screen, exported);
        System.out.printf("export vs screen: NCC %.3f on %dx%d grayscale grids of %dx%d pictures%n", similarity,
                ImageSimilarity.GRID_WIDTH, ImageSimilarity.GRID_HEIGHT, width, height);
        assertTrue(similarity >= MIN_SIMILARITY, "similarity " + similarity);

        // control: the same nodes and labels mirrored left-right must score clearly lower, or the measure
        // would not tell arrangements apart
        DiagramScene mirrored = new DiagramScene("", Optional.empty(), full.nodes().stream()
                .map(n -> new DiagramScene.SceneNode(n.id(), n.label(), -n.x(), n.y(), n.radius(), n.fill(),
                        n.stroke(), n.faded(), n.showLabel())).toList(), List.of(), List.of(), full.style());
        Path control = temp.resolve("mirrored.svg");
        Files.writeString(control, new GraphDiagram(mirrored, width, height).toSvg(), StandardCharsets.UTF_8);
        double controlSimilarity = ImageSimilarity.ncc(screen,
                SvgChecks.rsvg(control, temp.resolve("mirrored.png"), width, height));
        System.out.printf("mirrored export vs screen (control): NCC %.3f%n", controlSimilarity);
        assertTrue(controlSimilarity < similarity - 0.2, "control " + controlSimilarity);
    }

    @Test
    void zoomingInDrawsMoreLabelsAndFitLeavesThemOutAgain() throws Exception {
        dev.interopatlas.app.graphview.GraphView view = app.explorer().graphView();
        java.util.concurrent.atomic.AtomicInteger atFit = new java.util.concurrent.atomic.AtomicInteger();
        interact(() -> atFit.set(view.drawnLabels().size()));
        interact(() -> {
            view.zoomIn();
            view.zoomIn();
            view.zoomIn();
        });
        Pulses.await(10);
        java.util.concurrent.atomic.AtomicInteger zoomed = new java.util.concurrent.atomic.AtomicInteger();
        interact(() -> zoomed.set(view.drawnLabels().size()));
        assertTrue(zoomed.get() > atFit.get(), "zoomed in " + zoomed.get() + " vs fit " + atFit.get());
        interact(view::fit);
        Pulses.await(10);
        interact(() -> assertEquals(atFit.get(), view.drawnLabels().size()));
    }

    @Test
    void ctrlEOpensThePreviewAndSaveWritesSvgAndPng() throws Exception {
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Export Graph".equals(s.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("Ctrl+E opened no export dialog"));
        ExportDialog dialog = (ExportDialog) stage.getProperties().get(ExportDialog.class);
        ImageView preview = (ImageView) stage.getScene().lookup("#exportPreview");
        assertNotNull(preview.getImage(), "a preview is drawn");
        // PageSize: WIDE is 1920x1080 (16:9, the default), STANDARD 1600x1200 (4:3); the preview is the page scaled
        javafx.scene.image.Image wide = preview.getImage();
        assertEquals(16.0 / 9, wide.getWidth() / wide.getHeight(), 0.02, "the default preview is a 16:9 page");
        interact(() -> ((javafx.scene.control.ChoiceBox<?>) stage.getScene().lookup("#exportSize"))
                .getSelectionModel().select(PageSize.STANDARD.ordinal()));
        javafx.scene.image.Image standard = preview.getImage();
        assertNotSame(wide, standard, "choosing 4:3 draws the preview again");
        assertEquals(4.0 / 3, standard.getWidth() / standard.getHeight(), 0.02, "the preview follows the page size");

        Path svg = temp.resolve("saved & <named>.svg");
        interact(() -> {
            dialog.alsoPng().setSelected(true);
            dialog.save(svg);
        });
        assertTrue(SvgChecks.texts(SvgChecks.parse(svg)).size() > 3);
        assertTrue(Files.size(temp.resolve("saved & <named>.png")) > 1000);
        assertEquals(Optional.of(temp), dialog.lastDirectory());
        ExportDialog.preferences().remove(ExportDialog.LAST_DIRECTORY);
    }
}
