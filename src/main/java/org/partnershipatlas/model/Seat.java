package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A place at a body's table, held by an organisation, a person, or a person on behalf of an
 * organisation. At least one of the two is set. A councillor's appointment to an outside body ends
 * at the annual meeting, so a seat keeps who appointed to it and from and until when; a seat whose
 * role is one of the body's named roles (chair, lead member...) is that role ({@link RoleSeats}).
 * An outside-bodies list names places as well as people ("Northgate Ward Member", "Cabinet Member for
 * Housing", "2 places"), and writes terms a date cannot hold ("four-year term"): the place and those
 * notes are kept with the seat so that nothing the register said is lost.
 *
 * @param place the place as the register names it, or null
 * @param notes what was said about the appointment that no other part of the seat holds, or null
 */
public record Seat(long id, long bodyId, Long organisationId, Long personId, SeatRole role, String appointedBy,
                   LocalDate from, LocalDate until, String place, String notes) implements Entity {
    public Seat {
        Objects.requireNonNull(role, "role");
        appointedBy = Text.emptyToNull(appointedBy);
        place = Text.emptyToNull(place);
        notes = Text.emptyToNull(notes);
    }

    /** A seat with its appointment and no place or notes. */
    public Seat(long id, long bodyId, Long organisationId, Long personId, SeatRole role, String appointedBy,
                LocalDate from, LocalDate until) {
        this(id, bodyId, organisationId, personId, role, appointedBy, from, until, null, null);
    }

    /** A seat with no appointment recorded. */
    public Seat(long id, long bodyId, Long organisationId, Long personId, SeatRole role) {
        this(id, bodyId, organisationId, personId, role, null, null, null);
    }

    @Override
    public String describe() {
        return "the seat " + id;
    }

    public Seat withRole(SeatRole newRole) {
        return new Seat(id, bodyId, organisationId, personId, newRole, appointedBy, from, until, place, notes);
    }

    /** The same place held by someone else; the appointment was the old holder's, so it is cleared. */
    public Seat heldBy(Long newOrganisationId, Long newPersonId) {
        return new Seat(id, bodyId, newOrganisationId, newPersonId, role, null, null, null, place, null);
    }

    /** This seat keeping the appointment recorded on {@code other} (the same appointment, a record merged). */
    public Seat withAppointment(Seat other) {
        return new Seat(id, bodyId, organisationId, personId, role, other.appointedBy, other.from, other.until,
                place != null ? place : other.place, notes != null ? notes : other.notes);
    }

    /** This seat with its appointment's dates, who appointed to it and its notes replaced. */
    public Seat withTerms(String newAppointedBy, LocalDate newFrom, LocalDate newUntil, String newNotes) {
        return new Seat(id, bodyId, organisationId, personId, role, newAppointedBy, newFrom, newUntil, place, newNotes);
    }

    /** Whether this seat has an appointment that has ended by {@code day}. */
    public boolean endedBy(LocalDate day) {
        return until != null && until.isBefore(day);
    }
}
