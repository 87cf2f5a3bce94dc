package org.partnershipatlas.model;

import java.util.Objects;

/** The lower body {@code fromBodyId} answers to {@code toBodyId} in the way {@code kind} says. */
public record AccountabilityLine(long id, long fromBodyId, long toBodyId, LineKind kind) implements Entity {
    public AccountabilityLine {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String describe() {
        return "the line " + id;
    }
}
