package dev.interopatlas.app.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.export.SvgChecks;
import dev.interopatlas.app.core.map.MapNode;
import dev.interopatlas.app.core.map.layout.LaidOutMap;
import dev.interopatlas.app.core.map.layout.MapBoxes;
import dev.interopatlas.app.core.map.svg.MapPng;
import dev.interopatlas.app.core.map.svg.MapSvg;
import dev.interopatlas.app.core.release.LoadedAtlas;
import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.map.MapCanvas;
import dev.interopatlas.app.ui.map.MapExportView;
import dev.interopatlas.app.ui.map.MapPane;
import dev.interopatlas.app.ui.testing.Pulses;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.styles.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What File > Export… writes while the map is shown is the map on screen: same layout, same picture. */
class MapExportMatchesScreenTest extends FxRobot {
    /** Below this the export shows a different arrangement than the screen (see the value printed). */
    private static final double MIN_SIMILARITY = 0.6;

    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        app = TestApplication.started();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                map().viewModel().current().isPresent() && !map().viewModel().busy()).get());
        interact(() -> map().fit());
        Pulses.await(5);
    }

    @AfterEach
    void stop() throws Exception {
        TestApplication.stop(app);
    }

    private MapPane map() {
        return app.explorer().map();
    }

    /** The dialog's Save: ".svg" added, the PNG beside it, a symlinked SVG kept (ADR 0012's rule), the status says so. */
    @Test
    void exportDialogSavesTheSvgAndPngThroughASymlink(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path target = Files.writeString(temp.resolve("slide.svg"), "old");
        Files.createSymbolicLink(temp.resolve("map.svg"), target.getFileName());
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("dev/interopatlas/test-map-export");
        AtomicReference<dev.interopatlas.app.ui.map.MapExportDialog> dialog = new AtomicReference<>();
        interact(() -> dialog.set(new dev.interopatlas.app.ui.map.MapExportDialog(null, map().exportView(
                app.explorer().viewModel().atlasProperty().get().map(LoadedAtlas::index)), Theme.LIGHT, prefs)));
        interact(() -> ((javafx.scene.control.CheckBox) dialog.get().stage().getScene().lookup("#mapExportAlsoPng"))
                .setSelected(true));
        interact(() -> dialog.get().save(temp.resolve("map")));
        assertTrue(Files.isSymbolicLink(temp.resolve("map.svg")), "the link is kept");
        assertTrue(Files.readString(target).contains("<svg"), "the SVG went to the linked file");
        assertTrue(Files.size(temp.resolve("map.png")) > 8, "the PNG is beside it");
        assertEquals(temp.toString(), prefs.get(ExportDialogParts.LAST_DIRECTORY, null));
        prefs.removeNode();
    }

    /** A speaker exports the talk theme from the app's light one: every theme is offered, the chosen one written. */
    @Test
    void exportDialogWritesTheThemeChosenInIt() throws Exception {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("dev/interopatlas/test-map-theme");
        AtomicReference<dev.interopatlas.app.ui.map.MapExportDialog> dialog = new AtomicReference<>();
        interact(() -> dialog.set(new dev.interopatlas.app.ui.map.MapExportDialog(null, map().exportView(
                app.explorer().viewModel().atlasProperty().get().map(LoadedAtlas::index)), Theme.LIGHT, prefs)));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ChoiceBox<Theme> themes = (javafx.scene.control.ChoiceBox<Theme>) dialog.get().stage()
                .getScene().lookup("#mapExportTheme");
        assertEquals(List.of(Theme.values()), List.copyOf(themes.getItems()));
        assertEquals(Theme.LIGHT, themes.getValue(), "the app's theme first");
        String light = dialog.get().svg();
        assertTrue(light.contains(Theme.LIGHT.palette().background()), "light background in the light SVG");

        interact(() -> themes.setValue(Theme.TALK));
        String talk = dialog.get().svg();
        assertTrue(talk.contains(Theme.TALK.palette().background()), "talk background in the talk SVG");
        assertTrue(!talk.contains(Theme.LIGHT.palette().background()), "no light background left");
        interact(() -> dialog.get().stage().close());
        prefs.removeNode();
    }

    @Test
    void theExportedMapLooksLikeTheMapOnScreen() throws Exception {
        MapCanvas canvas = map().canvas();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(canvas.snapshot(null, null)));
        BufferedImage screen = ImageSimilarity.toAwt(shot.get());
        AtomicReference<MapExportView> export = new AtomicReference<>();
        interact(() -> export.set(map().exportView(app.explorer().viewModel().atlasProperty().get()
                .map(LoadedAtlas::index))));
        LaidOutMap laid = export.get().laid();
        assertSame(canvas.map().orElseThrow(), laid, "the export draws the layout on screen, not a new one");

        String svg = MapSvg.write(laid, Theme.LIGHT, Optional.of(export.get().defaultTitle()), Optional.empty());
        List<String> texts = SvgChecks.texts(SvgChecks.parse(svg));
        for (MapNode node : laid.view().nodes()) {
            // a label's <text> holds its <title> (the full name and counts) and then the label drawn
            assertTrue(texts.stream().anyMatch(t -> t.endsWith(MapBoxes.label(node))),
                    node.label() + " is not labelled in the SVG");
        }

        BufferedImage exported = SvgChecks.png(MapPng.write(laid, Theme.LIGHT, Optional.empty(), Optional.empty(),
                canvas.scale()));
        Path kept = Path.of("target", "map-export-vs-screen");
        Files.createDirectories(kept);
        javax.imageio.ImageIO.write(screen, "png", kept.resolve("screen.png").toFile());
        javax.imageio.ImageIO.write(exported, "png", kept.resolve("export.png").toFile());
        double similarity = ImageSimilarity.ncc(screen, exported);
        System.out.printf("map export vs screen: NCC %.3f (%dx%d screen, %dx%d export)%n", similarity,
                screen.getWidth(), screen.getHeight(), exported.getWidth(), exported.getHeight());
        assertTrue(similarity >= MIN_SIMILARITY, "similarity " + similarity);

        // control: the export mirrored left-right must score clearly lower, or the measure would not tell
        // arrangements apart
        double control = ImageSimilarity.ncc(screen, mirrored(exported));
        System.out.printf("mirrored map export vs screen (control): NCC %.3f%n", control);
        assertTrue(control < similarity - 0.2, "control " + control);
    }

    private static BufferedImage mirrored(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.setRGB(image.getWidth() - 1 - x, y, image.getRGB(x, y));
            }
        }
        return out;
    }
}
