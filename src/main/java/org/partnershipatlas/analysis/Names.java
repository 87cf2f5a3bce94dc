package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Organisation;

/** How findings name things: bodies by name, lists joined as a person would, dates as 31/03/2026. */
final class Names {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private Names() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String bodies(AuthorityModel model, List<Long> ids) {
        return join(ids.stream().map(id -> model.body(id).name()).toList());
    }

    /** The organisation that is the authority itself, expected at every table; null when not on the map. */
    static Organisation council(AuthorityModel model) {
        for (Organisation organisation : model.organisations()) {
            if (organisation.name().equalsIgnoreCase(model.authority().name())) {
                return organisation;
            }
        }
        return null;
    }

    static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    static boolean isTop(Body body) {
        return body.kind() == org.partnershipatlas.model.BodyKind.PARTNERSHIP_BOARD;
    }
}
