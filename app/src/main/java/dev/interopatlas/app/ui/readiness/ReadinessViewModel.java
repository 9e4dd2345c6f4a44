package dev.interopatlas.app.ui.readiness;

import dev.interopatlas.app.core.analysis.ReadinessData;
import dev.interopatlas.indexer.analysis.ReadinessHistory;
import dev.interopatlas.model.analysis.SubsystemReadiness;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the readiness view: the current release's sections (with their history when several releases are
 * known), a text filter, a "Rust sections only" switch, and the section the graph is narrowed to.
 */
public final class ReadinessViewModel {
    /** Sections drawn in the chart. */
    public static final int CHART_SECTIONS = 6;

    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty rustSectionsOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<Optional<String>> graphSection = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<SubsystemReadiness> rows = FXCollections.observableArrayList();
    private ReadinessData data = ReadinessData.EMPTY;

    public ReadinessViewModel() {
        query.addListener((o, a, b) -> refresh());
        rustSectionsOnly.addListener((o, a, b) -> refresh());
    }

    public void setData(ReadinessData next) {
        data = next;
        graphSection.set(Optional.empty());
        refresh();
    }

    public ReadinessData data() {
        return data;
    }

    private void refresh() {
        rows.setAll(filtered());
    }

    /** Current-release rows whose section name contains the query (any case), Rust sections only if asked. */
    public List<SubsystemReadiness> filtered() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        return data.history().map(h -> h.current().sections()).orElse(List.of()).stream()
                .filter(r -> !rustSectionsOnly.get() || r.rustSection())
                .filter(r -> q.isEmpty() || r.section().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    /** Whether rows get a sparkline: only when more than one release is known. */
    public boolean hasHistory() {
        return data.history().map(h -> h.releases().size() > 1).orElse(false);
    }

    /** Bound C functions of the section per release, oldest first (0 where it had no Rust); empty without history. */
    public List<Integer> sparkline(String section) {
        if (!hasHistory()) {
            return List.of();
        }
        return data.history().get().seriesOf(section).stream()
                .map(r -> r.map(SubsystemReadiness::boundFunctions).orElse(0)).toList();
    }

    /** The sections the chart draws. */
    public List<String> chartSections() {
        return data.history().map(h -> h.top(CHART_SECTIONS)).orElse(List.of());
    }

    public List<String> releases() {
        return data.history().map(ReadinessHistory::releases).orElse(List.of());
    }

    public ObservableList<SubsystemReadiness> rows() {
        return rows;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty rustSectionsOnlyProperty() {
        return rustSectionsOnly;
    }

    /** The section the graph is filtered to, set by selecting a row, cleared by "Show all". */
    public ObjectProperty<Optional<String>> graphSectionProperty() {
        return graphSection;
    }
}
