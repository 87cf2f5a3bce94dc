package org.partnershipatlas.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;

/** Import's and exchange export's own questions, so the feature owns its contract and tests can script it. */
public interface ExchangeDialogs {
    /** A file to import (register, Kumu workbook, GraphML or JSON); empty when cancelled. */
    Optional<Path> chooseImportFile();

    /** Shows the import dialog on the view model's plan; true when the user chose Import. */
    boolean editImport(ImportViewModel plan);

    /** Where and in which exchange format to export the map; empty when cancelled. */
    Optional<ExchangeChoice> chooseExchangeExport(String suggestedName);

    /** A file and the format chosen for it in File > Export…. */
    record ExchangeChoice(Path file, org.partnershipatlas.report.ExchangeExport.Format format) {
    }
}
