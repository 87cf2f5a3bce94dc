package org.partnershipatlas.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** The forms in which people type a date, read the same by the app and the command line. */
public final class TypedDates {
    /** STRICT, so that 31/02/2027 is refused rather than quietly read as 28 February. */
    private static final List<DateTimeFormatter> TYPED = List.of(strict("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d MMM uuuu"), strict("d-MMM-uu"));

    private TypedDates() {
    }

    /**
     * Reads a typed date.
     *
     * @throws IllegalArgumentException naming the text when it is not a date in a known form
     */
    public static LocalDate parse(String text) {
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

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }
}
