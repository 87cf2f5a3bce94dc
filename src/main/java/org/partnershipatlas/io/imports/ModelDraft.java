package org.partnershipatlas.io.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftOrganisation;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;

/**
 * A whole authority (read from JSON) as a draft, so that it can be merged by name into a file that
 * already has bodies: every field of every body, organisations with their sectors, lines and seats.
 */
public final class ModelDraft {
    private ModelDraft() {
    }

    public static ImportDraft of(String source, AuthorityModel model) {
        ImportDraft.Builder draft = new ImportDraft.Builder(source);
        for (Organisation organisation : model.organisations()) {
            draft.organisation(new DraftOrganisation(Origin.NONE, organisation.name(), organisation.shortName(),
                    organisation.sector()));
        }
        int index = 0;
        for (Body body : model.bodies()) {
            Map<BodyField, Object> values = new HashMap<>();
            Map<BodyField, String> parties = new HashMap<>();
            for (BodyField field : BodyField.values()) {
                Object value = field.read(body);
                if (field == BodyField.NAME || field.type() == FieldType.THEMES || value == null) {
                    continue;
                }
                if (field.type() == FieldType.PERSON) {
                    parties.put(field, model.person((Long) value).name());
                } else if (field.type() == FieldType.ORGANISATION) {
                    parties.put(field, model.organisation((Long) value).name());
                } else {
                    values.put(field, value);
                }
            }
            List<String> themes = body.themeIds().stream().map(id -> model.theme(id).name()).toList();
            draft.body(new DraftBody(new Origin("body", ++index), body.name(), values, parties, themes));
        }
        for (AccountabilityLine line : model.lines()) {
            draft.line(new DraftLine(Origin.NONE, model.body(line.fromBodyId()).name(),
                    model.body(line.toBodyId()).name(), line.kind(), ""));
        }
        for (Seat seat : model.seats()) {
            Organisation organisation = seat.organisationId() == null ? null : model.organisation(seat.organisationId());
            Person person = seat.personId() == null ? null : model.person(seat.personId());
            draft.seat(new DraftSeat(Origin.NONE, model.body(seat.bodyId()).name(),
                    organisation == null ? null : organisation.name(), organisation == null ? null : organisation.sector(),
                    person == null ? null : person.name(), seat.role()));
        }
        return draft.build();
    }
}
