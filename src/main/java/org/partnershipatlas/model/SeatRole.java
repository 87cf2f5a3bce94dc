package org.partnershipatlas.model;

/** The capacity in which an organisation or person sits on a body. */
public enum SeatRole implements Labelled {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    OBSERVER,
    ACCOUNTABLE_BODY,
    LEAD_OFFICER,
    LEAD_MEMBER;
}
