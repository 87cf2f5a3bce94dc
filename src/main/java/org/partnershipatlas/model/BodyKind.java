package org.partnershipatlas.model;

/**
 * What sort of group a body is; distinct from its classification, which is the council's judgement of it.
 * An outside body is an independent organisation (a trust, a company, a charity) to which the council
 * appoints: councils list them with their partnerships, and the map must not pass one off as a group
 * of the partnership.
 */
public enum BodyKind implements Labelled {
    PARTNERSHIP_BOARD,
    EXECUTIVE,
    THEMED_PARTNERSHIP,
    SUB_GROUP,
    TASK_GROUP,
    NETWORK,
    FORUM,
    OUTSIDE_BODY;

    /**
     * The layer a body of this kind usually sits in (the Audit Commission's three): the LSP board is
     * strategic, its executive and the themed partnerships executive, their groups operational.
     */
    public Layer usualLayer() {
        return switch (this) {
            case PARTNERSHIP_BOARD -> Layer.STRATEGIC;
            case EXECUTIVE, THEMED_PARTNERSHIP -> Layer.EXECUTIVE;
            case SUB_GROUP, TASK_GROUP, NETWORK, FORUM, OUTSIDE_BODY -> Layer.OPERATIONAL;
        };
    }

    /** How a body of this kind usually answers to the body above it. */
    public LineKind usualLine() {
        return switch (this) {
            case SUB_GROUP, TASK_GROUP -> LineKind.SUB_GROUP_OF;
            case NETWORK, FORUM, OUTSIDE_BODY -> LineKind.ADVISES;
            case PARTNERSHIP_BOARD, EXECUTIVE, THEMED_PARTNERSHIP -> LineKind.REPORTS_TO;
        };
    }
}
