package org.partnershipatlas.model;

import java.util.Objects;

/**
 * A councillor, officer or partner who chairs, leads or sits on bodies. Email and phone are personal
 * data: exports and the projector leave them out unless the user asks. A councillor's party is kept
 * because political balance on outside bodies is something members ask about.
 */
public record Person(long id, String name, PersonKind kind, String title, Long organisationId, String email,
                     String phone, String party)
        implements Entity {
    public Person {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        title = Text.emptyToNull(title);
        email = Text.emptyToNull(email);
        phone = Text.emptyToNull(phone);
        party = Text.emptyToNull(party);
    }

    /** A person with no party recorded. */
    public Person(long id, String name, PersonKind kind, String title, Long organisationId, String email,
                  String phone) {
        this(id, name, kind, title, organisationId, email, phone, null);
    }

    @Override
    public String describe() {
        return "\"" + name + "\"";
    }

    public Person withOrganisation(Long newOrganisationId) {
        return new Person(id, name, kind, title, newOrganisationId, email, phone, party);
    }
}
