package org.partnershipatlas.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PartyEdits;
import org.partnershipatlas.model.PartyFields;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.TypedDates;

/**
 * The rows of a table of edits about people, organisations, seats and actions: what the People and
 * Organisations screens, the seat dialog and the action plan do, for {@code atlas apply}. Each works
 * out the same edit the window would make (deleting and merging through {@link PartyEdits}, fields
 * through {@link PartyFields}), so the two cannot drift apart.
 */
final class PartyEditRows {
    private PartyEditRows() {
    }

    /** The edit for a row whose action is about a person, organisation, seat or action; null for any other action. */
    static Edit edit(AuthorityModel model, EditTable.Row row, String action, LocalDate today) {
        try {
            return switch (action) {
                case "add person" -> addPerson(model, row);
                case "set person" -> setPerson(model, PartyFields.personNamed(model, row.body()), row);
                case "remove person" -> {
                    Person person = PartyFields.personNamed(model, row.body());
                    yield new Edit("Delete person " + person.name(), PartyEdits.deletionOf(model, person));
                }
                case "merge person" -> {
                    Person gone = PartyFields.personNamed(model, row.body());
                    Person kept = PartyFields.personNamed(model, row.value());
                    yield new Edit("Merge " + gone.name() + " into " + kept.name(), PartyEdits.mergeOf(model, kept, gone));
                }
                case "add organisation" -> addOrganisation(model, row);
                case "set organisation" -> setOrganisation(model, PartyFields.organisationNamed(model, row.body()), row);
                case "remove organisation" -> {
                    Organisation organisation = PartyFields.organisationNamed(model, row.body());
                    yield new Edit("Delete organisation " + organisation.name(),
                            PartyEdits.deletionOf(model, organisation));
                }
                case "merge organisation" -> {
                    Organisation gone = PartyFields.organisationNamed(model, row.body());
                    Organisation kept = PartyFields.organisationNamed(model, row.value());
                    yield new Edit("Merge " + gone.name() + " into " + kept.name(), PartyEdits.mergeOf(model, kept, gone));
                }
                case "add seat" -> addSeat(model, row);
                case "set seat" -> setSeat(model, row);
                case "remove seat" -> Edit.of("Remove seat", Change.delete(seat(model, row)));
                case "add action" -> addAction(model, row, today);
                case "set action" -> setAction(model, row);
                case "remove action" -> Edit.of("Delete action", Change.delete(action(model, row.body())));
                default -> null;
            };
        } catch (IllegalArgumentException e) {
            throw new ModelException(e.getMessage());
        }
    }

    /** {@code add person, NAME[, FIELD, VALUE]}: a partner until said otherwise, a councillor when named "Cllr". */
    private static Edit addPerson(AuthorityModel model, EditTable.Row row) {
        String name = needName(row, "person");
        if (model.people().stream().anyMatch(p -> p.name().equalsIgnoreCase(name))) {
            throw new ModelException("there is already a person called \"" + name + "\"");
        }
        Person person = new Person(model.newId(), name, PartyFields.guessKind(name), null, null, null, null);
        if (!row.field().isBlank()) {
            person = withPersonField(model, person, row);
        }
        return Edit.of("Add person " + name, Change.create(person));
    }

    private static Edit setPerson(AuthorityModel model, Person person, EditTable.Row row) {
        Person changed = withPersonField(model, person, row);
        return Edit.of("Change " + person.name() + "'s " + row.field().strip().toLowerCase(Locale.ROOT),
                Change.update(person, changed));
    }

    private static Person withPersonField(AuthorityModel model, Person person, EditTable.Row row) {
        PartyFields.PersonField field = PartyFields.choice(PartyFields.PersonField.class, row.field(), "field of a person");
        return PartyFields.with(person, field, PartyFields.parse(model, field, row.value()));
    }

    /** {@code add organisation, NAME[, FIELD, VALUE]}. */
    private static Edit addOrganisation(AuthorityModel model, EditTable.Row row) {
        String name = needName(row, "organisation");
        if (model.organisations().stream().anyMatch(o -> o.name().equalsIgnoreCase(name))) {
            throw new ModelException("there is already an organisation called \"" + name + "\"");
        }
        Organisation organisation = new Organisation(model.newId(), name, null, Sector.OTHER, false);
        if (!row.field().isBlank()) {
            organisation = withOrganisationField(model, organisation, row);
        }
        return Edit.of("Add organisation " + name, Change.create(organisation));
    }

