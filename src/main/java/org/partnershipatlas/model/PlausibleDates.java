package org.partnershipatlas.model;

import java.time.LocalDate;

/**
 * The years a date in a partnership's record can fall in. Outside them a date is a typing mistake (a
 * review in 20226), not a plan: the model refuses it, and an import names the cell that holds it.
 */
public final class PlausibleDates {
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR;
    }
}
