package org.partnershipatlas.model;

/** Where a body stands in its life; the exit stage is where misunderstandings grow (seeds/003). */
public enum LifecycleStage implements Labelled {
    FORMING,
    DELIVERING,
    REVIEWING,
    WINDING_DOWN;
}
