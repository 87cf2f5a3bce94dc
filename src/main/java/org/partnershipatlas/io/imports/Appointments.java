package org.partnershipatlas.io.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.SeatRole;

/**
 * Reads an appointment cell of an outside-bodies list the ways councils write one: "Councillor Ahmed
 * (deputy Councillor Brook) (until May 2027)", "Leader and Deputy Leader (Councillors Cole and Dunn)",
 * "Cabinet Member for Housing (Councillor Evans)", "Councillor Fox and Grant", "Northgate Ward Member",
 * "2 places", "Mrs Jane Hill", "Sam Patel, Director (Place)". Each appointment is a person (or, for a
 * place held by role, no one), the place as written, and the terms that could be read as dates; what
 * could not be read stays as notes, so nothing the register said is lost and no date is guessed.
 */
public final class Appointments {
    /**
     * One place on a body: {@code person} null for a place held by role with no one named.
     *
     * @param kind the person's kind as the cell shows it (a councillor, an officer by job title), or null
     */
    public record Appointment(String person, PersonKind kind, SeatRole role, String place, Terms terms) {
        Appointment withTerms(Terms more) {
            return new Appointment(person, kind, role, place, terms.or(more));
        }
    }

    /** The dates an appointment's terms give, and the words that gave no date (or null when none). */
    public record Terms(LocalDate from, LocalDate until, String notes) {
        public static final Terms NONE = new Terms(null, null, null);

        /** These terms, with what they do not say taken from {@code other}. */
        public Terms or(Terms other) {
            return new Terms(from != null ? from : other.from, until != null ? until : other.until,
                    notes != null ? notes : other.notes);
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern COUNCILLORS = Pattern.compile("(?i)^(councillors?|cllrs?\\.?)\\s+(.+)$");
    private static final Pattern SUBSTITUTE = Pattern.compile(
            "(?i)^(deputy|deputies|substitutes?|subs?|alternates?|reserves?|named substitutes?)\\s*[:\\-–]?\\s*(.+)$");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)^(mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\\.?\\s+.+");
    private static final Pattern PLACES = Pattern.compile(
            "(?i)^(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(\\s+(council\\s+)?(places?|seats?|"
                    + "representatives?|members?|councillors?|vacanc(y|ies)))?$");
    private static final Pattern BY_ROLE = Pattern.compile("(?i).*\\b(ward member|ward councillor|member for|"
            + "cabinet member|portfolio holder|leader|mayor|chair of|executive member|lead member|representative of|"
            + "any councillor|vacan(t|cy)|to be (confirmed|appointed)|tbc|nominee|appointee)\\b.*");
    private static final Pattern LIST = Pattern.compile("\\s*(?:,|&|\\band\\b|\\n)\\s*");
    private static final Pattern ENTRIES = Pattern.compile("\\s*(?:;|\\n|\\s/\\s)\\s*");
    private static final Pattern NEXT_PERSON = Pattern.compile(
            "(?i),\\s*(?=(councillors?|cllrs?\\.?|mr|mrs|ms|miss|dr)\\s)");
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private static final String DATE = "(\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9}\\.?,?\\s+\\d{4}|\\d{1,2}[/.\\-]\\d{1,2}"
            + "[/.\\-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2}|[A-Za-z]{3,9}\\.?\\s+\\d{4})";
    private static final Pattern UNTIL = Pattern.compile("(?i)\\b(until|till|to|expires?|expiring|expiry|ends?|"
            + "ending|end(?:s)? on|term ends|due to end)\\s*:?\\s+(?:on\\s+|in\\s+)?" + DATE);
    private static final Pattern FROM = Pattern.compile("(?i)\\b(since|from|appointed|started|starting|w\\.?e\\.?f\\.?|"
            + "with effect from|began)\\s*:?\\s+(?:on\\s+|in\\s+)?" + DATE);
    private static final Pattern RANGE = Pattern.compile("(?i)^\\s*" + DATE + "\\s*(?:-|–|to|until)\\s*" + DATE + "\\s*$");
    private static final Pattern ONLY_DATE = Pattern.compile("(?i)^\\s*" + DATE + "\\s*$");
    private static final Pattern TERM_WORDS = Pattern.compile("(?i)\\b(representative|appointed|appointment|term|"
            + "of|office|the|current|on|in|date)\\b|[^A-Za-z0-9]+");
    private static final List<DateTimeFormatter> MONTH_YEAR = List.of(formatter("MMMM uuuu"), formatter("MMM uuuu"));

    private Appointments() {
    }

    /**
     * The appointments a cell names, in the order written.
     *
     * @param usual the kind of a person named without a title ("Jane Hill" in a "Councillor(s)" column
     *              is a councillor), or null when the column does not say
     */
    public static List<Appointment> read(String cell, PersonKind usual) {
        List<Appointment> all = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return all;
        }
        // a bracket on the next line belongs to the line above: "Cabinet Member for Housing\n(Councillor Evans)"
        String text = NEXT_PERSON.matcher(cell.strip().replaceAll("\\s*\\n\\s*\\(", " (")).replaceAll(";");
        for (String entry : ENTRIES.split(text)) {
            if (!entry.isBlank()) {
                all.addAll(entry(entry.strip(), usual));
            }
        }
        return all;
    }

