package org.partnershipatlas.model;

/** How an action stands, as an action plan reports it. */
public enum ActionStatus implements Labelled {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    DONE
}
