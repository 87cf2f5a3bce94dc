package org.partnershipatlas.model;

/** How one body answers to another; the line points from the lower body to the one it answers to. */
public enum LineKind implements Labelled {
    REPORTS_TO,
    SUB_GROUP_OF,
    ADVISES,
    COMMISSIONS;
}
