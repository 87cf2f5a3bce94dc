package org.partnershipatlas.model;

/**
 * How a change came to be made, as the history records it: a member of cabinet asking "who changed
 * this?" also wants to know whether it was typed, undone, imported from a register or captured in a
 * workshop.
 */
public enum How implements Labelled {
    EDIT("Edit"),
    UNDO("Undo"),
    REDO("Redo"),
    IMPORT("Import"),
    WORKSHOP("Workshop"),
    MAP("Map"),
    REVIEW("Review"),
    START("History starts");

    private final String label;

    How(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
