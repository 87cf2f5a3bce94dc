package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;

/**
 * What a source says, by name, before it meets the map: bodies with the fields the source has (a field
 * it does not have is left as the map holds it), lines and seats between names, and every problem
 * found while reading. Every reader (spreadsheet, GraphML, Kumu, JSON) produces one; {@link ImportPlan}
 * turns it into one edit.
 *
 * @param source the file's name, for the undo label and messages
 */
public record ImportDraft(String source, List<DraftBody> bodies, List<DraftOrganisation> organisations,
                          List<DraftLine> lines, List<DraftSeat> seats, List<ImportIssue> issues) {

    /** Where a thing came from in the source, so a problem can point at it. */
    public record Origin(String sheet, int row) {
        public static final Origin NONE = new Origin("", 0);
    }

    /**
     * A body by name. {@code values} holds parsed values (text, dates, money, choices, yes/no);
     * {@code parties} holds names for the person and organisation fields; {@code themes} is null when
     * the source says nothing about themes.
     */
    public record DraftBody(Origin origin, String name, Map<BodyField, Object> values,
                            Map<BodyField, String> parties, List<String> themes) {
        public DraftBody {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            parties = Collections.unmodifiableMap(new LinkedHashMap<>(parties));
            themes = themes == null ? null : List.copyOf(themes);
        }
    }

    /** An organisation the source names, with its sector when it says. */
    public record DraftOrganisation(Origin origin, String name, String shortName, Sector sector) {
    }

    /** A line from one body to another by name; {@code column} and {@code value} are what to quote. */
    public record DraftLine(Origin origin, String from, String to, LineKind kind, String column) {
    }

    /**
     * A seat: a body, and the organisation or person (or both) who sits on it; or, for a council's
     * appointment to an outside body, the council's place (with or without a person named in it).
     *
     * @param kind the person's kind when the source says (a councillor, an officer by job title), else null
     * @param council whether the seat is the council's own place, held for the council
     */
    public record DraftSeat(Origin origin, String body, String organisation, Sector sector, String person,
                            SeatRole role, PersonKind kind, String place, String appointedBy,
                            Appointments.Terms terms, boolean council) {
        public DraftSeat {
            terms = terms == null ? Appointments.Terms.NONE : terms;
        }

        /** A seat from a members sheet: no place, terms or council's appointment. */
        public DraftSeat(Origin origin, String body, String organisation, Sector sector, String person,
                         SeatRole role) {
            this(origin, body, organisation, sector, person, role, null, null, null, null, false);
        }
    }

    public ImportDraft {
        bodies = List.copyOf(bodies);
        organisations = List.copyOf(organisations);
        lines = List.copyOf(lines);
        seats = List.copyOf(seats);
        issues = List.copyOf(issues);
    }

    /**
     * This draft with the kinds the user chose in the preview for some of its bodies (by name, any
     * case): each such body takes the kind, and the layer bodies of that kind sit in unless the source
     * gives one.
     */
    public ImportDraft withKinds(Map<String, BodyKind> kinds) {
        if (kinds.isEmpty()) {
            return this;
        }
        List<DraftBody> placed = new ArrayList<>();
        for (DraftBody body : bodies) {
            BodyKind kind = kinds.get(ImportPlan.lower(body.name()));
            if (kind == null) {
                placed.add(body);
                continue;
            }
            Map<BodyField, Object> values = new LinkedHashMap<>(body.values());
            values.put(BodyField.KIND, kind);
            values.putIfAbsent(BodyField.LAYER, kind == BodyKind.PARTNERSHIP_BOARD ? Layer.STRATEGIC : kind.usualLayer());
            placed.add(new DraftBody(body.origin(), body.name(), values, body.parties(), body.themes()));
        }
        return new ImportDraft(source, placed, organisations, lines, seats, issues);
    }

    /** Collects a draft while a reader works. */
    public static final class Builder {
        private final String source;
        final List<DraftBody> bodies = new ArrayList<>();
        final List<DraftOrganisation> organisations = new ArrayList<>();
        final List<DraftLine> lines = new ArrayList<>();
        final List<DraftSeat> seats = new ArrayList<>();
        final List<ImportIssue> issues = new ArrayList<>();

        public Builder(String source) {
            this.source = source;
        }

        public Builder body(DraftBody body) {
            bodies.add(body);
            return this;
        }

        public Builder organisation(DraftOrganisation organisation) {
            organisations.add(organisation);
            return this;
        }

        public Builder line(DraftLine line) {
            lines.add(line);
            return this;
        }

        public Builder seat(DraftSeat seat) {
            seats.add(seat);
            return this;
        }

        public Builder issue(ImportIssue issue) {
            issues.add(issue);
            return this;
        }

        public Builder issues(List<ImportIssue> more) {
            issues.addAll(more);
            return this;
        }

        public ImportDraft build() {
            return new ImportDraft(source, bodies, organisations, lines, seats, issues);
        }
    }
}
