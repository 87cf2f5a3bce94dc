package org.partnershipatlas.io.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipatlas.model.BodyField;

/**
 * Which column is which field, by header. {@link #propose} reads the headers councils use ("Name of
 * partnership", "Portfolio holder", "Council contribution (£)", "Review date", "Reports to") so that
 * a recognisable sheet imports with no other step; the user can change any column, and the mapping
 * is kept (as {@link #toText}) to propose the same next time.
 */
public final class ColumnMapping {
    private static final Map<String, ColumnTarget> KNOWN = known();
    private final Map<String, ColumnTarget> targets;

    private ColumnMapping(Map<String, ColumnTarget> targets) {
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** A mapping that knows no column yet. */
    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /** The mapping proposed for these sheets' headers, with {@code remembered} choices taking precedence. */
    public static ColumnMapping propose(List<SheetTable> sheets, ColumnMapping remembered) {
        Map<String, ColumnTarget> targets = new LinkedHashMap<>();
        for (SheetTable sheet : sheets) {
            Map<String, ColumnTarget> guessed = new LinkedHashMap<>();
            for (String header : sheet.header()) {
                guessed.putIfAbsent(key(header), guess(header));
            }
            fitToSheet(guessed);
            for (String header : sheet.header()) {
                ColumnTarget chosen = remembered == null ? null : remembered.targets.get(key(header));
                targets.putIfAbsent(key(header), chosen != null ? chosen : guessed.get(key(header)));
            }
        }
        return new ColumnMapping(targets);
    }

    /**
     * What a header means depends on its neighbours: on an outside-bodies list ("Organisation",
     * "Representative(s)") the organisation is the body the council appoints to, not a member of
     * one; a person column beside a body's name with no organisation or role column is the council's
     * appointments, not a members sheet.
     */
    private static void fitToSheet(Map<String, ColumnTarget> guessed) {
        ColumnTarget name = ColumnTarget.of(BodyField.NAME);
        boolean hasName = guessed.containsValue(name);
        boolean members = guessed.containsValue(ColumnTarget.SEAT_ROLE) || guessed.containsValue(ColumnTarget.SEAT_SECTOR);
        if (!hasName && guessed.containsValue(ColumnTarget.SEAT_ORGANISATION)) {
            String organisation = first(guessed, ColumnTarget.SEAT_ORGANISATION);
            guessed.put(organisation, name);
            hasName = true;
        }
        boolean organisations = guessed.containsValue(ColumnTarget.SEAT_ORGANISATION);
        if (hasName && !organisations && !members) {
            guessed.replaceAll((header, target) -> target.equals(ColumnTarget.SEAT_PERSON)
                    ? ColumnTarget.APPOINTMENTS : target);
        }
    }

    private static String first(Map<String, ColumnTarget> guessed, ColumnTarget target) {
        return guessed.entrySet().stream().filter(e -> e.getValue().equals(target)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** The target proposed for one header. */
    public static ColumnTarget guess(String header) {
        String normal = normalise(header);
        ColumnTarget exact = KNOWN.get(normal);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String synonym : KNOWN.keySet()) {
            if (synonym.contains(" ") && (" " + normal + " ").contains(" " + synonym + " ")
                    && (best == null || synonym.length() > best.length())) {
                best = synonym;
            }
        }
        return best == null ? ColumnTarget.IGNORE : KNOWN.get(best);
    }

    public ColumnTarget target(String header) {
        return targets.getOrDefault(key(header), ColumnTarget.IGNORE);
    }

    public ColumnMapping with(String header, ColumnTarget target) {
        Map<String, ColumnTarget> changed = new LinkedHashMap<>(targets);
        changed.put(key(header), target);
        return new ColumnMapping(changed);
    }

    /** One line per column, "Header = Target label", as a mapping file for {@code atlas import --mapping}. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        targets.forEach((header, target) -> text.append(header).append(" = ").append(target.key()).append('\n'));
        return text.toString();
    }

    /**
     * Reads a mapping file: "Header = target" a line, the target a field's label or key ("Lead
     * officer", "LEAD_OFFICER", "Reports to", "IGNORE"); blank lines and lines starting # are skipped.
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static ColumnMapping parse(String text) {
        Map<String, ColumnTarget> targets = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("line " + number + " (\"" + trimmed
                        + "\") is not \"Column header = field\"");
            }
            String field = trimmed.substring(equals + 1).strip();
            ColumnTarget target = ColumnTarget.find(field);
            if (target == null) {
                throw new IllegalArgumentException("line " + number + ": \"" + field + "\" is not a field; use one of "
                        + String.join(", ", ColumnTarget.all().stream().map(ColumnTarget::label).toList()));
            }
            targets.put(key(trimmed.substring(0, equals)), target);
        }
        return new ColumnMapping(targets);
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    /** Lower case, "£" and brackets and punctuation gone, "&" as "and", single spaces. */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replace("&", " and ").replace("organization", "organisation")
                .replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<String, ColumnTarget> known() {
        Map<String, ColumnTarget> known = new LinkedHashMap<>();
        for (BodyField field : BodyField.values()) {
            known.put(normalise(field.label()), ColumnTarget.of(field));
        }
        add(known, BodyField.NAME, "partnership", "name", "name of partnership", "partnership name", "body",
                "name of body", "body name", "board", "group", "group name", "partnership or network", "title",
                "partnership board", "outside body", "outside bodies", "external body", "external bodies",
                "external organisation", "name of outside body", "title of the partnership", "title of partnership",
                "name of the partnership", "partnership title", "name of the body");
        add(known, BodyField.SHORT_NAME, "short name", "abbreviation", "acronym", "short title");
        add(known, BodyField.KIND, "kind", "type", "kind of body", "type of body", "body type", "type of group");
        add(known, BodyField.LAYER, "layer", "level", "tier");
        add(known, BodyField.THEMES, "theme", "themes", "theme area", "priority", "priority area");
        add(known, BodyField.CLASSIFICATION, "classification", "partnership or network classification");
        add(known, BodyField.PURPOSE, "purpose", "aims", "description", "remit", "objectives");
        add(known, BodyField.CHAIR, "chair", "chairperson", "chaired by", "chair person");
        add(known, BodyField.VICE_CHAIR, "vice chair", "deputy chair", "vice chairperson");
        add(known, BodyField.LEAD_OFFICER, "lead officer", "officer lead", "council lead officer", "lead contact",
                "contact officer", "responsible officer", "council officer");
        add(known, BodyField.LEAD_MEMBER, "lead member", "portfolio holder", "cabinet member", "lead councillor",
                "portfolio", "lead cabinet member");
        add(known, BodyField.ACCOUNTABLE_BODY, "accountable body", "host organisation", "hosted by", "host");
        add(known, BodyField.TERMS_OF_REFERENCE, "terms of reference", "tor", "terms of reference link");
        add(known, BodyField.TERMS_AGREED, "terms agreed", "tor agreed", "terms of reference agreed",
                "date terms agreed");
        add(known, BodyField.LEGAL_STATUS, "legal status", "legal form", "constitution");
        add(known, BodyField.STATUTORY_BASIS, "statutory basis", "statutory", "legislation", "legal basis");
        add(known, BodyField.MEETING_FREQUENCY, "meets", "meeting frequency", "frequency", "frequency of meetings",
                "how often it meets", "meetings");
        add(known, BodyField.REPORTING_CYCLE, "reports", "reporting cycle", "reporting frequency");
        add(known, BodyField.LIFECYCLE_STAGE, "life cycle stage", "lifecycle", "lifecycle stage", "stage");
        add(known, BodyField.COUNCIL_CONTRIBUTION, "council contribution", "contribution", "council funding",
                "annual contribution", "council budget", "funding", "council contribution a year",
                "council contribution per year");
        add(known, BodyField.POOLED_BUDGET, "pooled budget", "budget", "total budget", "pooled fund");
        add(known, BodyField.RISK_RATING, "risk", "risk rating", "risk level");
        add(known, BodyField.INFORMATION_SHARING, "information sharing protocol", "isp", "information sharing",
                "data sharing agreement", "information sharing agreement");
        add(known, BodyField.INFORMATION_SHARING_AGREED, "protocol agreed", "isp agreed", "protocol agreed on");
        add(known, BodyField.EXIT_STRATEGY, "exit strategy");
        add(known, BodyField.LAST_REVIEWED, "last reviewed", "last review", "date of last review", "reviewed",
                "last review date");
        add(known, BodyField.NEXT_REVIEW_DUE, "review date", "next review", "next review due", "review due",
                "next review date");
        add(known, BodyField.SCRUTINY_COMMITTEE, "scrutiny committee", "scrutiny", "overview and scrutiny");
        add(known, BodyField.LAST_SCRUTINISED, "last scrutinised", "last scrutinized", "date last scrutinised");
        add(known, BodyField.NOTES, "notes", "comments", "remarks");
        add(known, ColumnTarget.REPORTS_TO, "reports to", "parent", "parent body", "accountable to", "reports into",
                "sub group of", "part of", "parent partnership", "reporting to");
        add(known, ColumnTarget.SEAT_ORGANISATION, "organisation", "member organisation", "agency",
                "partner organisation", "member", "partner", "organisation name");
        add(known, ColumnTarget.SEAT_PERSON, "person", "representative", "member name", "named representative",
                "attendee", "representative name");
        add(known, ColumnTarget.SEAT_ROLE, "role", "capacity", "role on board", "membership role");
        add(known, ColumnTarget.SEAT_SECTOR, "sector", "organisation sector");
        add(known, ColumnTarget.APPOINTMENTS, "appointment", "appointments", "representative s", "representatives",
                "current representative s", "current representatives", "councillor s", "councillors",
                "council representative", "council representatives", "council representative s", "members",
                "appointee", "appointees", "council appointee s", "council appointees", "nominated representative",
                "councillor representative", "councillor representatives", "appointed representative s",
                "council s representative s", "councils representatives", "nominee s", "nominees",
                "representative s appointed", "members appointed", "council members", "appointed members",
                "named councillor s");
        add(known, ColumnTarget.SUBSTITUTES, "deputy", "deputies", "substitute", "substitutes", "substitute s",
                "named substitute", "named substitutes", "deputy representative", "deputy representatives",
                "alternate", "alternates", "deputy s", "substitute member s", "substitute members");
        add(known, ColumnTarget.PLACES, "places", "number of places", "no of places", "seats", "number of seats",
                "no of seats", "number of representatives", "no of representatives", "council places");
        add(known, ColumnTarget.TERM, "term", "term of office", "term of appointment", "length of appointment",
                "appointment term", "term ends", "term expires", "expiry", "expiry date", "appointed until",
                "end of term", "until", "appointment ends", "duration", "period of appointment", "term of office ends");
        add(known, ColumnTarget.APPOINTED_BY, "appointed by", "appointing body", "appointment by", "nominated by",
                "appointment made by", "appointing authority", "decision by", "appointed at");
        return known;
    }

    private static void add(Map<String, ColumnTarget> known, BodyField field, String... synonyms) {
        add(known, ColumnTarget.of(field), synonyms);
    }

    private static void add(Map<String, ColumnTarget> known, ColumnTarget target, String... synonyms) {
        for (String synonym : synonyms) {
            known.put(normalise(synonym), target);
        }
    }
}
