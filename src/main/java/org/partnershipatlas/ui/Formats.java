package org.partnershipatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates as English councils write them: 31/03/2026 on screen, and the forms people type. */
public final class Formats {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(SHOWN,
            DateTimeFormatter.ofPattern("d/M/yyyy", Locale.UK), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("d-MMM-yy", Locale.UK));

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
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date; type it as 31/03/2026");
    }
}
