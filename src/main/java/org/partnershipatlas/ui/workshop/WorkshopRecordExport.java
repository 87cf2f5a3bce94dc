package org.partnershipatlas.ui.workshop;

import java.nio.file.Path;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.report.WorkshopRecord;
import org.partnershipatlas.ui.document.DocumentContext;

/** Workshop > Workshop record: the notes and actions captured at workshops, by body, as Word or CSV, in the background. */
public final class WorkshopRecordExport {
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;

    public WorkshopRecordExport(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs) {
        this.main = main;
        this.dialogs = dialogs;
    }

    /** Asks where, then writes the record as {@code extension} ("docx" or "csv"). */
    public void askAndExport(String extension) {
        if (main.sessionProperty().get() == null) {
            return;
        }
        AuthorityModel snapshot = main.sessionProperty().get().model().copy();
        dialogs.chooseExportFile("Export the workshop record", snapshot.authority().name() + " workshop record",
                extension).ifPresent(file -> export(snapshot, file, extension));
    }

    void export(AuthorityModel snapshot, Path file, String extension) {
        java.time.LocalDate today = main.today();
        main.busyMessageProperty().set("Writing " + file.getFileName() + "…");
        main.runner().run("Writing the workshop record", progress -> {
            if (extension.equals("csv")) {
                WorkshopRecord.csv(snapshot, file);
            } else {
                WorkshopRecord.docx(snapshot, today, file);
            }
            return file;
        }, done -> main.busyMessageProperty().set("Wrote the workshop record to " + done), failure -> {
            main.busyMessageProperty().set("");
            dialogs.showError("Cannot write the workshop record", "Could not write " + file + ": "
                    + failure.getMessage());
        });
    }
}
