package org.partnershipatlas.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every question the app asks and every message it shows, behind one interface, so view models can
 * be tested with scripted answers and the real app uses JavaFX dialogs and file choosers.
 */
public interface DialogService {
    void showError(String title, String message);

    void showInformation(String title, String message);

    /** True when the user chose the confirming button. */
    boolean confirm(String title, String message, String confirmLabel);

    Optional<Path> chooseFileToOpen(String title);

    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /** The name and kind of a new authority, or empty when the user cancelled. */
    Optional<NewAuthority> askNewAuthority();

    /** Name, kind and layer of a new body, or empty when the user cancelled. */
    /**
     * Asks for a new body: its name, kind, layer and what it answers to. {@code above} are the bodies
     * it may answer to; {@code first} says the authority has no body yet, so the board is proposed.
     */
    Optional<NewBody> askNewBody(java.util.List<org.partnershipatlas.model.Body> above, boolean first);

    /** The authority's thresholds and rates as the user changed them, or empty when cancelled. */
    Optional<org.partnershipatlas.model.AuthoritySettings> editSettings(
            org.partnershipatlas.model.AuthoritySettings current);

    /** The user's name, to record against their decisions; asked once. */
    Optional<String> askUserName();

    /** Where to write an export; {@code extension} like "csv". */
    Optional<Path> chooseExportFile(String title, String suggestedName, String extension);

    /** Shows the cabinet appendices dialog on the view model's choices; true when the user chose Export. */
    boolean editPack(org.partnershipatlas.ui.pack.PackViewModel choices);

    /** A folder for exported files, starting from {@code initial}; empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** The significance scheme as the user changed it, or empty when cancelled. */
    Optional<org.partnershipatlas.model.SignificanceScheme> editScheme(
            org.partnershipatlas.model.SignificanceScheme current);

    /** A file to import (register, Kumu workbook, GraphML or JSON); empty when cancelled. */
    Optional<Path> chooseImportFile();

    /** Shows the import dialog on the view model's plan; true when the user chose Import. */
    boolean editImport(org.partnershipatlas.ui.exchange.ImportViewModel plan);

    /** Shows the workshop plan dialog on the view model's steps; true when the user chose Save. */
    boolean editWorkshopPlan(org.partnershipatlas.ui.workshop.WorkshopPlanViewModel plan);

    /** Where and in which exchange format to export the map; empty when cancelled. */
    Optional<ExchangeChoice> chooseExchangeExport(String suggestedName);

    /** A file and the format chosen for it in File > Export…. */
    record ExchangeChoice(Path file, org.partnershipatlas.report.ExchangeExport.Format format) {
    }

    /** What the user typed for a new authority. */
    record NewAuthority(String name, org.partnershipatlas.model.AuthorityKind kind) {
    }

    /** What the user typed for a new body; {@code answersTo} is null when it answers to nothing yet. */
    record NewBody(String name, org.partnershipatlas.model.BodyKind kind, org.partnershipatlas.model.Layer layer,
                   Long answersTo, org.partnershipatlas.model.LineKind how) {
        public NewBody(String name, org.partnershipatlas.model.BodyKind kind, org.partnershipatlas.model.Layer layer) {
            this(name, kind, layer, null, null);
        }

        /** The body and, when it answers to one, its line, as the changes of one edit. */
        public java.util.List<org.partnershipatlas.model.Change> changes(org.partnershipatlas.model.AuthorityModel model,
                                                                        org.partnershipatlas.model.Body body) {
            java.util.List<org.partnershipatlas.model.Change> changes = new java.util.ArrayList<>();
            changes.add(org.partnershipatlas.model.Change.create(body));
            if (answersTo != null) {
                changes.add(org.partnershipatlas.model.Change.create(new org.partnershipatlas.model.AccountabilityLine(
                        model.newId(), body.id(), answersTo, how == null ? kind.usualLine() : how)));
            }
            return changes;
        }
    }
}
