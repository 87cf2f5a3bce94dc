package org.partnershipatlas.model;

import java.util.Objects;

/**
 * A council, NHS body, police force, charity or firm that sits on bodies or holds their money.
 * {@code council} marks the authority itself, whose seats are the council's own representation.
 */
public record Organisation(long id, String name, String shortName, Sector sector, boolean council)
        implements Entity {
    public Organisation {
        Objects.requireNonNull(sector, "sector");
        name = name == null ? "" : name.strip();
        shortName = Text.emptyToNull(shortName);
    }

    /** An organisation that is not the council itself. */
    public Organisation(long id, String name, String shortName, Sector sector) {
        this(id, name, shortName, sector, false);
    }

    @Override
    public String describe() {
        return "the organisation \"" + name + "\"";
    }

    /** The short name when there is one, else the name. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }
}
