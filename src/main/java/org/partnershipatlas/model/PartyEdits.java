package org.partnershipatlas.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deleting or merging a person or an organisation touches every place that names them: seats, the
 * named roles on bodies, people's organisations, committee places and action owners. This works out
 * those changes as one edit, so the editors and the command line delete and merge the same way and
 * nothing is left pointing at someone who is gone.
 */
public final class PartyEdits {
    private PartyEdits() {
    }

    /** What goes with a person, in words: "3 seats, 1 committee place and 2 actions they own". */
    public static String dependentsOf(AuthorityModel model, Person person) {
        long places = model.memberships().stream().filter(m -> m.personId() == person.id()).count();
        long owned = ownedBy(model, ActionOwner.PERSON, person.id()).size();
        return words(model.seatsOf(person).size(), places, 0, owned);
    }

    /** What goes with an organisation, in words: "12 seats, 2 people and 1 action it owns". */
    public static String dependentsOf(AuthorityModel model, Organisation organisation) {
        long people = model.people().stream().filter(p -> Objects.equals(p.organisationId(), organisation.id())).count();
        long owned = ownedBy(model, ActionOwner.ORGANISATION, organisation.id()).size();
        return words(model.seatsOf(organisation).size(), 0, people, owned);
    }

    /**
     * Deleting a person: their seats go (a seat they held for an organisation that is not a named
     * role stays as the organisation's), their named roles become empty, their committee places go
     * and actions they owned pass to the council.
     */
    public static List<Change> deletionOf(AuthorityModel model, Person person) {
        List<Change> changes = new ArrayList<>();
        clearRoles(model, person.id(), FieldType.PERSON, changes);
        for (Seat seat : model.seatsOf(person)) {
            if (seat.organisationId() != null && !seat.role().isNamedRole()) {
                changes.add(Change.update(seat, seat.heldBy(seat.organisationId(), null)));
            } else if (!seat.role().isNamedRole()) {
                changes.add(Change.delete(seat));
            }
        }
        for (CommitteeMembership place : model.memberships()) {
            if (place.personId() == person.id()) {
                changes.add(Change.delete(place));
            }
        }
        for (Action action : ownedBy(model, ActionOwner.PERSON, person.id())) {
            changes.add(Change.update(action, action.withBodies(action.bodyIds(), ActionOwner.COUNCIL, null)));
        }
        changes.add(Change.delete(person));
        return changes;
    }

    /**
     * Deleting an organisation: its people stay but belong to no organisation, a seat a person held
     * for it stays as that person's, its own seats go, it stops being any body's accountable body,
     * and actions it owned pass to the council.
     */
    public static List<Change> deletionOf(AuthorityModel model, Organisation organisation) {
        List<Change> changes = new ArrayList<>();
        clearRoles(model, organisation.id(), FieldType.ORGANISATION, changes);
        for (Seat seat : model.seatsOf(organisation)) {
            if (seat.role() == SeatRole.ACCOUNTABLE_BODY) {
                continue;
            }
            changes.add(seat.personId() != null ? Change.update(seat, seat.heldBy(null, seat.personId())
                    .withAppointment(seat)) : Change.delete(seat));
        }
        for (Person person : model.people()) {
            if (Objects.equals(person.organisationId(), organisation.id())) {
                changes.add(Change.update(person, person.withOrganisation(null)));
            }
        }
        for (Action action : ownedBy(model, ActionOwner.ORGANISATION, organisation.id())) {
            changes.add(Change.update(action, action.withBodies(action.bodyIds(), ActionOwner.COUNCIL, null)));
        }
        changes.add(Change.delete(organisation));
        return changes;
    }

