package org.partnershipatlas.model;

/** The council's rating of the risk a body carries for it. */
public enum RiskRating implements Labelled {
    LOW,
    MEDIUM,
    HIGH;
}
