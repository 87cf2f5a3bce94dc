package org.partnershipatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the layers pointing one way: model, then store/io/analysis/layout/report, then document, then ui, then app. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnershipatlas");

    @Test
    void theModelImportsNeitherJavaFxNorJdbc() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.sql..",
                        "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void nothingBelowTheUiImportsJavaFx() {
        noClasses().that().resideInAnyPackage("..model..", "..store..", "..io..", "..analysis..", "..layout..",
                        "..report..", "org.partnershipatlas.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(CLASSES);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("..store..", "..io..", "..analysis..", "..layout..",
                        "..report..", "org.partnershipatlas.document..", "..ui..", "..app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("..store..", "..io..", "..analysis..", "..layout..", "..report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partnershipatlas.document..", "..ui..", "..app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("org.partnershipatlas.document..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..app..")
                .check(CLASSES);
        noClasses().that().resideInAnyPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..app..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.partnershipatlas.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * Each screen is a feature of its own: features may share ui.common, ui.dialog, ui.document,
     * ui.task and ui.settings, but none reaches another through a loop, e.g. the main view model
     * to a dialog service to a feature's view model and back.
     */
    @Test
    void uiFeaturesHaveNoCyclesBetweenThem() {
        slices().matching("org.partnershipatlas.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Only the window's own wiring (MainView, MainViewModel, FxDialogService) knows every feature. */
    @Test
    void noFeatureReachesIntoTheMainWindow() {
        noClasses().that().resideInAPackage("org.partnershipatlas.ui.*..")
                .should().dependOnClassesThat().resideInAPackage("org.partnershipatlas.ui")
                .check(CLASSES);
    }
}
