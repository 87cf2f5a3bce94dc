package org.partnershipatlas.ui.review;

import java.time.LocalDate;
import java.util.Optional;
import org.partnershipatlas.ui.dialog.CommonDialogs;

/** The dialogs the annual review feature owns. */
public interface ReviewDialogs extends CommonDialogs {
    /** What to call this year's review, the day it describes, and a note; empty when cancelled. */
    Optional<NewReview> askNewReview(String suggestedName, LocalDate today);

    /** Shows the cabinet report's sections to write in; true when the words were saved. */
    boolean editCabinetReport(CabinetReportViewModel report);

    /** A review to record, as the user gave it. */
    record NewReview(String name, LocalDate takenOn, String note) {
    }
}
