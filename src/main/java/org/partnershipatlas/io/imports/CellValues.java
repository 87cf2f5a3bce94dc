package org.partnershipatlas.io.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.PlausibleDates;

/**
 * Reads the values people type into registers: dates as 31/03/2026, 31-Mar-26, 2026-03-31, 31 March
 * 2026 or an Excel serial number; money as "£12,500", "12500.00" or "GBP 12,500"; yes and no; and the
 * labels of choices. Each refusal says what is wrong in words that help to fix the cell.
 */
public final class CellValues {
    private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);
    private static final Pattern LONG_YEAR = Pattern.compile("(?<![0-9])([0-9]{5,})(?![0-9])");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,7}(\\.[0-9]+)?");
    private static final List<DateTimeFormatter> DATES = dates();

    private CellValues() {
    }

    /**
     * The value of one cell for a field that is not a person, an organisation or the themes (those are
     * names, resolved against the map later).
     *
     * @throws IllegalArgumentException with the reason, when the text cannot be the field's value
     */
    public static Object parse(BodyField field, String text) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT, PERSON, ORGANISATION, THEMES -> text;
            case DATE -> date(text);
            case MONEY -> money(text);
            case YES_NO -> yesNo(text);
            case CHOICE -> choice(field.choices(), text);
        };
    }

    public static LocalDate date(String text) {
        String typed = text.strip();
        Matcher longYear = LONG_YEAR.matcher(typed);
        if (longYear.find() && !WHOLE_NUMBER.matcher(typed).matches()) {
            throw new IllegalArgumentException("the year " + longYear.group(1) + " is not a real year (one digit too "
                    + "many?); type the date as 31/03/2026");
        }
        LocalDate date = null;
        if (WHOLE_NUMBER.matcher(typed).matches()) {
            long serial = new BigDecimal(typed).longValue();
            if (serial < 1) {
                throw new IllegalArgumentException("is a number, not a date; type the date as 31/03/2026");
            }
            date = EXCEL_DAY_ZERO.plusDays(serial);
        } else {
            for (DateTimeFormatter format : DATES) {
                try {
                    date = LocalDate.parse(typed, format);
                    break;
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        if (date == null) {
            throw new IllegalArgumentException("is not a date this can read; type it as 31/03/2026, 31-Mar-26 or "
                    + "2026-03-31");
        }
        if (!PlausibleDates.contains(date)) {
            throw new IllegalArgumentException("is in the year " + date.getYear() + ", which is not a plausible date "
                    + "for a partnership (between " + PlausibleDates.EARLIEST_YEAR + " and "
                    + PlausibleDates.LATEST_YEAR + ")");
        }
        return date;
    }

    private static final Pattern PER_YEAR = Pattern.compile("(?i)\\s*(p\\.?\\s?a\\.?|per\\s+(annum|year)|a\\s+year|annually"
            + "|/\\s*(yr|year|annum))\\s*$");
    private static final Pattern VAT = Pattern.compile("(?i)\\s*(\\+\\s*vat|plus\\s+vat|\\(?\\s*(ex|excl|excluding)\\.?\\s+vat"
            + "\\s*\\)?)\\s*$");
    private static final Pattern RANGE = Pattern.compile("(?i)^£?\\s*[0-9][0-9,.]*\\s*k?\\s*(-|–|to)\\s*£?\\s*[0-9].*$");
    private static final Pattern THOUSANDS = Pattern.compile("(?i)^(£?\\s*[0-9][0-9,]*(\\.[0-9]+)?)\\s*(k|m)$");

    /**
     * An amount as registers write it: "£12,500", "12500", "£12,500 pa" or "per annum", "£5,000 + VAT"
     * (the amount before VAT), "£5k". A range or a contribution in kind is refused with the reason, never
     * turned into a guessed amount.
     */
    public static Money money(String text) {
        String typed = text.strip();
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("in kind") || lower.contains("in-kind")) {
            throw new IllegalArgumentException("is a contribution in kind, not an amount of money; record it in the "
                    + "notes");
        }
        if (RANGE.matcher(typed).matches()) {
            throw new IllegalArgumentException("is a range, not one amount; type the amount the council contributes");
        }
        typed = VAT.matcher(PER_YEAR.matcher(typed).replaceFirst("")).replaceFirst("").strip();
        typed = PER_YEAR.matcher(typed).replaceFirst("").strip();
        Matcher thousands = THOUSANDS.matcher(typed);
        if (thousands.matches()) {
            try {
                java.math.BigDecimal amount = new java.math.BigDecimal(thousands.group(1).replaceAll("[£,\\s]", ""))
                        .movePointRight(thousands.group(3).equalsIgnoreCase("k") ? 3 : 6);
                typed = amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException("is not an amount of money; type it as £12,500 or 12500");
            }
        }
        boolean bracketed = typed.startsWith("(") && typed.endsWith(")");
        Money money;
        try {
            money = Money.parse(bracketed ? typed.substring(1, typed.length() - 1) : typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not an amount of money; type it as £12,500 or 12500");
        }
        if (bracketed || money.isNegative()) {
            throw new IllegalArgumentException("is a negative amount; a contribution or budget cannot be below £0");
        }
        return money;
    }

    public static Boolean yesNo(String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        return switch (typed) {
            case "yes", "y", "true", "1", "agreed", "in place" -> Boolean.TRUE;
            case "no", "n", "false", "0", "none", "not in place" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("is not yes or no");
        };
    }

    /**
     * Whether a statutory-basis cell says there is none: "Non-statutory", "No", "Not statutory",
     * "None", "N/A". A named Act, or "Statutory", is a basis.
     */
    public static boolean saysNotStatutory(String text) {
        String words = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return words.matches("no|non statutory|nonstatutory|not statutory|none|n a|not applicable|voluntary|"
                + "no statutory (basis|duty|requirement)|not a statutory (body|partnership|requirement)");
    }

    /** The constant whose label or name matches, ignoring case, spaces, hyphens and underscores. */
    public static Enum<?> choice(Class<? extends Enum<?>> type, String text) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            labels.add(((Labelled) constant).label());
            if (org.partnershipatlas.model.Labels.matches(constant, text)) {
                return constant;
            }
        }
        if (type == Frequency.class) {
            Frequency said = frequency(text);
            if (said != null) {
                return said;
            }
        }
        throw new IllegalArgumentException("is not one of the choices (" + String.join(", ", labels) + ")");
    }

    private static final Pattern EVERY = Pattern.compile("(?i)^(?:meets\\s+)?(?:every|each|once (?:a|every))\\s+"
            + "(?:(\\d+|one|two|three|four|six|other)\\s+)?(week|month|year)s?$");
    private static final Pattern TIMES = Pattern.compile("(?i)^(?:meets\\s+)?(\\d+|one|two|three|four|six|twelve)"
            + "\\s+times\\s+(?:a|per|each)\\s+year$");
    private static final Pattern WEEKLY = Pattern.compile("(?i)^(\\d+|two|four|six|eight)[\\s-]*weekly$");
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("one", 1, "two", 2, "three", 3,
            "four", 4, "six", 6, "eight", 8, "twelve", 12, "other", 2);

    /**
     * How often a register says a body meets in words: "every two months", "four times a year",
     * "six-weekly" (not a choice here, so refused), "as required". Only an exact number of times a
     * year is read; anything else stays for the user to choose.
     */
    static Frequency frequency(String text) {
        String said = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
        if (said.matches("as (required|needed|and when (required|needed))|when (required|needed)|on demand")) {
            return Frequency.AD_HOC;
        }
        if (said.matches("bi-?annual(ly)?|half[- ]yearly|twice yearly")) {
            return Frequency.TWICE_A_YEAR;
        }
        if (said.matches("yearly|annual|once a year")) {
            return Frequency.ANNUALLY;
        }
        double timesAYear = -1;
        Matcher every = EVERY.matcher(said);
        Matcher times = TIMES.matcher(said);
        Matcher weekly = WEEKLY.matcher(said);
        if (every.matches()) {
            int n = every.group(1) == null ? 1 : count(every.group(1));
            double perYear = switch (every.group(2)) {
                case "week" -> 52;
                case "month" -> 12;
                default -> 1;
            };
            timesAYear = perYear / n;
        } else if (times.matches()) {
            timesAYear = count(times.group(1));
        } else if (weekly.matches()) {
            timesAYear = 52.0 / count(weekly.group(1));
        }
        for (Frequency frequency : Frequency.values()) {
            if (frequency.timesAYear() > 0 && frequency.timesAYear() == timesAYear) {
                return frequency;
            }
        }
        return null;
    }

    private static int count(String word) {
        return COUNTS.containsKey(word) ? COUNTS.get(word) : Integer.parseInt(word);
    }

    private static List<DateTimeFormatter> dates() {
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String pattern : List.of("d/M/uuuu", "d/M/uu", "uuuu-M-d", "d-M-uuuu", "d.M.uuuu", "d-MMM-uu",
                "d-MMM-uuuu", "d MMM uuuu", "d MMMM uuuu", "d MMM uu", "d-MMMM-uuuu")) {
            for (Locale locale : List.of(Locale.UK, Locale.US)) {
                formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                        .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT));
            }
        }
        return formats;
    }
}
