package org.partnershipatlas.ui.workshop;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.Person;

/** Everything recorded about a body as "Field: value" lines, people with their contact details: for the presenter only. */
final class BodyFacts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BodyFacts() {
    }

    static List<String> lines(AuthorityModel model, Body body) {
        List<String> lines = new ArrayList<>();
        for (BodyField field : BodyField.values()) {
            Object value = field.read(body);
            if (value == null || value instanceof List<?> list && list.isEmpty() || field == BodyField.NAME) {
                continue;
            }
            lines.add(field.label() + ": " + field.text(model, body, DATE) + contact(model, field, value));
        }
        return lines;
    }

    /** For a person, their e-mail and phone after the name. */
    private static String contact(AuthorityModel model, BodyField field, Object value) {
        Person person = field.type() == FieldType.PERSON ? model.person((Long) value) : null;
        if (person == null) {
            return "";
        }
        return (person.email() == null ? "" : ", " + person.email()) + (person.phone() == null ? "" : ", " + person.phone());
    }
}
