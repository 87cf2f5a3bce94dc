package org.partnershipatlas.model;

/** An answer to one of the six partnership tests. */
public enum Answer implements Labelled {
    YES,
    PARTLY,
    NO,
    NOT_KNOWN;

    /** Yes or partly: the test is met, at least in part. */
    public boolean met() {
        return this == YES || this == PARTLY;
    }
}
