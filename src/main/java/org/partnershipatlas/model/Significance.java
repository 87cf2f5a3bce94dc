package org.partnershipatlas.model;

/** The council's judgement of whether a partnership is significant enough for the register and oversight. */
public enum Significance implements Labelled {
    SIGNIFICANT,
    NOT_SIGNIFICANT;
}