    private static Edit setOrganisation(AuthorityModel model, Organisation organisation, EditTable.Row row) {
        return Edit.of("Change " + organisation.name() + "'s " + row.field().strip().toLowerCase(Locale.ROOT),
                Change.update(organisation, withOrganisationField(model, organisation, row)));
    }

    private static Organisation withOrganisationField(AuthorityModel model, Organisation organisation,
                                                      EditTable.Row row) {
        PartyFields.OrganisationField field = PartyFields.choice(PartyFields.OrganisationField.class, row.field(),
                "field of an organisation");
        return PartyFields.with(model, organisation, field, PartyFields.parse(model, field, row.value()));
    }

    /**
     * {@code add seat, BODY, ROLE, WHO}: WHO is a recorded person (sitting for their organisation), an
     * organisation, or "PERSON for ORGANISATION". A person already on the body has their seat changed.
     */
    private static Edit addSeat(AuthorityModel model, EditTable.Row row) {
        Body body = body(model, row.body());
        SeatRole role = row.field().isBlank() ? SeatRole.MEMBER : PartyFields.choice(SeatRole.class, row.field(), "role");
        Holder holder = holder(model, row.who());
        Seat same = holder.personId() == null ? null : model.seatsOn(body.id()).stream()
                .filter(s -> Objects.equals(s.personId(), holder.personId())).findFirst().orElse(null);
        Seat seat = same != null ? new Seat(same.id(), body.id(), holder.organisationId(), holder.personId(), role,
                same.appointedBy(), same.from(), same.until(), same.place(), same.notes())
                : new Seat(model.newId(), body.id(), holder.organisationId(), holder.personId(), role);
        return Edit.of("Add seat on " + body.name(), same == null ? Change.create(seat) : Change.update(same, seat));
    }

    /** {@code set seat, BODY, Role|Until|From|Appointed by|Place|Notes, VALUE, WHO}. */
    private static Edit setSeat(AuthorityModel model, EditTable.Row row) {
        Seat seat = seat(model, row);
        String field = row.field().strip().toLowerCase(Locale.ROOT);
        Seat changed = switch (field) {
            case "role" -> seat.withRole(PartyFields.choice(SeatRole.class, row.value(), "role"));
            case "until" -> seat.withTerms(seat.appointedBy(), seat.from(), date(row.value()), seat.notes());
            case "from" -> seat.withTerms(seat.appointedBy(), date(row.value()), seat.until(), seat.notes());
            case "appointed by" -> seat.withTerms(row.value(), seat.from(), seat.until(), seat.notes());
            case "notes" -> seat.withTerms(seat.appointedBy(), seat.from(), seat.until(), row.value());
            case "place" -> new Seat(seat.id(), seat.bodyId(), seat.organisationId(), seat.personId(), seat.role(),
                    seat.appointedBy(), seat.from(), seat.until(), row.value(), seat.notes());
            default -> throw new ModelException("\"" + row.field() + "\" is not a field of a seat; use Role, From, "
                    + "Until, Appointed by, Place or Notes");
        };
        if (changed.from() != null && changed.until() != null && changed.until().isBefore(changed.from())) {
            throw new ModelException("the appointment would end before it starts");
        }
        return Edit.of("Change seat on " + model.body(seat.bodyId()).name(), Change.update(seat, changed));
    }

    /** The seat on BODY held by WHO. */
    private static Seat seat(AuthorityModel model, EditTable.Row row) {
        Body body = body(model, row.body());
        Holder holder = holder(model, row.who());
        return model.seatsOn(body.id()).stream()
                .filter(s -> holder.personId() != null ? Objects.equals(s.personId(), holder.personId())
                        : s.personId() == null && Objects.equals(s.organisationId(), holder.organisationId()))
                .findFirst().orElseThrow(() -> new ModelException(row.who().strip() + " has no seat on \""
                        + body.name() + "\""));
    }

    /** {@code add action, [BODY], [FIELD], DESCRIPTION}: owned by the body when one is named, else by the council. */
    private static Edit addAction(AuthorityModel model, EditTable.Row row, LocalDate today) {
        Body body = row.body().isBlank() ? null : body(model, row.body());
        Action action = new Action(model.newId(), row.value(), body == null ? ActionOwner.COUNCIL : ActionOwner.BODY,
                body == null ? null : body.id(), null, ActionStatus.NOT_STARTED, ActionSource.ANNUAL_REVIEW,
                body == null ? List.of() : List.of(body.id()), null, today);
        return Edit.of("Add action", Change.create(action));
    }

