package dev.interopatlas.app.ui.details;

import dev.interopatlas.app.core.map.GroupSummary;
import dev.interopatlas.app.ui.BackgroundTask;
import dev.interopatlas.app.ui.TaskSlot;
import dev.interopatlas.indexer.source.SourceTree;
import dev.interopatlas.model.graph.BidiControls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The details pane: kind, location, metrics, incoming and outgoing edges as clickable lists, and the source
 * around {@code path:line}, read off the FX thread.
 */
public final class DetailsView {
    private static final int EXCERPT_RADIUS = 12;

    private final VBox root = new VBox();
    private final Label title = new Label("Nothing selected");
    private final Label kind = new Label("Click a node or search (Ctrl+F).");
    private final Label location = new Label();
    private final GridPane metrics = new GridPane();
    private final ListView<NodeDetails.Link> outgoing = new ListView<>();
    private final ListView<NodeDetails.Link> incoming = new ListView<>();
    private final Label filesTitle = section("Files of the crate");
    private final Label outgoingTitle = section("Depends on (outgoing)");
    private final Label incomingTitle = section("Used by (incoming)");
    private final ListView<NodeDetails.CrateFile> files = new ListView<>();
    private final TextFlow source = new TextFlow();
    private final Label sourceNote = new Label();
    private final ScrollPane sourceScroll;
    private Consumer<String> onNavigate = id -> { };
    /** Reads the source excerpt of the shown node; a newer node drops the older read. */
    private final TaskSlot sourceReading = new TaskSlot();

