package dev.interopatlas.app.ui.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.explorer.ExplorerViewModel;
import dev.interopatlas.app.ui.testing.PlantedRepository;
import dev.interopatlas.app.ui.testing.TestApplication;
import dev.interopatlas.model.impact.DeclarationChange;
import dev.interopatlas.model.impact.RustReach;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Impact tab in the real window on a repository whose v7.4 changes one prototype of the sample's v7.3:
 * sample-trees/minikernel/v7.3/include/linux/phy.h:60 {@code int phy_read_paged(struct phy_device *phydev, int
 * page, u32 regnum);} gets {@code u16 regnum}. Every expected value is read off the sample's sources.
 */
class ImpactTabWindowTest extends FxRobot {
    private static final Path REPOSITORY = Path.of("target", "ui-impact", "planted.git").toAbsolutePath();
    private AtlasApplication app;

    @BeforeEach
    void start() throws Exception {
        PlantedRepository.create(REPOSITORY, "include/linux/phy.h", "int page, u32 regnum);",
                "int page, u16 regnum);");
        app = TestApplication.started("open", REPOSITORY.toString());
    }

    @AfterEach
    void stop() throws Exception {
        TestApplication.stop(app);
    }

    private ExplorerViewModel vm() {
        return app.explorer().viewModel();
    }

    private ImpactTab tab() {
        return app.explorer().impactTab();
    }

    private String status() {
        return lookup("#impactStatus").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<DeclarationChange> table() {
        return lookup("#impactTable").queryAs(TableView.class);
    }

    @Test
    void diffModeListsThePlantedPrototypeChangeAndEnterHighlightsItsPath() throws Exception {
        interact(() -> app.explorer().analysisTabs().node().getSelectionModel().select(tab().tab()));
        assertTrue(status().startsWith("Turn on Diff"), status());
        assertTrue(table().getItems().isEmpty());

        clickOn("#diffToggle"); // the base is the release before the shown v7.4: v7.3
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tab().running().isEmpty()
                && !table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().startsWith("1 of 1 changed C declarations reach Rust, v7.3 \u2192 v7.4"), status());

        // one row: the prototype, at phy.h:60; rust/kernel/net/phy.rs:71 is its one direct use (crate kernel) and
        // drivers/net/phy/ax_mini_rust.rs:7 uses kernel::net::phy (crate ax_mini_rust)
        assertEquals(1, table().getItems().size());
        DeclarationChange row = table().getItems().get(0);
        List<String> cells = table().getColumns().stream().map(c -> String.valueOf(c.getCellData(0))).toList();
        assertEquals(List.of("phy_read_paged", "signature-changed", "include/linux/phy.h:60", "1",
                "ax_mini_rust, kernel"), cells);

        // keyboard only: into the table, Home chooses the first row; Enter highlights it again after Esc
        interact(() -> table().requestFocus());
        type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(row), tab().viewModel().chosenProperty().get());
        interact(() -> vm().clearContext());
        interact(() -> vm().select("module:kernel"));
        assertTrue(vm().blastProperty().get().isEmpty());
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // its path: the symbol is selected, its header, phy.rs's module and the PHY driver's crate are emphasised
        assertEquals(Optional.of("symbol:phy_read_paged"), vm().selectedProperty().get());
        assertEquals(Set.of("header:include/linux/phy.h", "module:kernel::net::phy", "consumer:ax_mini_rust"),
                vm().blastProperty().get().orElseThrow().reached());

        // both versions side by side, normalised (indexer c/DeclarationText: a space is kept only between two words,
        // so `struct phy_device *phydev` reads `struct phy_device*phydev`) and broken after each parameter: only
        // the last parameter differs
        assertEquals("v7.3 (before)", lookup("#impactBeforeHeading").queryAs(Label.class).getText());
        assertEquals("v7.4 (after)", lookup("#impactAfterHeading").queryAs(Label.class).getText());
        assertEquals(List.of("  int phy_read_paged(struct phy_device*phydev, | int phy_read_paged(struct phy_device*phydev,",
                "  int page, | int page,", "* u32 regnum); | u16 regnum);"), tab().view().shownSides());

        @SuppressWarnings("unchecked")
        ListView<RustReach> uses = lookup("#impactUses").queryAs(ListView.class);
        assertEquals(List.of("rust/kernel/net/phy.rs:71"), uses.getItems().stream()
                .map(u -> u.path() + ":" + u.line()).toList());

        clickOn("#impactFilter").write("genphy");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table().getItems().isEmpty(), "no row names genphy");
        interact(() -> lookup("#impactFilter").queryAs(javafx.scene.control.TextField.class).setText("ax_mini"));
        assertEquals(1, table().getItems().size(), "the filter matches the crates column");

        clickOn("#diffToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().startsWith("Turn on Diff"), status());
        assertTrue(table().getItems().isEmpty());
    }

    @Test
    void aCancelledComparisonIsOfferedAgainAndComputedOnRequest() throws Exception {
        interact(() -> app.explorer().analysisTabs().node().getSelectionModel().select(tab().tab()));
        javafx.scene.control.Button again = lookup("#impactAgain").queryAs(javafx.scene.control.Button.class);
        assertTrue(!again.isVisible(), "nothing to compare again yet");

        // cancelled right after it starts: the tab says "Comparing…" just before it starts the task, in the same
        // event, so a cancel queued then runs before any result of the task can reach this thread
        java.util.concurrent.atomic.AtomicBoolean cancelQueued = new java.util.concurrent.atomic.AtomicBoolean();
        interact(() -> tab().viewModel().statusProperty().addListener((o, a, now) -> {
            if (now.startsWith("Comparing the C declarations") && cancelQueued.compareAndSet(false, true)) {
                javafx.application.Platform.runLater(() -> tab().running().orElseThrow().cancel());
            }
        }));
        clickOn("#diffToggle");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cancelQueued.get() && tab().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelled the comparison of v7.3 with v7.4.", status());
        assertTrue(again.isVisible(), "Compare again is offered");
        assertTrue(table().getItems().isEmpty());

        clickOn("#impactAgain");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> tab().running().isEmpty()
                && !table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().startsWith("1 of 1 changed C declarations reach Rust, v7.3 \u2192 v7.4"), status());
        assertTrue(!again.isVisible(), "hidden once it is computed");
    }
}
