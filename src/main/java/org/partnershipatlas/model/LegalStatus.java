package org.partnershipatlas.model;

/** The legal form of a body; it decides who can hold money and sign agreements. */
public enum LegalStatus implements Labelled {
    UNINCORPORATED,
    JOINT_COMMITTEE,
    COMPANY,
    CHARITY,
    STATUTORY_BOARD;
}
