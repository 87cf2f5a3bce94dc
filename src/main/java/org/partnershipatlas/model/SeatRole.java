package org.partnershipatlas.model;

/**
 * The capacity in which an organisation or person sits on a body. Five roles are also fields of the
 * body (its chair, vice chair, lead officer, lead member and accountable body): a seat with one of
 * those roles is what the field says, and {@link RoleSeats} keeps the two as one.
 */
public enum SeatRole implements Labelled {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    OBSERVER,
    SUBSTITUTE,
    ACCOUNTABLE_BODY,
    LEAD_OFFICER,
    LEAD_MEMBER;

    /** The body's field this role is, or null for member, observer and substitute. */
    public BodyField field() {
        return switch (this) {
            case CHAIR -> BodyField.CHAIR;
            case VICE_CHAIR -> BodyField.VICE_CHAIR;
            case LEAD_OFFICER -> BodyField.LEAD_OFFICER;
            case LEAD_MEMBER -> BodyField.LEAD_MEMBER;
            case ACCOUNTABLE_BODY -> BodyField.ACCOUNTABLE_BODY;
            default -> null;
        };
    }

    /** The role a body's field is, or null for a field that is not a role. */
    public static SeatRole of(BodyField field) {
        for (SeatRole role : values()) {
            if (role.field() == field) {
                return role;
            }
        }
        return null;
    }

    /** A role only one seat on a body can hold at a time, because it is also the body's field. */
    public boolean isNamedRole() {
        return field() != null;
    }

    /** Held by an organisation (the accountable body) rather than a person. */
    public boolean heldByOrganisation() {
        return this == ACCOUNTABLE_BODY;
    }
}
