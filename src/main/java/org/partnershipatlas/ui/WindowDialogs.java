package org.partnershipatlas.ui;

import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.exchange.ExchangeDialogs;
import org.partnershipatlas.ui.pack.PackDialogs;
import org.partnershipatlas.ui.workshop.WorkshopPlanDialogs;

/**
 * Every dialog the window's features own, gathered only where the window is put together: each
 * feature's view model is handed the one contract it declares, never this whole set.
 */
public interface WindowDialogs extends DialogService, PackDialogs, ExchangeDialogs, WorkshopPlanDialogs,
        org.partnershipatlas.ui.people.PeopleDialogs, org.partnershipatlas.ui.seats.SeatDialogs,
        org.partnershipatlas.ui.review.ReviewDialogs {
}
