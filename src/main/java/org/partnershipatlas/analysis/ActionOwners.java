package org.partnershipatlas.analysis;

import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;

/** Who an action belongs to, in words: "The council", "LSP board", or the body, person or organisation named. */
public final class ActionOwners {
    private ActionOwners() {
    }

    public static String name(AuthorityModel model, Action action) {
        return switch (action.owner()) {
            case COUNCIL, LSP_BOARD -> action.owner().label();
            case BODY -> model.body(action.ownerId()).name();
            case PERSON -> model.person(action.ownerId()).name();
            case ORGANISATION -> model.organisation(action.ownerId()).name();
        };
    }
}
