package dev.interopatlas.app.ui.export;

import dev.interopatlas.app.core.export.ExportFiles;
import dev.interopatlas.app.core.export.GraphDiagram;
import dev.interopatlas.app.core.export.PageSize;
import dev.interopatlas.app.core.export.ViewSnapshot;
import dev.interopatlas.app.ui.ChoiceLabels;
import dev.interopatlas.styles.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export…: a live preview of exactly the current view (the PNG renderer, drawn as the SVG will be) with
 * page size, theme, title and caption; saves SVG and optionally PNG, remembering the last directory.
 */
public final class ExportDialog {
    static final String LAST_DIRECTORY = ExportDialogParts.LAST_DIRECTORY;
    private static final double PREVIEW_WIDTH = 720;
    private static final double PREVIEW_HEIGHT = 480;

    private final ViewSnapshot view;
    private final Preferences prefs;
    private final Stage stage = new Stage();
    private final ChoiceBox<PageSize> size = new ChoiceBox<>();
    private final ChoiceBox<Theme> theme = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final CheckBox caption = new CheckBox("Caption (tree, release, date)");
    private final CheckBox alsoPng = new CheckBox("Also save a PNG");
    private final ImageView preview = new ImageView();
    private final Label status = new Label();

    public ExportDialog(Window owner, ViewSnapshot view, Preferences prefs) {
        this.view = view;
        this.prefs = prefs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export Graph");
        stage.getProperties().put(ExportDialog.class, this);
        size.getItems().setAll(PageSize.values());
        size.setConverter(ChoiceLabels.by(p -> switch (p) {
            case WIDE -> "16:9 slide (1920 × 1080)";
            case STANDARD -> "4:3 slide (1600 × 1200)";
            case FIT_CONTENT -> "Fit content";
        }));
        size.setValue(PageSize.WIDE);
        ExportDialogParts.offerThemes(theme, view.theme());
        title.setText(view.defaultTitle());
        caption.setSelected(true);
        size.setId("exportSize");
        theme.setId("exportTheme");
        title.setId("exportTitle");
        caption.setId("exportCaption");
        preview.setId("exportPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        size.valueProperty().addListener((o, a, b) -> refresh());
        theme.valueProperty().addListener((o, a, b) -> refresh());
        title.textProperty().addListener((o, a, b) -> refresh());
        caption.selectedProperty().addListener((o, a, b) -> refresh());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(8);
        options.addRow(0, new Label("Size"), size);
        options.addRow(1, new Label("Theme"), theme);
        options.addRow(2, new Label("Title"), title);
        options.add(caption, 1, 3);
        options.add(alsoPng, 1, 4);
        ExportDialogParts.layOut(stage, owner, preview, options,
                ExportDialogParts.buttonRow(status, "exportSave", this::chooseAndSave, stage));
        refresh();
    }

    /** The dialog's own preferences node (last directory). */
    public static Preferences preferences() {
        return Preferences.userNodeForPackage(ExportDialog.class);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The page as currently configured. */
    public GraphDiagram diagram() {
        String heading = title.getText().isBlank() ? view.defaultTitle() : title.getText();
        return new GraphDiagram(view.scene(theme.getValue(), heading, caption.isSelected(), LocalDate.now()),
                size.getValue());
    }

    private void refresh() {
        GraphDiagram diagram = diagram();
        double scale = Math.min(1, Math.min(2 * PREVIEW_WIDTH / diagram.width(), 2 * PREVIEW_HEIGHT / diagram.height()));
        preview.setImage(toFx(diagram.toImage(scale)));
        status.setText(String.format(java.util.Locale.ROOT, "%d nodes · %.0f × %.0f px", view.visible().nodes().size(), diagram.width(),
                diagram.height()));
    }

    private void chooseAndSave() {
        ExportDialogParts.chooseSvg(stage, prefs, "Export as SVG", "interop-graph.svg").ifPresent(this::save);
    }

    /** Writes the SVG (and the PNG beside it when asked) and remembers the directory. */
    public void save(Path chosen) {
        ExportDialogParts.save(chosen, alsoPng.isSelected(), prefs, status,
                (svg, png) -> ExportFiles.write(diagram(), svg, png));
    }

    Optional<Path> lastDirectory() {
        return ExportDialogParts.lastDirectory(prefs);
    }

    CheckBox alsoPng() {
        return alsoPng;
    }

    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
