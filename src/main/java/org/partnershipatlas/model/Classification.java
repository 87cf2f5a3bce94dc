package org.partnershipatlas.model;

/** The council's judgement of a group: only a partnership may need political oversight. */
public enum Classification implements Labelled {
    UNCLASSIFIED,
    PARTNERSHIP,
    NETWORK,
    WORKING_GROUP;
}
