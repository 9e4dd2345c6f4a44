package dev.interopatlas.app.ui.testing;

import dev.interopatlas.app.ui.AtlasApplication;
import dev.interopatlas.app.ui.UiPreferences;
import dev.interopatlas.app.ui.layout.Pane;
import dev.interopatlas.app.ui.layout.PaneLayout;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The application with preferences kept away from the user's (and cleared): what every window test starts. */
public final class TestApplication extends AtlasApplication {
    @Override
    protected UiPreferences preferences() {
        UiPreferences prefs = new UiPreferences(Preferences.userRoot().node("dev/interopatlas/app-test"));
        prefs.clear();
        // Window tests drive the analysis tables, which a first start leaves collapsed: start with every pane shown.
        prefs.savePaneLayout(PaneLayout.DEFAULT.with(Pane.ANALYSIS, true));
        return prefs;
    }

    /** Starts the application with {@code args} and returns once what they open is shown. */
    public static AtlasApplication started(String... args) throws Exception {
        return started(TestApplication.class, args);
    }

    /** Starts {@code type} (an application with its own preferences) and returns once what it opens is shown. */
    public static AtlasApplication started(Class<? extends AtlasApplication> type, String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtlasApplication app = (AtlasApplication) FxToolkit.setupApplication(type, args);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer() != null
                && app.explorer().viewModel().atlasProperty().get().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /**
     * Shows the full graph instead of the map (View > Map > Full Graph): for tests of the classic graph view, which
     * is only drawn while it is shown.
     */
    public static void showClassic(AtlasApplication app) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.explorer().showClassic(true)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the application and its windows. */
    public static void stop(AtlasApplication app) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