    private static List<Appointment> entry(String entry, PersonKind usual) {
        List<String> named = new ArrayList<>();
        List<String> substitutes = new ArrayList<>();
        Terms terms = Terms.NONE;
        String bracketPlace = null;
        StringBuilder outside = new StringBuilder();
        Matcher bracket = BRACKETS.matcher(entry);
        int last = 0;
        while (bracket.find()) {
            String inside = bracket.group(1).strip();
            Matcher substitute = SUBSTITUTE.matcher(inside);
            Terms read = terms(inside);
            boolean kept = false;
            boolean byRole = BY_ROLE.matcher(inside).matches() && !inside.matches("(?i).*\\b(councillors?|cllrs?)\\b.*");
            if (byRole && bracketPlace == null) {
                bracketPlace = inside;
            } else if (substitute.matches()) {
                substitutes.addAll(names(substitute.group(2), usual));
            } else if (read.from() != null || read.until() != null) {
                terms = terms.or(read);
            } else if (COUNCILLORS.matcher(inside).matches()) {
                named.addAll(names(inside, usual));
            } else if (looksLikeTerms(inside)) {
                terms = terms.or(read);
            } else {
                kept = true;
            }
            outside.append(entry, last, kept ? bracket.end() : bracket.start());
            last = bracket.end();
        }
        outside.append(entry.substring(last));
        String rest = outside.toString().replaceAll("\\s+", " ").strip().replaceAll("[,;:]$", "").strip();
        List<Appointment> found = new ArrayList<>();
        if (!named.isEmpty()) {
            List<String> places = places(rest, named.size());
            for (int i = 0; i < named.size(); i++) {
                found.add(person(named.get(i), SeatRole.MEMBER, places.size() == named.size() ? places.get(i)
                        : places.isEmpty() ? null : rest, usual, terms));
            }
        } else if (bracketPlace != null && !rest.isEmpty()) {
            for (String name : names(rest, usual)) {
                found.add(person(name, SeatRole.MEMBER, bracketPlace, usual, terms));
            }
        } else if (!rest.isEmpty()) {
            found.addAll(held(rest, usual, terms));
        } else if (bracketPlace != null) {
            found.add(new Appointment(null, null, SeatRole.MEMBER, bracketPlace, terms));
        }
        for (String substitute : substitutes) {
            found.add(person(substitute, SeatRole.SUBSTITUTE, null, usual, terms));
        }
        return found;
    }

    /** What the part outside brackets holds: named people, a number of places, or a place held by role. */
    private static List<Appointment> held(String rest, PersonKind usual, Terms terms) {
        List<Appointment> found = new ArrayList<>();
        Matcher places = PLACES.matcher(rest);
        if (places.matches()) {
            String number = places.group(1).toLowerCase(Locale.ROOT);
            int count = NUMBERS.containsKey(number) ? NUMBERS.get(number) : Integer.parseInt(number);
            for (int i = 1; i <= count; i++) {
                found.add(new Appointment(null, null, SeatRole.MEMBER,
                        count == 1 ? "Council place" : "Council place " + i + " of " + count, terms));
            }
            return found;
        }
        if (!COUNCILLORS.matcher(rest).matches() && (BY_ROLE.matcher(rest).matches() || !readableAsNames(rest))) {
            found.add(new Appointment(null, null, SeatRole.MEMBER, rest, terms));
            return found;
        }
        for (String name : names(rest, usual)) {
            found.add(person(name, SeatRole.MEMBER, null, usual, terms));
        }
        return found;
    }

    private static Appointment person(String name, SeatRole role, String place, PersonKind usual, Terms terms) {
        PersonNames.Named split = PersonNames.split(name);
        PersonKind kind = name.startsWith("Cllr ") ? PersonKind.COUNCILLOR
                : split.title() != null ? PersonKind.OFFICER
                : HONORIFIC.matcher(name).matches() ? PersonKind.PARTNER : usual;
        return new Appointment(name, kind, role, place, terms);
    }

