package org.partnershipatlas.ui.seats;

/** What adding or changing a seat asks of the user. */
public interface SeatDialogs {
    /**
     * Lets the user fill in or change {@code draft}.
     *
     * @return true when the user saved it (the draft then has no problem), false when they cancelled
     */
    boolean editSeat(SeatDraft draft);
}
