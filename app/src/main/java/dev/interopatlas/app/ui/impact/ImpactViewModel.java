package dev.interopatlas.app.ui.impact;

import dev.interopatlas.app.core.analysis.DeclarationSides;
import dev.interopatlas.model.graph.NodeId;
import dev.interopatlas.model.impact.ChangeKind;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.ImpactReport;
import dev.interopatlas.model.impact.RustReach;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Impact tab's state: the changed declarations that reach Rust (filtered by a text), the chosen one with its
 * two versions aligned, and the status line saying why the list is empty when it is. Choosing a change hands its
 * graph path to the explorer. Plain state, so it is tested without a window.
 */
public final class ImpactViewModel {
    /** "header:line" ordered by header, then by line number (not as text: 9 before 10). */
    public static final Comparator<String> WHERE_ORDER = Comparator.comparing(ImpactViewModel::headerOf)
            .thenComparingInt(ImpactViewModel::lineOf);

    /**
     * Change kinds by how likely they break the Rust build: a removal or a new signature first, an addition (new C
     * that new Rust binds) last. The table's first sort.
     */
    public static final Comparator<String> CHANGE_ORDER = Comparator.comparingInt(json -> List.of(
            ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED, ChangeKind.FIELDS_CHANGED, ChangeKind.VALUE_CHANGED,
            ChangeKind.BODY_CHANGED, ChangeKind.ADDED).stream().map(ChangeKind::json).toList().indexOf(json));

    private final ObservableList<DeclarationChange> rows = FXCollections.observableArrayList();
    private final FilteredList<DeclarationChange> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Optional<DeclarationChange>> chosen = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty status = new SimpleStringProperty("");
    private final Consumer<List<String>> highlight;
    private Optional<ImpactReport> report = Optional.empty();

    /** @param highlight emphasises graph node ids in the explorer (a chosen change's path) */
    public ImpactViewModel(Consumer<List<String>> highlight) {
        this.highlight = highlight;
        filter.addListener((o, a, text) -> filtered.setPredicate(matching(text)));
    }

    /** Shows a report: its listed changes are those a Rust file names (the CLI's list without --all). */
    public void setReport(ImpactReport shown) {
        report = Optional.of(shown);
        chosen.set(Optional.empty());
        rows.setAll(shown.changes().stream().filter(DeclarationChange::reachesRust).toList());
        status.set(rows.isEmpty()
                ? "No changed declaration of the bindings closure reaches Rust from " + shown.from() + " to "
                        + shown.to() + " (" + shown.summary().changes() + " changed, none named by Rust)."
                : rows.size() + " of " + shown.summary().changes() + " changed C declarations reach Rust, "
                        + shown.from() + " \u2192 " + shown.to() + ". Choose one to see its path and both versions.");
    }

    /** Empties the list and says why. */
    public void clear(String why) {
        report = Optional.empty();
        chosen.set(Optional.empty());
        rows.clear();
        status.set(why);
    }

    /** Chooses a change (again: Enter on the chosen row highlights it anew) and highlights its graph path. */
    public void choose(Optional<DeclarationChange> change) {
        chosen.set(change);
        change.ifPresent(c -> highlight.accept(pathOf(c)));
    }

    /**
     * The graph nodes of a change's path with the declaration first (its symbol or helper), then its header,
     * modules and consumer crates: the first one the explorer shows becomes the selection.
     */
    static List<String> pathOf(DeclarationChange change) {
        List<String> path = new ArrayList<>();
        change.nodes().stream().filter(ImpactViewModel::isDeclaration).forEach(path::add);
        for (String id : change.nodes()) {
            if (!path.contains(id)) {
                path.add(id);
                collapsedHeader(id).ifPresent(path::add);
            }
        }
        return path;
    }

    /** A header's stand-in when the explorer collapses headers by directory (the other id is then not shown). */
    private static Optional<String> collapsedHeader(String id) {
        return NodeId.parse(id).filter(n -> n.kind() == NodeId.Kind.HEADER && n.key().contains("/"))
                .map(n -> NodeId.headerDirectory(n.key().substring(0, n.key().lastIndexOf('/'))).toString());
    }

    private static boolean isDeclaration(String id) {
        return NodeId.parse(id).map(n -> n.kind() == NodeId.Kind.SYMBOL || n.kind() == NodeId.Kind.HELPER)
                .orElse(false);
    }

    /** The chosen change's path ({@link #pathOf}); empty when none is chosen. */
    public List<String> chosenPath() {
        return chosen.get().map(ImpactViewModel::pathOf).orElse(List.of());
    }

    /** The chosen declaration's two versions, aligned line by line; empty when none is chosen. */
    public List<DeclarationSides.Row> sides() {
        return chosen.get().map(c -> DeclarationSides.rows(c.before(), c.after())).orElse(List.of());
    }

    /** What the older side is (the diff base). */
    public String beforeHeading() {
        return report.map(r -> r.from() + " (before)").orElse("before");
    }

    public String afterHeading() {
        return report.map(r -> r.to() + " (after)").orElse("after");
    }

    /** The Rust files that name the chosen declaration, with the line. */
    public List<RustReach> uses() {
        return chosen.get().map(DeclarationChange::direct).orElse(List.of());
    }

    /** "header:line" of a change. */
    public static String where(DeclarationChange change) {
        return change.header() + ":" + change.line();
    }

    /** The crates a change reaches, directly or through the modules it reaches, in name order. */
    public static String crates(DeclarationChange change) {
        TreeSet<String> crates = new TreeSet<>();
        Stream.concat(change.direct().stream(), change.indirect().stream()).map(RustReach::crate).forEach(crates::add);
        return String.join(", ", crates);
    }

    private static java.util.function.Predicate<DeclarationChange> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return c -> true;
        }
        return c -> Stream.of(c.symbol(), c.change().json(), where(c), crates(c))
                .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static String headerOf(String where) {
        int colon = where.lastIndexOf(':');
        return colon < 0 ? where : where.substring(0, colon);
    }

    private static int lineOf(String where) {
        try {
            return Integer.parseInt(where.substring(where.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Every change that reaches Rust, unfiltered. */
    public ObservableList<DeclarationChange> rows() {
        return rows;
    }

    /** The rows the filter lets through. */
    public ObservableList<DeclarationChange> filtered() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Optional<DeclarationChange>> chosenProperty() {
        return chosen;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
