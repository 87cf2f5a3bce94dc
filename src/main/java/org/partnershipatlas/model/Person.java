package org.partnershipatlas.model;

import java.util.Objects;

/**
 * A councillor, officer or partner who chairs, leads or sits on bodies. Email and phone are personal
 * data: exports and the projector leave them out unless the user asks.
 */
public record Person(long id, String name, PersonKind kind, String title, Long organisationId, String email,
                     String phone)
        implements Entity {
    public Person {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        title = Text.emptyToNull(title);
        email = Text.emptyToNull(email);
        phone = Text.emptyToNull(phone);
    }

    @Override
    public String describe() {
        return "\"" + name + "\"";
    }
}
