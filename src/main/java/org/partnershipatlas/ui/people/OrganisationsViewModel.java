package org.partnershipatlas.ui.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PartyEdits;
import org.partnershipatlas.model.PartyFields;
import org.partnershipatlas.model.PartyFields.OrganisationField;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.ui.common.Choice;
import org.partnershipatlas.ui.dialog.CommonDialogs;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The organisations screen: the council, NHS bodies, police, charities and firms that sit on bodies.
 * One of them may be the council itself, whose seats are the council's own representation.
 */
public final class OrganisationsViewModel extends PartyListViewModel<Organisation, OrganisationField> {
    public OrganisationsViewModel(DocumentContext document, CommonDialogs dialogs, PeopleDialogs peopleDialogs) {
        super(OrganisationField.class, document, dialogs, peopleDialogs);
    }

    @Override
    public List<String> columns() {
        return List.of("Name", "Short name", "Sector", "People", "Seats");
    }

    @Override
    public String cell(Organisation organisation, int column) {
        AuthorityModel model = document.model();
        return switch (column) {
            case 0 -> organisation.name() + (organisation.council() ? " (the council)" : "");
            case 1 -> organisation.shortName() == null ? "" : organisation.shortName();
            case 2 -> organisation.sector().label();
            case 3 -> Long.toString(model.people().stream()
                    .filter(p -> Objects.equals(p.organisationId(), organisation.id())).count());
            default -> Integer.toString(model.seatsOf(organisation).size());
        };
    }

    @Override
    public List<OrganisationField> fields() {
        return List.of(OrganisationField.values());
    }

    @Override
    public boolean isChoice(OrganisationField field) {
        return field.isChoice();
    }

    @Override
    public String text(OrganisationField field) {
        Organisation organisation = selectedProperty().get();
        if (organisation == null) {
            return "";
        }
        String value = field == OrganisationField.NAME ? organisation.name()
                : field == OrganisationField.SHORT_NAME ? organisation.shortName() : null;
        return value == null ? "" : value;
    }

    @Override
    public List<Choice> choices(OrganisationField field) {
        List<Choice> choices = new ArrayList<>();
        if (field == OrganisationField.SECTOR) {
            for (Sector sector : Sector.values()) {
                choices.add(new Choice(sector, sector.label()));
            }
        } else if (field == OrganisationField.COUNCIL) {
            choices.add(new Choice(Boolean.FALSE, "No"));
            choices.add(new Choice(Boolean.TRUE, "Yes"));
        }
        return choices;
    }

    @Override
    protected Object valueOf(Organisation organisation, OrganisationField field) {
        return field == OrganisationField.SECTOR ? organisation.sector() : field == OrganisationField.COUNCIL ? organisation.council() : null;
    }

    @Override
    protected String noun() {
        return "organisation";
    }

    @Override
    protected Collection<Organisation> all(AuthorityModel model) {
        return model.organisations();
    }

    @Override
    protected String name(Organisation organisation) {
        return organisation.name();
    }

    @Override
    protected Organisation read(AuthorityModel model, long id) {
        return model.organisation(id);
    }

    @Override
    protected Organisation created(long id, String name) {
        return new Organisation(id, name, null, Sector.OTHER, false);
    }

    @Override
    protected Organisation with(Organisation organisation, OrganisationField field, Object value) {
        return PartyFields.with(document.model(), organisation, field, value);
    }

    @Override
    protected String dependents(AuthorityModel model, Organisation organisation) {
        return PartyEdits.dependentsOf(model, organisation);
    }

    @Override
    protected String whatHappensOnDeletion() {
        return "Its own seats go; people stay, with no organisation, and keep the seats they hold; "
                + "actions it owns pass to the council.";
    }

    @Override
    protected List<Change> deletion(AuthorityModel model, Organisation organisation) {
        return PartyEdits.deletionOf(model, organisation);
    }

    @Override
    protected List<Change> merge(AuthorityModel model, Organisation kept, Organisation gone) {
        return PartyEdits.mergeOf(model, kept, gone);
    }
}
