package org.partnershipatlas.model;

import java.util.Objects;

/** A council, NHS body, police force, charity or firm that sits on bodies or holds their money. */
public record Organisation(long id, String name, String shortName, Sector sector) implements Entity {
    public Organisation {
        Objects.requireNonNull(sector, "sector");
        name = name == null ? "" : name.strip();
        shortName = Text.emptyToNull(shortName);
    }

    @Override
    public String describe() {
        return "the organisation \"" + name + "\"";
    }
}