    /**
     * Merging two records of one organisation ("Westshire Police" and "Westshire Constabulary"):
     * every seat, person, accountable-body role and owned action of {@code gone} passes to
     * {@code kept}, then {@code gone} is deleted. No seat is lost.
     */
    public static List<Change> mergeOf(AuthorityModel model, Organisation kept, Organisation gone) {
        refuseSelf(kept.id(), gone.id());
        List<Change> changes = new ArrayList<>();
        moveRoles(model, gone.id(), kept.id(), FieldType.ORGANISATION, changes);
        for (Seat seat : model.seatsOf(gone)) {
            if (seat.role() != SeatRole.ACCOUNTABLE_BODY) {
                changes.add(Change.update(seat, seat.heldBy(kept.id(), seat.personId()).withAppointment(seat)));
            }
        }
        for (Person person : model.people()) {
            if (Objects.equals(person.organisationId(), gone.id())) {
                changes.add(Change.update(person, person.withOrganisation(kept.id())));
            }
        }
        for (Action action : ownedBy(model, ActionOwner.ORGANISATION, gone.id())) {
            changes.add(Change.update(action, action.withBodies(action.bodyIds(), ActionOwner.ORGANISATION, kept.id())));
        }
        changes.add(Change.delete(gone));
        return changes;
    }

    /**
     * Merging two records of one person: seats, named roles, committee places and owned actions of
     * {@code gone} pass to {@code kept}. Where both sat on the same body, {@code kept}'s seat (or the
     * named role, which counts higher) is the one kept, since one person holds one place at a table.
     */
    public static List<Change> mergeOf(AuthorityModel model, Person kept, Person gone) {
        refuseSelf(kept.id(), gone.id());
        List<Change> changes = new ArrayList<>();
        moveRoles(model, gone.id(), kept.id(), FieldType.PERSON, changes);
        Map<Long, Seat> keptSeats = new LinkedHashMap<>();
        model.seatsOf(kept).forEach(seat -> keptSeats.put(seat.bodyId(), seat));
        for (Seat seat : model.seatsOf(gone)) {
            if (seat.role().isNamedRole()) {
                continue; // the role moved with the body's field, and its seat with it
            }
            changes.add(keptSeats.containsKey(seat.bodyId()) ? Change.delete(seat)
                    : Change.update(seat, seat.heldBy(seat.organisationId(), kept.id()).withAppointment(seat)));
        }
        Set<String> committees = new HashSet<>();
        model.memberships().stream().filter(m -> m.personId() == kept.id()).forEach(m -> committees.add(m.committee()));
        for (CommitteeMembership place : model.memberships()) {
            if (place.personId() == gone.id()) {
                changes.add(committees.add(place.committee())
                        ? Change.update(place, new CommitteeMembership(place.id(), kept.id(), place.committee()))
                        : Change.delete(place));
            }
        }
        for (Action action : ownedBy(model, ActionOwner.PERSON, gone.id())) {
            changes.add(Change.update(action, action.withBodies(action.bodyIds(), ActionOwner.PERSON, kept.id())));
        }
        changes.add(Change.delete(gone));
        return changes;
    }

    private static void clearRoles(AuthorityModel model, long id, FieldType type, List<Change> changes) {
        moveRoles(model, id, null, type, changes);
    }

    /** Named roles held by {@code from} go to {@code to} (or become empty); their seats follow the fields. */
    private static void moveRoles(AuthorityModel model, long from, Long to, FieldType type, List<Change> changes) {
        for (Body body : model.bodies()) {
            Body changed = body;
            for (BodyField field : BodyField.values()) {
                if (field.type() == type && Long.valueOf(from).equals(field.read(changed))) {
                    changed = changed.with(field, to);
                }
            }
            if (changed != body) {
                changes.add(Change.update(body, changed));
            }
        }
    }

    private static List<Action> ownedBy(AuthorityModel model, ActionOwner owner, long id) {
        return model.actions().stream().filter(a -> a.owner() == owner && Long.valueOf(id).equals(a.ownerId())).toList();
    }

    private static void refuseSelf(long kept, long gone) {
        if (kept == gone) {
            throw new ModelException("Choose two different records to merge");
        }
    }

    private static String words(long seats, long places, long people, long owned) {
        List<String> parts = new ArrayList<>();
        if (seats > 0) {
            parts.add(Text.count(seats, "seat", "seats"));
        }
        if (people > 0) {
            parts.add(Text.count(people, "person", "people"));
        }
        if (places > 0) {
            parts.add(Text.count(places, "committee place", "committee places"));
        }
        if (owned > 0) {
            parts.add(Text.count(owned, "action", "actions") + " owned");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }
}
