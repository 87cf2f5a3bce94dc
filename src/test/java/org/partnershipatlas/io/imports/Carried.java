package org.partnershipatlas.io.imports;

import java.util.Set;
import java.util.TreeSet;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;

/** An authority as the exchange formats carry it: everything by name, nothing by id, as sorted text. */
final class Carried {
    private Carried() {
    }

    static Set<String> bodies(AuthorityModel model) {
        Set<String> all = new TreeSet<>();
        for (Body body : model.bodies()) {
            StringBuilder text = new StringBuilder(body.name());
            for (BodyField field : BodyField.values()) {
                Object value = field.read(body);
                if (value == null) {
                    continue;
                }
                Object shown = switch (field.type()) {
                    case PERSON -> model.person((Long) value).name();
                    case ORGANISATION -> model.organisation((Long) value).name();
                    case THEMES -> ((java.util.List<?>) value).stream().map(id -> model.theme((Long) id).name())
                            .sorted().toList();
                    default -> value;
                };
                text.append(" | ").append(field).append('=').append(shown);
            }
            all.add(text.toString());
        }
        return all;
    }

    static Set<String> links(AuthorityModel model) {
        Set<String> all = new TreeSet<>();
        for (AccountabilityLine line : model.lines()) {
            all.add(model.body(line.fromBodyId()).name() + " -" + line.kind() + "-> " + model.body(line.toBodyId()).name());
        }
        for (Seat seat : model.seats()) {
            Organisation organisation = seat.organisationId() == null ? null : model.organisation(seat.organisationId());
            Person person = seat.personId() == null ? null : model.person(seat.personId());
            all.add((organisation == null ? "-" : organisation.name() + " (" + organisation.sector() + ")") + " / "
                    + (person == null ? "-" : person.name()) + " sits on " + model.body(seat.bodyId()).name() + " as "
                    + seat.role());
        }
        return all;
    }

}
