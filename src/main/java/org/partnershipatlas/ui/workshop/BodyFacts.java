package org.partnershipatlas.ui.workshop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Money;
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
            lines.add(field.label() + ": " + text(model, field, value));
        }
        return lines;
    }

    private static String text(AuthorityModel model, BodyField field, Object value) {
        return switch (field.type()) {
            case PERSON -> {
                Person person = model.person((Long) value);
                yield person == null ? "" : person.name() + (person.email() == null ? "" : ", " + person.email())
                        + (person.phone() == null ? "" : ", " + person.phone());
            }
            case ORGANISATION -> model.organisation((Long) value) == null ? "" : model.organisation((Long) value).name();
            case THEMES -> String.join(", ", ((List<?>) value).stream().map(id -> model.theme((Long) id).name()).toList());
            case MONEY -> ((Money) value).format();
            case DATE -> DATE.format((LocalDate) value);
            case YES_NO -> (Boolean) value ? "Yes" : "No";
            case CHOICE -> ((Labelled) value).label();
            default -> value.toString();
        };
    }
}
