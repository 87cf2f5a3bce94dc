package org.partnershipatlas.io.imports;

import static org.partnershipatlas.io.imports.ImportPlan.lower;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftOrganisation;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportPlan.Outcome;
import org.partnershipatlas.io.imports.ImportPlan.PlannedChanges;
import org.partnershipatlas.io.imports.ImportPlan.Status;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PartyFields;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.Theme;

/**
 * Turns the accepted part of a draft into model changes: themes, organisations and people found by
 * name or created, new bodies created (their kind and layer, when the source does not say, taken from
 * where they sit: a top board, the themed partnerships under it, sub-groups below), existing bodies
 * updated only in the fields the source has, and lines and seats added unless already there.
 */
final class ChangeMaker {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final AuthorityModel model;
    private final Map<String, Body> existing;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Long> themes = new HashMap<>();
    private final Map<String, Long> organisations = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<String, Body> planned = new HashMap<>();
    private Long councilId;
    private final Map<String, List<String>> seatsByBody = new HashMap<>();
    private final Set<Long> newPeople = new HashSet<>();
    private final Map<Long, PersonKind> kinds = new HashMap<>();
    private final Map<String, Placement> placed = new HashMap<>();
    private final Set<String> parents = new HashSet<>();

    ChangeMaker(AuthorityModel model, Map<String, Body> existing) {
        this.model = model;
        this.existing = existing;
        model.themes().forEach(t -> themes.putIfAbsent(lower(t.name()), t.id()));
        model.organisations().forEach(o -> organisations.putIfAbsent(lower(o.name()), o.id()));
        model.people().forEach(p -> people.putIfAbsent(lower(p.name()), p.id()));
        model.themes().forEach(t -> names.put(t.id(), t.name()));
        model.organisations().forEach(o -> names.put(o.id(), o.name()));
        model.people().forEach(p -> names.put(p.id(), p.name()));
    }

    PlannedChanges make(Collection<DraftBody> bodies, List<DraftOrganisation> draftOrganisations,
                        List<DraftLine> lines, List<DraftSeat> seats) {
        for (DraftOrganisation organisation : draftOrganisations) {
            organisation(organisation.name(), organisation.shortName(), organisation.sector());
        }
        Map<String, String> parentOf = new HashMap<>();
        for (DraftLine line : lines) {
            parentOf.putIfAbsent(lower(line.from()), lower(line.to()));
        }
        parents.addAll(parentOf.values());
        Map<String, DraftBody> byName = new LinkedHashMap<>();
        bodies.forEach(b -> byName.put(lower(b.name()), b));
        Map<String, Outcome> outcomes = new HashMap<>();
        for (DraftBody body : bodies) {
            outcomes.put(lower(body.name()), plan(body, byName, parentOf));
        }
        int lineCount = addLines(lines);
        int seatCount = addSeats(seats);
        return new PlannedChanges(changes, outcomes, lineCount, seatCount, seatsByBody);
    }

