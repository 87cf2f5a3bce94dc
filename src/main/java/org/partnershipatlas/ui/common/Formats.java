package org.partnershipatlas.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as English councils write them: 31/03/2026 on screen, and the forms people type. */
public final class Formats {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /**
     * Reads a typed date.
     *
     * @throws IllegalArgumentException naming the text when it is not a date in a known form
     */
    public static LocalDate parseDate(String text) {
        return org.partnershipatlas.model.TypedDates.parse(text);
    }
}
