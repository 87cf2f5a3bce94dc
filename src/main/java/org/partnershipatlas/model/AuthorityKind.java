package org.partnershipatlas.model;

/** The kinds of English local authority; it decides which partners are usual, e.g. a district sits beside a county. */
public enum AuthorityKind implements Labelled {
    DISTRICT,
    COUNTY,
    UNITARY,
    METROPOLITAN,
    LONDON_BOROUGH;
}
