package dev.interopatlas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module direction model ← indexer ← app, and third-party toolkits where they belong. Plain Jupiter
 * tests calling {@code check} (the ArchUnit engine's field rules were not picked up by surefire here).
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.interopatlas");
        assertTrue(production.size() > 100, "imported only " + production.size() + " classes");
    }

    static final ArchRule MODEL_IS_PLAIN_DATA = noClasses().that().resideInAPackage("dev.interopatlas.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.jgit..", "org.graphstream..",
                    "dev.interopatlas.indexer..", "dev.interopatlas.app..")
            .because("the model is immutable records that any layer, and any JSON reader, can use");

    static final ArchRule INDEXER_HAS_NO_UI = noClasses().that().resideInAPackage("dev.interopatlas.indexer..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream..",
                    "dev.interopatlas.app..")
            .because("the indexer runs headless in the CLI and CI; the UI adapts its progress interface");

    static final ArchRule GRAPHSTREAM_STAYS_IN_ITS_ADAPTER = noClasses().that()
            .resideOutsideOfPackage("dev.interopatlas.app.graphview..")
            .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
            .because("GraphStream is wrapped in one adapter package with one threading model");

    static final ArchRule VIEWS_DO_NOT_REACH_INTO_INDEXER_INTERNALS = noClasses().that()
            .resideInAPackage("dev.interopatlas.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.interopatlas.indexer.rust..",
                    "dev.interopatlas.indexer.c..", "dev.interopatlas.indexer.graph..")
            .because("views talk to the indexer's facade and the model, not its lexers and resolvers");

    static final ArchRule CLI_RUNS_WITHOUT_JAVAFX = noClasses().that().resideInAPackage("dev.interopatlas.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("headless commands must run without a display or the JavaFX toolkit");

    @Test
    void modelDependsOnNoToolkitAndNoOtherModule() {
        MODEL_IS_PLAIN_DATA.check(production);
    }

    @Test
    void indexerDependsOnNoUi() {
        INDEXER_HAS_NO_UI.check(production);
    }

    @Test
    void onlyTheGraphViewAdapterUsesGraphStream() {
        GRAPHSTREAM_STAYS_IN_ITS_ADAPTER.check(production);
    }

    @Test
    void viewsUseOnlyTheIndexerFacade() {
        VIEWS_DO_NOT_REACH_INTO_INDEXER_INTERNALS.check(production);
    }

    @Test
    void cliDoesNotNeedJavaFx() {
        CLI_RUNS_WITHOUT_JAVAFX.check(production);
    }

    @Test
    void rulesCatchAViolation() {
        JavaClasses offender = new ClassFileImporter().importClasses(dev.interopatlas.app.ArchitectureTest.class,
                ArchitectureViolationSample.class);
        assertThrows(AssertionError.class, () -> noClasses().that()
                .haveSimpleName("ArchitectureViolationSample").should().dependOnClassesThat()
                .resideInAPackage("dev.interopatlas.indexer..").check(offender));
    }
}
