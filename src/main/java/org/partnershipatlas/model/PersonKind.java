package org.partnershipatlas.model;

/** Councillors can be lead members and sit on scrutiny; officers cannot, so the two are kept apart. */
public enum PersonKind implements Labelled {
    COUNCILLOR,
    OFFICER,
    PARTNER;
}