    /** {@code set action, DESCRIPTION, Description|Status|Source|Target date|Owner, VALUE}. */
    private static Edit setAction(AuthorityModel model, EditTable.Row row) {
        Action a = action(model, row.body());
        String field = row.field().strip().toLowerCase(Locale.ROOT);
        Action changed = switch (field) {
            case "description" -> new Action(a.id(), row.value(), a.owner(), a.ownerId(), a.targetDate(), a.status(),
                    a.source(), a.bodyIds(), a.findingKey(), a.raised());
            case "status" -> a.withStatus(PartyFields.choice(ActionStatus.class, row.value(), "status"));
            case "source" -> new Action(a.id(), a.description(), a.owner(), a.ownerId(), a.targetDate(), a.status(),
                    PartyFields.choice(ActionSource.class, row.value(), "source"), a.bodyIds(), a.findingKey(), a.raised());
            case "target date" -> new Action(a.id(), a.description(), a.owner(), a.ownerId(), date(row.value()),
                    a.status(), a.source(), a.bodyIds(), a.findingKey(), a.raised());
            case "owner" -> owned(model, a, row.value());
            default -> throw new ModelException("\"" + row.field() + "\" is not a field of an action; use Description, "
                    + "Status, Source, Target date or Owner");
        };
        return Edit.of("Change action", Change.update(a, changed));
    }

    private static Action owned(AuthorityModel model, Action a, String owner) {
        String wanted = owner.strip();
        if (wanted.equalsIgnoreCase("the council") || wanted.equalsIgnoreCase("council")) {
            return a.withBodies(a.bodyIds(), ActionOwner.COUNCIL, null);
        }
        if (wanted.equalsIgnoreCase("LSP board")) {
            return a.withBodies(a.bodyIds(), ActionOwner.LSP_BOARD, null);
        }
        for (Body body : model.bodies()) {
            if (body.name().equalsIgnoreCase(wanted)) {
                return a.withBodies(a.bodyIds(), ActionOwner.BODY, body.id());
            }
        }
        for (Person person : model.people()) {
            if (person.name().equalsIgnoreCase(wanted)) {
                return a.withBodies(a.bodyIds(), ActionOwner.PERSON, person.id());
            }
        }
        return a.withBodies(a.bodyIds(), ActionOwner.ORGANISATION, PartyFields.organisationNamed(model, wanted).id());
    }

    private static Action action(AuthorityModel model, String description) {
        String wanted = description.strip();
        List<Action> found = model.actions().stream().filter(a -> a.description().equalsIgnoreCase(wanted)).toList();
        if (found.isEmpty()) {
            throw new ModelException("there is no action \"" + wanted + "\"");
        }
        if (found.size() > 1) {
            throw new ModelException(found.size() + " actions read \"" + wanted + "\"; change one in the window first");
        }
        return found.get(0);
    }

    private record Holder(Long personId, Long organisationId) {
    }

    private static Holder holder(AuthorityModel model, String who) {
        String text = who == null ? "" : who.strip();
        if (text.isEmpty()) {
            throw new ModelException("the row does not say who holds the seat (the \"who\" column)");
        }
        int split = text.toLowerCase(Locale.ROOT).lastIndexOf(" for ");
        if (split > 0) {
            Person person = PartyFields.personNamed(model, text.substring(0, split));
            Organisation organisation = PartyFields.organisationNamed(model, text.substring(split + 5));
            return new Holder(person.id(), organisation.id());
        }
        Person person = PartyFields.findPerson(model, text);
        if (person != null) {
            return new Holder(person.id(), person.organisationId());
        }
        for (Organisation organisation : model.organisations()) {
            if (organisation.name().equalsIgnoreCase(text)) {
                return new Holder(null, organisation.id());
            }
        }
        throw new ModelException("there is no person or organisation called \"" + text + "\"; add them first");
    }

    private static Body body(AuthorityModel model, String name) {
        return EditTable.body(model, name);
    }

    private static String needName(EditTable.Row row, String what) {
        if (row.body().isBlank()) {
            throw new ModelException("add " + what + " needs the new " + what + "'s name");
        }
        return row.body().strip();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : TypedDates.parse(text);
    }
}
