package dev.interopatlas.app.ui.export;

import dev.interopatlas.app.ui.ChoiceLabels;
import dev.interopatlas.styles.Theme;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What the graph's and the map's export dialogs share: where the files go, and the Save/Close row. */
public final class ExportDialogParts {
    /** The preference key of the directory last saved to. */
    public static final String LAST_DIRECTORY = "lastDirectory";

    private ExportDialogParts() {
    }

    /** Status, "Save as SVG…" (the default button) and "Close" (the cancel button). */
    /** Fills a theme choice with every theme, {@code initial} chosen, each shown by its title. */
    public static void offerThemes(ChoiceBox<Theme> choice, Theme initial) {
        choice.getItems().setAll(Theme.values());
        choice.setConverter(ChoiceLabels.by(Theme::title));
        choice.setValue(initial);
    }

    public static HBox buttonRow(Label status, String saveId, Runnable save, Stage stage) {
        Button saveButton = new Button("Save as SVG\u2026");
        saveButton.setId(saveId);
        saveButton.setDefaultButton(true);
        saveButton.setOnAction(e -> save.run());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        return new HBox(8, status, saveButton, close);
    }

    /** The dialog's scene: the preview, the options on its right, the buttons below, in the owner's stylesheets. */
    public static void layOut(Stage stage, Window owner, Node preview, Node options, Node buttons) {
        BorderPane root = new BorderPane(preview, null, options, buttons, null);
        BorderPane.setMargin(options, new Insets(0, 0, 0, 12));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    /** Asks where to save an SVG, starting in the directory last saved to. */
    public static Optional<Path> chooseSvg(Stage owner, Preferences prefs, String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG image", "*.svg"));
        lastDirectory(prefs).ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** The chosen name with {@code .svg} added when the user left it out. */
    private static Path svgTarget(Path chosen) {
        return chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".svg");
    }

    /** The PNG beside the SVG, when one is wanted. */
    private static Optional<Path> pngBeside(Path svg, boolean wanted) {
        return wanted ? Optional.of(svg.resolveSibling(svg.getFileName().toString().replaceAll("(?i)\\.svg$", ".png")))
                : Optional.empty();
    }

    private static void rememberDirectory(Preferences prefs, Path saved) {
        Optional.ofNullable(saved.toAbsolutePath().getParent()).ifPresent(dir -> prefs.put(LAST_DIRECTORY,
                dir.toString()));
    }

    public static Optional<Path> lastDirectory(Preferences prefs) {
        return Optional.ofNullable(prefs.get(LAST_DIRECTORY, null)).map(Path::of).filter(Files::isDirectory);
    }

    /** Writes an SVG and, when wanted, a PNG beside it. */
    @FunctionalInterface
    public interface PictureWriter {
        void write(Path svg, Optional<Path> png) throws IOException;
    }

    /**
     * Saves to the chosen name ({@code .svg} added) and the PNG beside it when wanted, remembers the directory, and
     * says what happened in {@code status}.
     */
    public static void save(Path chosen, boolean alsoPng, Preferences prefs, Label status, PictureWriter writer) {
        Path svg = svgTarget(chosen);
        Optional<Path> png = pngBeside(svg, alsoPng);
        try {
            writer.write(svg, png);
            rememberDirectory(prefs, svg);
            status.setText("Saved " + svg.getFileName() + png.map(p -> " and " + p.getFileName()).orElse(""));
        } catch (IOException e) {
            status.setText("Could not write " + svg + ": " + e.getMessage());
        }
    }
}
