package org.partnershipatlas.model;

/** The Audit Commission's three layers (Working better together, 2009), ordered top to bottom. */
public enum Layer implements Labelled {
    STRATEGIC,
    EXECUTIVE,
    OPERATIONAL;
}
