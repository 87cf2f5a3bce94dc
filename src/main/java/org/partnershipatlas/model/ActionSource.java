package org.partnershipatlas.model;

/** Where an action came from: a cabinet report says so for each row. */
public enum ActionSource implements Labelled {
    ANNUAL_REVIEW,
    SCRUTINY,
    WORKSHOP,
    HEALTH_CHECK
}