    public DetailsView() {
        root.getStyleClass().add("side-pane");
        root.setId("detailsPane");
        title.setId("detailsTitle");
        title.getStyleClass().add("title");
        title.setWrapText(true);
        kind.setId("detailsKind");
        kind.setWrapText(true);
        location.setId("detailsLocation");
        location.setWrapText(true);
        metrics.setId("detailsMetrics");
        metrics.setHgap(12);
        outgoing.setId("outgoingList");
        incoming.setId("incomingList");
        for (ListView<NodeDetails.Link> list : List.of(outgoing, incoming)) {
            list.setPrefHeight(130);
            list.setMinHeight(60);
            list.setCellFactory(v -> new LinkCell());
            list.setOnMouseClicked(e -> navigate(list));
            list.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    navigate(list);
                }
            });
        }
        files.setId("crateFilesList");
        files.setPrefHeight(130);
        files.setMinHeight(60);
        files.setOnMouseClicked(e -> showFile());
        files.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showFile();
            }
        });
        showFiles(false);
        source.setId("sourceView");
        source.getStyleClass().add("code-view");
        sourceNote.setId("sourceNote");
        for (Label l : List.of(title, kind, location, sourceNote)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        sourceScroll = new ScrollPane(source);
        sourceScroll.setFitToWidth(true);
        sourceScroll.setPrefHeight(260);
        VBox.setVgrow(sourceScroll, Priority.ALWAYS);
        root.getChildren().addAll(title, kind, location, metrics, filesTitle, files, outgoingTitle,
                outgoing, incomingTitle, incoming, section("Source"), sourceNote, sourceScroll);
        root.setPadding(new Insets(8));
        root.setMinWidth(180); // with the filter pane's 180, the graph keeps 70% of a 1280 px window
        root.setPrefWidth(380);
    }

    public Region node() {
        return root;
    }

    /** Called with the node id when the user follows an edge. */
    public void setOnNavigate(Consumer<String> handler) {
        onNavigate = handler;
    }

    public void show(Optional<NodeDetails> details, Optional<SourceTree> tree) {
        sourceReading.cancel();
        source.getChildren().clear();
        metrics.getChildren().clear();
        outgoingTitle.setText("Depends on (outgoing)");
        incomingTitle.setText("Used by (incoming)");
        if (details.isEmpty()) {
            title.setText("Nothing selected");
            kind.setText("Click a node or search (Ctrl+F).");
            location.setText("");
            outgoing.getItems().clear();
            incoming.getItems().clear();
            files.getItems().clear();
            showFiles(false);
            sourceNote.setText("");
            shownTree = Optional.empty();
            return;
        }
        NodeDetails d = details.get();
        title.setText(BidiControls.escape(d.node().label()));
        kind.setText(d.kind());
        location.setText(d.location());
        int row = 0;
        for (Map.Entry<String, Integer> m : d.metrics().entrySet()) {
            Label value = new Label(String.valueOf(m.getValue()));
            value.setMinWidth(Region.USE_PREF_SIZE); // in a narrow pane the name is shortened, never the figure
            metrics.addRow(row++, new Label(m.getKey()), value);
        }
        outgoing.getItems().setAll(d.outgoing());
        incoming.getItems().setAll(d.incoming());
        files.getItems().setAll(d.files());
        showFiles(!d.files().isEmpty());
        shownTree = tree;
        loadSource(d.node().path(), d.node().line().orElse(1), tree);
    }

    private Optional<SourceTree> shownTree = Optional.empty();

    /** A group of the map: its name, size and unsafe total, and its members with the most unsafe code first. */
    public void showGroup(GroupSummary group) {
        sourceReading.cancel();
        source.getChildren().clear();
        metrics.getChildren().clear();
        title.setText(BidiControls.escape(group.label()));
        kind.setText("group \u2014 " + group.layer().title() + " (double-click or Enter opens it on the map)");
        location.setText("");
        outgoingTitle.setText("Members, most unsafe first");
        incomingTitle.setText("");
        metrics.addRow(0, new Label("members"), new Label(String.valueOf(group.memberCount())));
        metrics.addRow(1, new Label("unsafeTotal"), new Label(String.valueOf(group.unsafeTotal())));
        outgoing.getItems().setAll(group.topMembers().stream().map(n -> new NodeDetails.Link(n.id(),
                BidiControls.escape(n.label())
                + (n.metric("unsafeTotal") > 0 ? "  (" + n.metric("unsafeTotal") + " unsafe)" : ""), "MEMBER", 1))
                .toList());
        incoming.getItems().clear();
        files.getItems().clear();
        showFiles(false);
        shownTree = Optional.empty();
        sourceNote.setText("");
    }

    /** The list of a crate's files shows only for a consumer crate. */
    private void showFiles(boolean shown) {
        for (Region r : List.of(filesTitle, files)) {
            r.setVisible(shown);
            r.setManaged(shown);
        }
    }

    /** Shows the top of the file picked in the crate's file list. */
    private void showFile() {
        NodeDetails.CrateFile file = files.getSelectionModel().getSelectedItem();
        if (file != null) {
            sourceReading.cancel();
            source.getChildren().clear();
            loadSource(Optional.of(file.path()), 1, shownTree);
        }
    }

    private void loadSource(Optional<String> path, int line, Optional<SourceTree> tree) {
        if (path.isEmpty() || tree.isEmpty()) {
            sourceNote.setText(tree.isEmpty() ? "No source tree open: sources cannot be shown." : "No source location.");
            return;
        }
        if (tree.get().file(path.get()).isEmpty()) {
            sourceNote.setText(path.get() + " is a directory or not in the tree.");
            return;
        }
        sourceNote.setText("Reading " + path.get() + "\u2026");
        String shown = path.get();
        sourceReading.start(new BackgroundTask<List<ExcerptLine>>("read " + shown,
                task -> SourceExcerpt.read(tree.get(), shown, line, EXCERPT_RADIUS)), lines -> {
                    render(lines);
                    sourceNote.setText(shown + ":" + line);
                }, error -> {
                    sourceNote.setText(error.getMessage());
                    sourceNote.getStyleClass().add("error-text");
                });
    }

    private void render(List<ExcerptLine> lines) {
        sourceNote.getStyleClass().remove("error-text");
        source.getChildren().setAll(ExcerptText.runs(lines));
        // The target line sits in the middle of the excerpt: scroll it into view once laid out.
        double fraction = ExcerptText.targetFraction(lines);
        Platform.runLater(() -> sourceScroll.setVvalue(fraction));
    }

    /** The source lines currently shown, for tests. */
    public String sourceText() {
        StringBuilder sb = new StringBuilder();
        source.getChildren().forEach(n -> sb.append(((Text) n).getText()));
        return sb.toString();
    }

    private void navigate(ListView<NodeDetails.Link> list) {
        NodeDetails.Link link = list.getSelectionModel().getSelectedItem();
        if (link != null) {
            onNavigate.accept(link.nodeId());
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static final class LinkCell extends ListCell<NodeDetails.Link> {
        @Override
        protected void updateItem(NodeDetails.Link item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }
    }
}
