package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The council whose partnerships the file maps. There is one per file; it is an entity (with the
 * fixed id {@link #ID}) so that renaming it is an undoable edit like any other.
 */
public record Authority(String name, AuthorityKind kind, LocalDate periodStart, LocalDate periodEnd)
        implements Entity {

    public static final long ID = 0L;

    public Authority {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }

    @Override
    public long id() {
        return ID;
    }

    @Override
    public String describe() {
        return "the authority \"" + name + "\"";
    }

    /** "2026/27" style label of the period the map describes, or "" when not set. */
    public String periodLabel() {
        if (periodStart == null && periodEnd == null) {
            return "";
        }
        if (periodStart != null && periodEnd != null) {
            return periodStart + " to " + periodEnd;
        }
        return periodStart != null ? "from " + periodStart : "until " + periodEnd;
    }
}
