package dev.interopatlas.app.ui.map;

import dev.interopatlas.app.core.export.ExportFiles;
import dev.interopatlas.app.core.map.svg.MapPng;
import dev.interopatlas.app.core.map.svg.MapSvg;
import dev.interopatlas.app.ui.export.ExportDialogParts;
import dev.interopatlas.styles.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File ▸ Export… while the map is shown: the map on screen written by {@code MapSvg} (and {@code MapPng}), with
 * a preview of the PNG, a title and a caption; remembers the last directory like the graph's export dialog.
 */
public final class MapExportDialog {

    private final MapExportView view;
    private final ChoiceBox<Theme> theme = new ChoiceBox<>();
    private final Preferences prefs;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final CheckBox caption = new CheckBox("Caption (tree, release, date)");
    private final CheckBox alsoPng = new CheckBox("Also save a PNG");
    private final ImageView preview = new ImageView();
    private final Label status = new Label();

    public MapExportDialog(Window owner, MapExportView view, Theme theme, Preferences prefs) {
        this.view = view;
        ExportDialogParts.offerThemes(this.theme, theme); // the app's, or another for a slide or a page
        this.prefs = prefs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export Map");
        stage.getProperties().put(MapExportDialog.class, this);
        title.setText(view.defaultTitle());
        title.setId("mapExportTitle");
        this.theme.setId("mapExportTheme");
        caption.setSelected(true);
        alsoPng.setId("mapExportAlsoPng");
        preview.setId("mapExportPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(720);
        preview.setFitHeight(480);
        this.theme.valueProperty().addListener((o, a, b) -> refresh());
        title.textProperty().addListener((o, a, b) -> refresh());
        caption.selectedProperty().addListener((o, a, b) -> refresh());
        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(8);
        options.addRow(0, new Label("Theme"), this.theme);
        options.addRow(1, new Label("Title"), title);
        options.add(caption, 1, 2);
        options.add(alsoPng, 1, 3);
        ExportDialogParts.layOut(stage, owner, preview, options,
                ExportDialogParts.buttonRow(status, "mapExportSave", this::chooseAndSave, stage));
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
        return MapSvg.write(view.laid(), theme.getValue(), heading(), captionText(), view.marked());
    }

    /** The PNG as configured, at a scale. */
    public byte[] png(double scale) throws IOException {
        return MapPng.write(view.laid(), theme.getValue(), heading(), captionText(), scale);
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
        ExportDialogParts.chooseSvg(stage, prefs, "Export the map as SVG", "interop-map.svg").ifPresent(this::save);
    }

    /** Writes the SVG (and the PNG beside it when asked), by the outputs' rule, and remembers the directory. */
    public void save(Path chosen) {
        ExportDialogParts.save(chosen, alsoPng.isSelected(), prefs, status, (svg, png) -> {
            ExportFiles.write(svg, svg().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (png.isPresent()) {
                ExportFiles.write(png.get(), png(2));
            }
        });
    }
}
