package org.partnershipatlas.ui.exchange;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.report.ExchangeExport;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * File > Export…: the map for another tool (JSON, GraphML, DOT or a Kumu workbook), chosen by the
 * file type in the save dialog, written in the background from a snapshot so editing can go on;
 * it can be cancelled from the status bar, and a cancelled or failed export leaves no file behind.
 */
public final class ExchangeExportViewModel {
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final ExchangeDialogs exchangeDialogs;
    private final String appVersion;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private TaskRunner.Handle running;

    public ExchangeExportViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, ExchangeDialogs exchangeDialogs, String appVersion) {
        this.main = main;
        this.dialogs = dialogs;
        this.exchangeDialogs = exchangeDialogs;
        this.appVersion = appVersion;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** Asks where and in which format, then exports. */
    public void start() {
        if (main.sessionProperty().get() == null) {
            dialogs.showError("Cannot export", "Open an authority file first.");
            return;
        }
        String name = main.sessionProperty().get().model().authority().name();
        exchangeDialogs.chooseExchangeExport(name).ifPresent(choice -> export(choice.format(), choice.file()));
    }

    public void export(ExchangeExport.Format format, Path file) {
        if (exporting.get()) {
            return;
        }
        AuthorityModel snapshot = main.sessionProperty().get().model().copy();
        exporting.set(true);
        main.busyMessageProperty().set("Exporting " + file.getFileName() + "…");
        running = main.runner().run("Exporting " + file.getFileName(), progress -> {
            progress.update(-1, "Writing " + file.getFileName());
            ExchangeExport.write(snapshot, format, file, appVersion);
            if (progress.isCancelled()) {
                java.nio.file.Files.deleteIfExists(file);
                throw new CancellationException();
            }
            return file;
        }, done -> {
            exporting.set(false);
            main.busyMessageProperty().set("Exported " + format.label() + " to " + done);
        }, failure -> {
            exporting.set(false);
            main.busyMessageProperty().set("");
            if (!(failure instanceof CancellationException)) {
                dialogs.showError("Cannot export " + file.getFileName(), "Could not write " + file + ": "
                        + failure.getMessage());
            }
        });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
