package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.map.svg.MapPng;
import dev.interopatlas.app.core.map.svg.MapSvg;
import dev.interopatlas.styles.Theme;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Export… while the map is shown: the map on screen written by {@code MapSvg} (and {@code MapPng}), with
 * a preview of the PNG, a title and a caption; remembers the last directory like the graph's export dialog.
 */
public final class MapExportDialog {
    private static final String LAST_DIRECTORY = "lastDirectory";

    private final MapExportView view;
    private final Theme theme;
    private final Preferences prefs;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final CheckBox caption = new CheckBox("Caption (tree, release, date)");
    private final CheckBox alsoPng = new CheckBox("Also save a PNG");
    private final ImageView preview = new ImageView();
    private final Label status = new Label();

    public MapExportDialog(Window owner, MapExportView view, Theme theme, Preferences prefs) {
        this.view = view;
        this.theme = theme;
        this.prefs = prefs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export Map");
        stage.getProperties().put(MapExportDialog.class, this);
        title.setText(view.defaultTitle());
        title.setId("mapExportTitle");
        caption.setSelected(true);
        preview.setId("mapExportPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(720);
        preview.setFitHeight(480);
        title.textProperty().addListener((o, a, b) -> refresh());
        caption.selectedProperty().addListener((o, a, b) -> refresh());
        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(8);
        options.addRow(0, new Label("Title"), title);
        options.add(caption, 1, 1);
        options.add(alsoPng, 1, 2);
        Button save = new Button("Save as SVG\u2026");
        save.setId("mapExportSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> chooseAndSave());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        BorderPane root = new BorderPane(preview, null, options, new HBox(8, status, save, close), null);
        BorderPane.setMargin(options, new Insets(0, 0, 0, 12));
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        refresh();
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The SVG as configured. */
    public String svg() {
        return MapSvg.write(view.laid(), theme, heading(), captionText(), view.marked());
    }

    /** The PNG as configured, at a scale. */
    public byte[] png(double scale) throws IOException {
        return MapPng.write(view.laid(), theme, heading(), captionText(), scale);
    }

    private Optional<String> heading() {
        return Optional.of(title.getText().isBlank() ? view.defaultTitle() : title.getText());
    }

    private Optional<String> captionText() {
        return caption.isSelected() ? Optional.of(view.caption()) : Optional.empty();
    }

    private void refresh() {
        try {
            preview.setImage(new Image(new ByteArrayInputStream(png(1))));
            status.setText(String.format(Locale.ROOT, "%d boxes", view.laid().view().nodes().size()));
        } catch (IOException e) {
            status.setText("Preview failed: " + e.getMessage());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the map as SVG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SVG image", "*.svg"));
        Optional.ofNullable(prefs.get(LAST_DIRECTORY, null)).map(Path::of).filter(Files::isDirectory)
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        chooser.setInitialFileName("interop-map.svg");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Writes the SVG (and the PNG beside it when asked), each atomically, and remembers the directory. */
    public void save(Path svg) {
        Path target = svg.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? svg
                : svg.resolveSibling(svg.getFileName() + ".svg");
        try {
            write(target, svg().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Optional<Path> png = alsoPng.isSelected() ? Optional.of(target.resolveSibling(
                    target.getFileName().toString().replaceAll("(?i)\\.svg$", ".png"))) : Optional.empty();
            if (png.isPresent()) {
                write(png.get(), png(2));
            }
            Optional.ofNullable(target.toAbsolutePath().getParent())
                    .ifPresent(dir -> prefs.put(LAST_DIRECTORY, dir.toString()));
            status.setText("Saved " + target.getFileName() + png.map(p -> " and " + p.getFileName()).orElse(""));
        } catch (IOException e) {
            status.setText("Could not write " + target + ": " + e.getMessage());
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".export", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
