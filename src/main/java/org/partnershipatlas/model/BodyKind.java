package org.partnershipatlas.model;

/** What sort of group a body is; distinct from its classification, which is the council's judgement of it. */
public enum BodyKind implements Labelled {
    PARTNERSHIP_BOARD,
    EXECUTIVE,
    THEMED_PARTNERSHIP,
    SUB_GROUP,
    TASK_GROUP,
    NETWORK,
    FORUM;
}