    /**
     * The people a list names: "Councillors Cole and Dunn", "Councillor Fox and Grant", "Cllr A, Cllr B",
     * "Sam Patel, Director (Place)" (one person with a job title, not two).
     */
    private static List<String> names(String text, PersonKind usual) {
        List<String> names = new ArrayList<>();
        Matcher councillors = COUNCILLORS.matcher(text.strip());
        boolean allCouncillors = councillors.matches();
        String list = allCouncillors ? councillors.group(2) : text.strip();
        if (!allCouncillors && PersonNames.split(list).title() != null && !list.contains(" and ")) {
            names.add(list);
            return names;
        }
        for (String part : LIST.split(list)) {
            String name = part.strip().replaceFirst("(?i)^(councillor|cllr\\.?)\\s+", "Cllr ");
            if (name.isEmpty()) {
                continue;
            }
            boolean councillor = allCouncillors || name.startsWith("Cllr ") || usual == PersonKind.COUNCILLOR
                    && !HONORIFIC.matcher(name).matches();
            names.add(councillor && !name.startsWith("Cllr ") ? "Cllr " + name : name);
        }
        return names;
    }

    /** "Leader and Deputy Leader" for two people is two places; for one, the whole text is the place. */
    private static List<String> places(String rest, int people) {
        if (rest.isEmpty()) {
            return List.of();
        }
        if (people > 1) {
            String[] parts = LIST.split(rest);
            if (parts.length == people) {
                return List.of(parts);
            }
        }
        return List.of(rest);
    }

    private static boolean readableAsNames(String text) {
        return !text.matches(".*\\d.*") && text.split("\\s+").length <= 8 && Character.isUpperCase(text.charAt(0));
    }

    private static boolean looksLikeTerms(String text) {
        return text.matches("(?i).*\\b(term|until|expir\\w*|since|appointed|annual (council|meeting)|agm|years?|"
                + "\\d{4})\\b.*");
    }

    /**
     * The dates a term gives: "until May 2027" (the last day of May), "Representative since 01 April
     * 2024", "01/06/2024 - 31/05/2028". Words that give no date ("four-year term, expiring Annual
     * Council 2027") are the notes, whole, so that what was written is kept as written.
     */
    public static Terms terms(String text) {
        if (text == null || text.isBlank()) {
            return Terms.NONE;
        }
        String written = text.strip();
        LocalDate from = null;
        LocalDate until = null;
        String left = written;
        Matcher range = RANGE.matcher(written);
        if (range.matches()) {
            from = date(range.group(1), false);
            until = date(range.group(2), true);
            left = from != null && until != null ? "" : written;
        } else {
            Matcher ends = UNTIL.matcher(left);
            if (ends.find() && (until = date(ends.group(2), true)) != null) {
                left = left.substring(0, ends.start()) + " " + left.substring(ends.end());
            }
            Matcher starts = FROM.matcher(left);
            if (starts.find() && (from = date(starts.group(2), false)) != null) {
                left = left.substring(0, starts.start()) + " " + left.substring(starts.end());
            }
            Matcher only = ONLY_DATE.matcher(left);
            if (from == null && until == null && only.matches() && (until = date(only.group(1), true)) != null) {
                left = "";
            }
        }
        boolean allRead = TERM_WORDS.matcher(left).replaceAll("").isBlank();
        return new Terms(from, until, allRead ? null : written);
    }

    /** A written date; a month and year alone is that month's first day for a start, last for an end. */
    private static LocalDate date(String text, boolean end) {
        String cleaned = text.replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1").replace(",", "").replace(".", " ")
                .replaceAll("\\s+", " ").strip();
        if (cleaned.matches("\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}|\\d{1,2} \\d{1,2} \\d{4}")) {
            cleaned = cleaned.replace(' ', '/');
        }
        try {
            return CellValues.date(cleaned);
        } catch (IllegalArgumentException notAFullDate) {
            String month = cleaned.length() > 4 ? cleaned.replaceFirst("(?i)^sept ", "Sep ") : cleaned;
            for (DateTimeFormatter format : MONTH_YEAR) {
                try {
                    YearMonth yearMonth = YearMonth.parse(month, format);
                    return end ? yearMonth.atEndOfMonth() : yearMonth.atDay(1);
                } catch (DateTimeParseException ignored) {
                    // try the short month
                }
            }
            return null;
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK);
    }
}
