package org.partnershipatlas.ui.seats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PartyFields;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.TextRules;
import org.partnershipatlas.ui.common.Choice;

/**
 * A seat being added or changed: who holds it (a person, typed or picked, an organisation, or a
 * person on behalf of one), in what role, appointed by whom and from and until when. A person's name
 * that is not yet recorded adds them in the same step, so a new authority can be filled in from its
 * first body. It says why it cannot be saved while it cannot, and what saving will do.
 */
public final class SeatDraft {
    private final AuthorityModel model;
    private final Body body;
    private final Seat existing;
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final ObjectProperty<Long> organisation = new SimpleObjectProperty<>(this, "organisation");
    private final ObjectProperty<SeatRole> role = new SimpleObjectProperty<>(this, "role", SeatRole.MEMBER);
    private final StringProperty appointedBy = new SimpleStringProperty(this, "appointedBy", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>(this, "until");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    /**
     * @param existing the seat being changed, or null to add one
     */
    public SeatDraft(AuthorityModel model, Body body, Seat existing) {
        this.model = model;
        this.body = body;
        this.existing = existing;
        if (existing != null) {
            Person holder = existing.personId() == null ? null : model.person(existing.personId());
            person.set(holder == null ? "" : holder.name());
            organisation.set(existing.organisationId());
            role.set(existing.role());
            appointedBy.set(existing.appointedBy() == null ? "" : existing.appointedBy());
            from.set(existing.from());
            until.set(existing.until());
            place.set(existing.place() == null ? "" : existing.place());
            notes.set(existing.notes() == null ? "" : existing.notes());
        }
        person.addListener((o, was, now) -> {
            Person known = known(now);
            if (known != null && known.organisationId() != null && organisation.get() == null) {
                organisation.set(known.organisationId());
            }
            check();
        });
        for (var property : List.of(organisation, role, from, until)) {
            property.addListener((o, was, now) -> check());
        }
        for (var text : List.of(appointedBy, place, notes)) {
            text.addListener((o, was, now) -> check());
        }
        check();
    }

    /** "Add a seat on Safer Eastvale" or "Change a seat on Safer Eastvale". */
    public String title() {
        return (existing == null ? "Add a seat on " : "Change a seat on ") + body.name();
    }

    /** The name of the person who holds the seat, as typed or picked; "" for an organisation's seat. */
    public StringProperty personProperty() {
        return person;
    }

    /** The organisation the seat is for, or null. */
    public ObjectProperty<Long> organisationProperty() {
        return organisation;
    }

    public ObjectProperty<SeatRole> roleProperty() {
        return role;
    }

    public StringProperty appointedByProperty() {
        return appointedBy;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** When the appointment ends: for councillors, usually the next annual meeting. */
    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    /** The place as the register names it, such as "Northgate Ward Member"; "" when none. */
    public StringProperty placeProperty() {
        return place;
    }

    /** What is known of the appointment that no date holds, such as "four-year term"; "" when nothing. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** Why the seat cannot be saved as it stands; "" when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What saving will do beyond the seat itself, such as adding a new person; "" when nothing. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Every recorded person's name, for the picker. */
    public List<String> personNames() {
        return model.people().stream().map(Person::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Every organisation, with "(none)" first. */
    public List<Choice> organisations() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, "(none)"));
        model.organisations().stream().sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(o -> choices.add(new Choice(o.id(), o.name())));
        return choices;
    }

    /**
     * The one edit that saves the seat, with a new person first when the name is not yet recorded, and
     * the person's existing seat on this body changed rather than a second one added; null while
     * {@link #problemProperty()} says why not.
     */
    public Edit toEdit() {
        check();
        if (!problem.get().isEmpty()) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        String typed = person.get() == null ? "" : person.get().strip();
        Long personId = null;
        if (!typed.isEmpty()) {
            Person known = known(typed);
            if (known == null) {
                known = new Person(model.newId(), typed, guessKind(typed), null, organisation.get(), null, null);
                changes.add(Change.create(known));
            }
            personId = known.id();
        }
        Seat target = existing != null ? existing : seatOfSamePerson(personId);
        Seat seat = new Seat(target == null ? model.newId() : target.id(), body.id(), organisation.get(), personId,
                role.get(), appointedBy.get(), from.get(), until.get(), place.get(), notes.get());
        changes.add(target == null ? Change.create(seat) : Change.update(target, seat));
        String holder = typed.isEmpty() ? model.organisation(organisation.get()).name() : typed;
        return new Edit((existing == null ? "Add " : "Change ") + holder + " as "
                + role.get().label().toLowerCase(Locale.ROOT) + " of " + body.name(), changes);
    }

    /** The edit that removes a seat; a named role it holds becomes unrecorded. */
    public static Edit removal(AuthorityModel model, Seat seat) {
        Person person = seat.personId() == null ? null : model.person(seat.personId());
        String holder = person != null ? person.name() : model.organisation(seat.organisationId()).name();
        return Edit.of("Remove " + holder + " from " + model.body(seat.bodyId()).name(), Change.delete(seat));
    }

    private void check() {
        String typed = person.get() == null ? "" : person.get().strip();
        Person known = known(typed);
        SeatRole chosen = role.get();
        String why = "";
        if (chosen == null) {
            why = "Choose a role";
        } else if (typed.isEmpty() && organisation.get() == null) {
            why = "Name a person or choose an organisation";
        } else if (chosen.heldByOrganisation() && organisation.get() == null) {
            why = "The accountable body is an organisation: choose one";
        } else if (chosen.isNamedRole() && !chosen.heldByOrganisation() && typed.isEmpty()) {
            why = "The " + chosen.label().toLowerCase(Locale.ROOT) + " is a person: name one";
        } else if (!typed.isEmpty() && TextRules.isInvisible(typed)) {
            why = "The name has no visible characters";
        } else if (typed.length() > TextRules.NAME) {
            why = "The name is longer than " + TextRules.NAME + " characters";
        } else if (from.get() != null && until.get() != null && until.get().isBefore(from.get())) {
            why = "The appointment ends before it starts";
        } else if (appointedBy.get() != null && appointedBy.get().length() > 500) {
            why = "\"Appointed by\" is longer than 500 characters";
        } else if (place.get() != null && place.get().length() > 500) {
            why = "The place is longer than 500 characters";
        } else if (notes.get() != null && notes.get().length() > 2000) {
            why = "The notes are longer than 2,000 characters";
        }
        problem.set(why);
        List<String> notes = new ArrayList<>();
        if (why.isEmpty() && !typed.isEmpty() && known == null) {
            notes.add("Adds " + typed + " as a new " + guessKind(typed).label().toLowerCase(Locale.ROOT));
        }
        if (why.isEmpty() && existing == null && known != null && seatOfSamePerson(known.id()) != null) {
            Seat same = seatOfSamePerson(known.id());
            notes.add(known.name() + " already sits on " + body.name() + " as "
                    + same.role().label().toLowerCase(Locale.ROOT) + "; that seat is changed");
        }
        if (why.isEmpty() && chosen.isNamedRole()) {
            Long current = (Long) chosen.field().read(body);
            Long wanted = chosen.heldByOrganisation() ? organisation.get() : known == null ? null : known.id();
            if (current != null && !Objects.equals(current, wanted)) {
                String was = chosen.heldByOrganisation() ? model.organisation(current).name()
                        : model.person(current).name();
                boolean sameSeat = existing != null && existing.role() == chosen;
                notes.add("Replaces " + was + " as " + chosen.label().toLowerCase(Locale.ROOT)
                        + (sameSeat ? "" : "; " + was + " stays on as a member"));
            }
        }
        note.set(String.join(". ", notes));
    }

    private Seat seatOfSamePerson(Long personId) {
        if (personId == null) {
            return null;
        }
        for (Seat seat : model.seatsOn(body.id())) {
            if (Objects.equals(seat.personId(), personId) && (existing == null || seat.id() != existing.id())) {
                return seat;
            }
        }
        return null;
    }

    private Person known(String name) {
        return PartyFields.findPerson(model, name);
    }

    private static PersonKind guessKind(String name) {
        return PartyFields.guessKind(name);
    }
}
