package org.partnershipatlas.model;

/**
 * Who an action belongs to. The council and the LSP board need no id; a body, person or
 * organisation owner names one by {@code Action.ownerId}.
 */
public enum ActionOwner implements Labelled {
    COUNCIL,
    LSP_BOARD,
    BODY,
    PERSON,
    ORGANISATION;

    @Override
    public String label() {
        return this == LSP_BOARD ? "LSP board" : this == COUNCIL ? "The council" : Labels.humanise(this);
    }
}