    private Outcome plan(DraftBody draft, Map<String, DraftBody> byName, Map<String, String> parentOf) {
        Body before = existing.get(lower(draft.name()));
        Body base = before != null ? before
                : Body.create(model.newId(), draft.name(), BodyKind.THEMED_PARTNERSHIP, Layer.STRATEGIC);
        Placement placement = null;
        if (before == null) {
            placement = placeOf(lower(draft.name()), byName, parentOf, new HashSet<>());
            base = base.with(BodyField.KIND, placement.kind()).with(BodyField.LAYER, placement.layer());
        }
        Body after = base;
        for (Map.Entry<BodyField, Object> value : draft.values().entrySet()) {
            after = after.with(value.getKey(), value.getValue());
        }
        for (Map.Entry<BodyField, String> party : draft.parties().entrySet()) {
            BodyField field = party.getKey();
            Long id = field.type() == FieldType.ORGANISATION ? organisation(party.getValue(), null, null)
                    : person(party.getValue(), kindFor(field), null);
            after = after.with(field, id);
        }
        if (draft.themes() != null) {
            List<Long> ids = new ArrayList<>();
            for (String theme : draft.themes()) {
                Long id = theme(theme);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            after = after.with(BodyField.THEMES, ids);
        }
        planned.put(lower(draft.name()), after);
        if (before == null) {
            changes.add(Change.create(after));
            return new Outcome(draft.name(), draft.origin(), Status.NEW, List.of(), (BodyKind) after.kind(),
                    after.layer(), placement.why(), List.of());
        }
        if (after.equals(before)) {
            return new Outcome(draft.name(), draft.origin(), Status.UNCHANGED, List.of());
        }
        changes.add(Change.update(before, after));
        List<String> differences = new ArrayList<>();
        for (BodyField field : BodyField.values()) {
            Object was = field.read(before);
            Object now = field.read(after);
            if (!Objects.equals(was, now)) {
                differences.add(field.label() + ": " + shown(field, was) + " \u2192 " + shown(field, now));
            }
        }
        return new Outcome(draft.name(), draft.origin(), Status.CHANGED, differences);
    }

    /** A new body's kind and layer, and why, for the preview. */
    record Placement(BodyKind kind, Layer layer, String why) {
    }

    /**
     * Kind and layer from the place in the tree (a top board, then themed partnerships, then
     * sub-groups), or, for a body that neither reports to nor heads anything in the file (a flat
     * register), from what its name says; what the file itself says comes first.
     */
    private Placement placeOf(String name, Map<String, DraftBody> byName, Map<String, String> parentOf,
                              Set<String> seen) {
        Placement known = placed.get(name);
        if (known != null) {
            return known;
        }
        Placement placement = placing(name, byName, parentOf, seen);
        placed.put(name, placement);
        return placement;
    }

    private Placement placing(String name, Map<String, DraftBody> byName, Map<String, String> parentOf,
                              Set<String> seen) {
        DraftBody draft = byName.get(name);
        BodyKind kind = draft == null ? null : (BodyKind) draft.values().get(BodyField.KIND);
        Layer layer = draft == null ? null : (Layer) draft.values().get(BodyField.LAYER);
        Body onMap = existing.get(name);
        if (draft == null && onMap != null) {
            return new Placement(onMap.kind(), onMap.layer(), "on the map");
        }
        if (kind != null) {
            return new Placement(kind, layer != null ? layer : usualLayer(kind), "as the file says");
        }
        String parent = parentOf.get(name);
        if (parent == null || !seen.add(name)) {
            if (parents.contains(name)) {
                return new Placement(BodyKind.PARTNERSHIP_BOARD, layer != null ? layer : Layer.STRATEGIC,
                        "heads the bodies that report to it");
            }
            BodyWords.Reading words = BodyWords.read(draft == null ? name : draft.name());
            BodyKind said = words == null ? BodyKind.THEMED_PARTNERSHIP : words.kind();
            return new Placement(said, layer != null ? layer : usualLayer(said), words == null
                    ? "no word in its name says more" : "from \u201c" + words.word() + "\u201d in its name");
        }
        Placement above = placeOf(parent, byName, parentOf, seen);
        boolean underTop = above.kind() == BodyKind.PARTNERSHIP_BOARD;
        BodyKind guessedKind = underTop ? BodyKind.THEMED_PARTNERSHIP : BodyKind.SUB_GROUP;
        BodyWords.Reading words = BodyWords.read(draft == null ? name : draft.name());
        if (!underTop && words != null && words.kind().usualLayer() == Layer.OPERATIONAL) {
            guessedKind = words.kind();
        }
        Layer guessedLayer = underTop ? Layer.EXECUTIVE
                : Layer.values()[Math.min(above.layer().ordinal() + 1, Layer.values().length - 1)];
        return new Placement(guessedKind, layer != null ? layer : guessedLayer, "from where it reports");
    }

    private static Layer usualLayer(BodyKind kind) {
        return kind == BodyKind.PARTNERSHIP_BOARD ? Layer.STRATEGIC : kind.usualLayer();
    }

    private int addLines(List<DraftLine> lines) {
        Set<String> present = new HashSet<>();
        for (AccountabilityLine line : model.lines()) {
            present.add(line.fromBodyId() + ">" + line.toBodyId());
        }
        int added = 0;
        for (DraftLine line : lines) {
            long from = bodyId(line.from());
            long to = bodyId(line.to());
            if (present.add(from + ">" + to)) {
                changes.add(Change.create(new AccountabilityLine(model.newId(), from, to, line.kind())));
                added++;
            }
        }
        return added;
    }

    private int addSeats(List<DraftSeat> seats) {
        Set<String> present = new HashSet<>();
        for (Seat seat : model.seats()) {
            present.add(seatKey(seat.bodyId(), seat.organisationId(), seat.personId(), seat.role(), seat.place()));
        }
        int added = 0;
        for (DraftSeat seat : seats) {
            long body = bodyId(seat.body());
            Long organisation = seat.council() ? council()
                    : seat.organisation() == null ? null : organisation(seat.organisation(), null, seat.sector());
            PersonKind kind = seat.kind() != null ? seat.kind() : seat.council() ? PartyFields.guessKind(
                    seat.person() == null ? "" : seat.person()) : PersonKind.PARTNER;
            Long person = seat.person() == null ? null : person(seat.person(), kind,
                    seat.council() && kind == PersonKind.PARTNER ? null : organisation);
            if (present.add(seatKey(body, organisation, person, seat.role(), seat.place()))) {
                Seat made = new Seat(model.newId(), body, organisation, person, seat.role(), seat.appointedBy(),
                        seat.terms().from(), seat.terms().until(), seat.place(), seat.terms().notes());
                changes.add(Change.create(made));
                seatsByBody.computeIfAbsent(lower(seat.body()), k -> new ArrayList<>()).add(describe(made));
                added++;
            }
        }
        return added;
    }

    /** "Cllr Ahmed (new councillor): member, until 31/05/2027"; "Northgate Ward Member: no one named". */
    private String describe(Seat seat) {
        StringBuilder text = new StringBuilder();
        if (seat.personId() != null) {
            text.append(names.get(seat.personId()));
            if (newPeople.contains(seat.personId())) {
                text.append(" (new ").append(kinds.get(seat.personId()).label().toLowerCase(java.util.Locale.ROOT))
                        .append(')');
            }
            text.append(": ").append(seat.role().label().toLowerCase(java.util.Locale.ROOT));
            if (seat.place() != null) {
                text.append(" as ").append(seat.place());
            }
        } else if (seat.place() != null) {
            text.append(seat.place()).append(": no one named");
        } else {
            text.append(names.get(seat.organisationId())).append(": ")
                    .append(seat.role().label().toLowerCase(java.util.Locale.ROOT));
        }
        if (seat.from() != null) {
            text.append(", from ").append(SHOWN.format(seat.from()));
        }
        if (seat.until() != null) {
            text.append(", until ").append(SHOWN.format(seat.until()));
        }
        if (seat.notes() != null) {
            text.append(" (").append(seat.notes()).append(')');
        }
        return text.toString();
    }

    private static String seatKey(long body, Long organisation, Long person, SeatRole role, String place) {
        return body + "/" + organisation + "/" + person + "/" + role + "/"
                + (person == null && place != null ? lower(place) : "");
    }

    /**
     * The council, whose places an outside-bodies list gives: the organisation marked as the council,
     * or named as the authority, or else added under the authority's name.
     */
    private Long council() {
        if (councilId == null) {
            Organisation found = model.organisations().stream().filter(Organisation::council).findFirst()
                    .orElse(model.organisations().stream().filter(o -> o.name().equalsIgnoreCase(
                            model.authority().name())).findFirst().orElse(null));
            if (found != null) {
                councilId = found.id();
            } else {
                Long known = organisations.get(lower(model.authority().name()));
                if (known != null) {
                    councilId = known;
                } else {
                    Organisation council = new Organisation(model.newId(), model.authority().name(), null,
                            Sector.LOCAL_GOVERNMENT, true);
                    changes.add(Change.create(council));
                    names.put(council.id(), council.name());
                    organisations.put(lower(council.name()), council.id());
                    councilId = council.id();
                }
            }
        }
        return councilId;
    }

    private long bodyId(String name) {
        Body body = planned.get(lower(name));
        return body != null ? body.id() : existing.get(lower(name)).id();
    }

    private Long theme(String name) {
        return themes.computeIfAbsent(lower(name), key -> {
            Theme theme = new Theme(model.newId(), name.strip());
            changes.add(Change.create(theme));
            names.put(theme.id(), theme.name());
            return theme.id();
        });
    }

    private Long organisation(String name, String shortName, Sector sector) {
        return organisations.computeIfAbsent(lower(name), key -> {
            Organisation organisation = new Organisation(model.newId(), name.strip(), shortName,
                    sector == null ? Sector.OTHER : sector);
            changes.add(Change.create(organisation));
            names.put(organisation.id(), organisation.name());
            return organisation.id();
        });
    }

    private Long person(String written, PersonKind kind, Long organisation) {
        PersonNames.Named named = PersonNames.split(written);
        String name = named.name();
        return people.computeIfAbsent(lower(name), key -> {
            Person person = new Person(model.newId(), name, kind, named.title(), organisation, null, null);
            changes.add(Change.create(person));
            newPeople.add(person.id());
            kinds.put(person.id(), kind);
            names.put(person.id(), person.name());
            return person.id();
        });
    }

    private static PersonKind kindFor(BodyField field) {
        return switch (field) {
            case LEAD_MEMBER -> PersonKind.COUNCILLOR;
            case LEAD_OFFICER -> PersonKind.OFFICER;
            default -> PersonKind.PARTNER;
        };
    }

    private String shown(BodyField field, Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return "(empty)";
        }
        if (value instanceof List<?> ids) {
            return String.join(", ", ids.stream().map(id -> names.getOrDefault((Long) id, "?")).toList());
        }
        if (field.type() == FieldType.PERSON || field.type() == FieldType.ORGANISATION) {
            return names.getOrDefault((Long) value, "?");
        }
        if (value instanceof LocalDate date) {
            return SHOWN.format(date);
        }
        if (value instanceof Money money) {
            return money.format();
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return "\"" + value + "\"";
    }
}
