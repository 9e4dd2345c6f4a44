package dev.interopatlas.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.interopatlas.app.cli.archfixture.CommandThatNeedsJavaFx;
import dev.interopatlas.app.cli.archfixture.CommandThatParsesRust;
import dev.interopatlas.app.core.archfixture.CoreThatBuildsAGraphStreamGraph;
import dev.interopatlas.app.core.archfixture.CoreThatShowsAColour;
import dev.interopatlas.app.ui.archfixture.ViewThatIndexesATag;
import dev.interopatlas.app.ui.archfixture.ViewThatReadsGitTags;
import dev.interopatlas.app.ui.cyclefixturea.FeatureA;
import dev.interopatlas.app.ui.cyclefixtureb.FeatureB;
import dev.interopatlas.indexer.archfixture.IndexerThatAsksTheUser;
import dev.interopatlas.model.archfixture.RecordThatKnowsTheIndexer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/decisions/0009: model ← indexer ← app, and inside app ui/cli → core → (indexer API,
 * model), with third-party toolkits where they belong. Each rule is checked on the production classes and, to
 * show it bites, on a violating fixture class of the test sources (packages {@code ..archfixture},
 * {@code ..cyclefixture*}, never imported with the production classes). Plain Jupiter tests calling
 * {@code check} (the ArchUnit engine's field rules were not picked up by surefire here).
 */
class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.interopatlas");
        assertTrue(production.size() > 100, "imported only " + production.size() + " classes");
    }

    /** The git plumbing of the indexer's history package, behind HistoryIndexer and its records. */
    private static final DescribedPredicate<JavaClass> HISTORY_PLUMBING = resideInAPackage(
            "dev.interopatlas.indexer.history").and(simpleName("GitRepositories").or(simpleName("ReleaseTags"))
            .or(simpleName("ReleaseSummaryStore")).or(simpleName("ReleaseDiffs")))
            .as("the history package's git plumbing");

    /** What the indexer does inside: parsers, resolvers, crate discovery, graph building, git plumbing. */
    private static final DescribedPredicate<JavaClass> INDEXER_INTERNALS = resideInAnyPackage(
            "dev.interopatlas.indexer.c..", "dev.interopatlas.indexer.rust..", "dev.interopatlas.indexer.crates..",
            "dev.interopatlas.indexer.graph..").or(HISTORY_PLUMBING).as("indexer internals");

    static final ArchRule MODEL_IS_PLAIN_DATA = noClasses().that().resideInAPackage("dev.interopatlas.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.jgit..", "org.graphstream..",
                    "dev.interopatlas.indexer..", "dev.interopatlas.app..")
            .because("the model is immutable records that any layer, and any JSON reader, can use");

    static final ArchRule INDEXER_HAS_NO_UI = noClasses().that().resideInAPackage("dev.interopatlas.indexer..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream..",
                    "dev.interopatlas.app..")
            .because("the indexer runs headless in the CLI and CI; the UI adapts its progress interface");

    static final ArchRule ONLY_THE_INDEXER_USES_JGIT = noClasses().that()
            .resideOutsideOfPackages("dev.interopatlas.indexer..", "dev.interopatlas.samples..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..")
            .because("git is read in one place, the indexer's history package, behind HistoryIndexer; the app "
                    + "reaches releases through core.release (sample-trees only writes its test repository)");

    static final ArchRule GRAPHSTREAM_STAYS_IN_ITS_ADAPTER = noClasses().that()
            .resideOutsideOfPackage("dev.interopatlas.app.graphview..")
            .should().dependOnClassesThat().resideInAPackage("org.graphstream..")
            .because("GraphStream is wrapped in one adapter package with one threading model");

    static final ArchRule CORE_IS_HEADLESS = noClasses().that().resideInAPackage("dev.interopatlas.app.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.graphstream..",
                    "dev.interopatlas.app.ui..", "dev.interopatlas.app.graphview..", "dev.interopatlas.app.cli..")
            .because("the core is what the explorer and the CLI share: it must run without a display or toolkit");

    static final ArchRule VIEWS_USE_THE_CORE_NOT_THE_INDEXER = noClasses().that()
            .resideInAPackage("dev.interopatlas.app.ui..")
            .should().dependOnClassesThat(resideInAPackage("dev.interopatlas.indexer..")
                    .and(not(resideInAnyPackage("dev.interopatlas.indexer", "dev.interopatlas.indexer.progress..",
                            "dev.interopatlas.indexer.source..", "dev.interopatlas.indexer.analysis..")))
                    .as("indexer classes other than its exceptions, progress, source trees and analysis records"))
            .because("views open trees, releases and analyses through the core; only the progress interface, "
                    + "the source trees they show and the analysis records they display come from the indexer");

    static final ArchRule CLI_AND_CORE_USE_THE_INDEXER_API = noClasses().that()
            .resideInAnyPackage("dev.interopatlas.app.cli..", "dev.interopatlas.app.core..")
            .should().dependOnClassesThat(INDEXER_INTERNALS)
            .because("commands and the core drive the indexer through KernelIndexer, HistoryIndexer and their "
                    + "records, so its parsers and git plumbing can change without touching the app");

    static final ArchRule CLI_RUNS_WITHOUT_JAVAFX = noClasses().that().resideInAPackage("dev.interopatlas.app.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("headless commands must run without a display or the JavaFX toolkit");

    static final ArchRule FEATURE_PACKAGES_HAVE_NO_CYCLES = slices()
            .matching("dev.interopatlas.app.(*).(*)..").namingSlices("$1.$2")
            .should().beFreeOfCycles()
            .because("a feature package (ui.explorer, ui.readiness, core.query…) must be understandable and "
                    + "testable with only the packages below it");

    private static JavaClasses fixtures(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void modelDependsOnNoToolkitAndNoOtherModule() {
        MODEL_IS_PLAIN_DATA.check(production);
        assertThrows(AssertionError.class, () -> MODEL_IS_PLAIN_DATA.check(fixtures(RecordThatKnowsTheIndexer.class)));
    }

    @Test
    void indexerDependsOnNoUi() {
        INDEXER_HAS_NO_UI.check(production);
        assertThrows(AssertionError.class, () -> INDEXER_HAS_NO_UI.check(fixtures(IndexerThatAsksTheUser.class)));
    }

    @Test
    void onlyTheIndexerReadsGit() {
        ONLY_THE_INDEXER_USES_JGIT.check(production);
        assertThrows(AssertionError.class, () -> ONLY_THE_INDEXER_USES_JGIT.check(fixtures(ViewThatReadsGitTags.class)));
    }

    @Test
    void onlyTheGraphViewAdapterUsesGraphStream() {
        GRAPHSTREAM_STAYS_IN_ITS_ADAPTER.check(production);
        assertThrows(AssertionError.class,
                () -> GRAPHSTREAM_STAYS_IN_ITS_ADAPTER.check(fixtures(CoreThatBuildsAGraphStreamGraph.class)));
    }

    @Test
    void theCoreUsesNoToolkit() {
        CORE_IS_HEADLESS.check(production);
        assertThrows(AssertionError.class, () -> CORE_IS_HEADLESS.check(fixtures(CoreThatShowsAColour.class)));
    }

    @Test
    void viewsReachTheIndexerThroughTheCore() {
        VIEWS_USE_THE_CORE_NOT_THE_INDEXER.check(production);
        assertThrows(AssertionError.class,
                () -> VIEWS_USE_THE_CORE_NOT_THE_INDEXER.check(fixtures(ViewThatIndexesATag.class)));
    }

    @Test
    void commandsAndTheCoreUseOnlyTheIndexerApi() {
        CLI_AND_CORE_USE_THE_INDEXER_API.check(production);
        assertThrows(AssertionError.class,
                () -> CLI_AND_CORE_USE_THE_INDEXER_API.check(fixtures(CommandThatParsesRust.class)));
    }

    @Test
    void cliDoesNotNeedJavaFx() {
        CLI_RUNS_WITHOUT_JAVAFX.check(production);
        assertThrows(AssertionError.class, () -> CLI_RUNS_WITHOUT_JAVAFX.check(fixtures(CommandThatNeedsJavaFx.class)));
    }

    @Test
    void featurePackagesDependOnEachOtherOneWayOnly() {
        FEATURE_PACKAGES_HAVE_NO_CYCLES.check(production);
        assertThrows(AssertionError.class,
                () -> FEATURE_PACKAGES_HAVE_NO_CYCLES.check(fixtures(FeatureA.class, FeatureB.class)));
    }
}
