package dev.interopatlas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the module direction model ← indexer ← app, and third-party toolkits where they belong. */
@AnalyzeClasses(packages = "dev.interopatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelIsPlainData = noClasses().that().resideInAPackage("dev.interopatlas.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.jgit..", "org.graphstream..",
                    "dev.interopatlas.indexer..", "dev.interopatlas.app..")
            .because("the model is immutable records that any layer, and any JSON reader, can use");

    @ArchTest
    static final ArchRule indexerHasNoUi = noClasses().that().resideInAPackage("dev.interopatlas.indexer..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream..",
                    "dev.interopatlas.app..")
            .because("the indexer runs headless in the CLI and CI; the UI adapts its progress interface");

    @ArchTest
    static final ArchRule graphStreamStaysInItsAdapter = noClasses().that()
            .resideOutsideOfPackage("dev.interopatlas.app.graphview..")
            .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
            .because("GraphStream is wrapped in one adapter package with one threading model");

    @ArchTest
    static final ArchRule viewsDoNotReachIntoIndexerInternals = noClasses().that()
            .resideInAPackage("dev.interopatlas.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.interopatlas.indexer.rust..",
                    "dev.interopatlas.indexer.c..", "dev.interopatlas.indexer.graph..")
            .because("views talk to the indexer's facade and the model, not its lexers and resolvers");

    @ArchTest
    static final ArchRule cliAndUiAreIndependent = noClasses().that().resideInAPackage("dev.interopatlas.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("headless commands must run without a display or the JavaFX toolkit");
}
