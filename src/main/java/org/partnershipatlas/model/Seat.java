package org.partnershipatlas.model;

import java.util.Objects;

/**
 * A place at a body's table, held by an organisation, a person, or a person on behalf of an
 * organisation. At least one of the two is set.
 */
public record Seat(long id, long bodyId, Long organisationId, Long personId, SeatRole role) implements Entity {
    public Seat {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String describe() {
        return "the seat " + id;
    }
}
