package org.partnershipatlas.ui.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PartyEdits;
import org.partnershipatlas.model.PartyFields;
import org.partnershipatlas.model.PartyFields.PersonField;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.ui.common.Choice;
import org.partnershipatlas.ui.dialog.CommonDialogs;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The people screen: every councillor, officer and partner with the fields a council keeps on them.
 * E-mail and phone are confidential: kept here, left out of exports and the projector.
 */
public final class PeopleViewModel extends PartyListViewModel<Person, PersonField> {
    public PeopleViewModel(DocumentContext document, CommonDialogs dialogs, PeopleDialogs peopleDialogs) {
        super(PersonField.class, document, dialogs, peopleDialogs);
    }

    @Override
    public List<String> columns() {
        return List.of("Name", "Job title", "Organisation", "Kind", "Party", "Seats");
    }

    @Override
    public String cell(Person person, int column) {
        AuthorityModel model = document.model();
        return switch (column) {
            case 0 -> person.name();
            case 1 -> person.title() == null ? "" : person.title();
            case 2 -> organisationName(model, person);
            case 3 -> person.kind().label();
            case 4 -> person.party() == null ? "" : person.party();
            default -> Integer.toString(model.seatsOf(person).size());
        };
    }

    @Override
    public List<PersonField> fields() {
        return List.of(PersonField.values());
    }

    @Override
    public boolean isChoice(PersonField field) {
        return field.isChoice();
    }

    /** E-mail and phone say on the form that they are confidential. */
    @Override
    public String label(PersonField field) {
        return field == PersonField.EMAIL || field == PersonField.PHONE ? field.label() + " (confidential)"
                : field.label();
    }

    @Override
    public String text(PersonField field) {
        Person person = selectedProperty().get();
        if (person == null) {
            return "";
        }
        String value = switch (field) {
            case NAME -> person.name();
            case TITLE -> person.title();
            case PARTY -> person.party();
            case EMAIL -> person.email();
            case PHONE -> person.phone();
            default -> null;
        };
        return value == null ? "" : value;
    }

    @Override
    public List<Choice> choices(PersonField field) {
        List<Choice> choices = new ArrayList<>();
        if (field == PersonField.KIND) {
            for (PersonKind kind : PersonKind.values()) {
                choices.add(new Choice(kind, kind.label()));
            }
        } else if (field == PersonField.ORGANISATION) {
            choices.add(Choice.NONE);
            AuthorityModel model = document.model();
            if (model != null) {
                model.organisations().stream()
                        .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                        .forEach(o -> choices.add(new Choice(o.id(), o.name())));
            }
        }
        return choices;
    }

    /** A party is a councillor's. */
    @Override
    public boolean applies(PersonField field) {
        Person person = selectedProperty().get();
        return field != PersonField.PARTY || person == null || person.kind() == PersonKind.COUNCILLOR
                || person.party() != null;
    }

    /** The bodies the selected person sits on and in what role, for the form. */
    public List<String> seatLines() {
        Person person = selectedProperty().get();
        AuthorityModel model = document.model();
        if (person == null || model == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Seat seat : model.seatsOf(person)) {
            lines.add(model.body(seat.bodyId()).name() + " (" + seat.role().label().toLowerCase(Locale.ROOT) + ")");
        }
        lines.sort(String.CASE_INSENSITIVE_ORDER);
        return lines;
    }

    @Override
    protected Object valueOf(Person person, PersonField field) {
        return field == PersonField.KIND ? person.kind() : field == PersonField.ORGANISATION ? person.organisationId() : null;
    }

    @Override
    protected String noun() {
        return "person";
    }

    @Override
    protected Collection<Person> all(AuthorityModel model) {
        return model.people();
    }

    @Override
    protected String name(Person person) {
        return person.name();
    }

    @Override
    protected Person read(AuthorityModel model, long id) {
        return model.person(id);
    }

    @Override
    protected Person created(long id, String name) {
        return new Person(id, name, PersonKind.PARTNER, null, null, null, null);
    }

    @Override
    protected Person with(Person person, PersonField field, Object value) {
        return PartyFields.with(person, field, value);
    }

    @Override
    protected String dependents(AuthorityModel model, Person person) {
        return PartyEdits.dependentsOf(model, person);
    }

    @Override
    protected String whatHappensOnDeletion() {
        return "Their seats go, except those held for an organisation, which stay as the organisation's; "
                + "roles they hold become unrecorded and actions they own pass to the council.";
    }

    @Override
    protected List<Change> deletion(AuthorityModel model, Person person) {
        return PartyEdits.deletionOf(model, person);
    }

    @Override
    protected List<Change> merge(AuthorityModel model, Person kept, Person gone) {
        return PartyEdits.mergeOf(model, kept, gone);
    }

    private static String organisationName(AuthorityModel model, Person person) {
        Organisation organisation = person.organisationId() == null ? null : model.organisation(person.organisationId());
        return organisation == null ? "" : organisation.name();
    }
}
