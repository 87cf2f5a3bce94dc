package org.partnershipatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates as English councils write them: 31/03/2026 on screen, and the forms people type. */
public final class Formats {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    /** STRICT, so that 31/02/2027 is refused rather than quietly read as 28 February. */
    private static final List<DateTimeFormatter> TYPED = List.of(strict("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d MMM uuuu"), strict("d-MMM-uu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

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
