package dev.interopatlas.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.core.load.SampleRepositoryLoader;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.model.history.ReleaseSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** On the sample repository: Ctrl+T opens the release timeline; the analysis tabs compare with earlier releases. */
class TimelineWindowTest extends FxRobot {
    private static final Path REPOSITORY = Path.of("target", "ui-sample", "minikernel.git").toAbsolutePath();
    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        SampleRepositoryLoader.ensure(REPOSITORY);
        app = TestApplication.started("open", REPOSITORY.toString());
    }

    @AfterEach
    void stop() throws Exception {
        TestApplication.stop(app);
    }

    @Test
    @SuppressWarnings("unchecked")
    void controlTShowsEveryReleaseOfTheRepositoryInTheTimeline() throws Exception {
        press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#timelineTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ReleaseSummary> table = lookup("#timelineTable").queryAs(TableView.class);
        assertEquals(List.of("v6.1", "v6.8", "v6.12", "v7.3"), table.getItems().stream().map(ReleaseSummary::release)
                .toList());
        assertTrue(table.getItems().get(2).boundCSymbols() > table.getItems().get(0).boundCSymbols());
        LineChart<String, Number> chart = lookup("#timelineChart").queryAs(LineChart.class);
        assertEquals(5, chart.getData().size());
        String summary = lookup("#timelineSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("4 releases, v6.1 → v7.3"), summary);
    }

    @Test
    void analysisTabsOfARepositoryCompareWithItsEarlierReleasesWithoutAddingAny() throws Exception {
        dev.interopatlas.app.ui.readiness.AnalysisTabs tabs = app.explorer().analysisTabs();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tabs.readinessViewModel().hasHistory()
                && tabs.hotspotsViewModel().data().previous().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, tabs.readinessViewModel().releases().size(), "v6.8, v6.12 and the shown v7.3");
        assertTrue(tabs.hotspotsViewModel().data().rows().values().stream().flatMap(List::stream)
                .anyMatch(r -> r.changeSincePrevious().isPresent()), "change since v6.12");
    }
}
