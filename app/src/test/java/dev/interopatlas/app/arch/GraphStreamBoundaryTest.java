package dev.interopatlas.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class GraphStreamBoundaryTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.interopatlas.app");

    @Test
    void onlyTheGraphViewPackageUsesGraphStream() {
        noClasses().that().resideOutsideOfPackage("dev.interopatlas.app.graphview..")
                .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
                .check(classes);
    }

    @Test
    void viewModelsAndQueriesDoNotDependOnControls() {
        noClasses().that().resideInAnyPackage("dev.interopatlas.app.query..", "dev.interopatlas.app.ui.search..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(classes);
    }
}
