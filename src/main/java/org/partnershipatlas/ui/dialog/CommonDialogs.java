package org.partnershipatlas.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions and messages any feature may need (errors, confirmations, files and folders), kept
 * apart from the dialogs a feature owns, so features depend on this and on nothing of one another.
 */
public interface CommonDialogs {
    void showError(String title, String message);

    void showInformation(String title, String message);

    /** True when the user chose the confirming button. */
    boolean confirm(String title, String message, String confirmLabel);

    Optional<Path> chooseFileToOpen(String title);

    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /** The user's name, to record against their decisions; asked once. */
    Optional<String> askUserName();

    /** Where to write an export; {@code extension} like "csv". */
    Optional<Path> chooseExportFile(String title, String suggestedName, String extension);

    /** A folder for exported files, starting from {@code initial}; empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);
}
