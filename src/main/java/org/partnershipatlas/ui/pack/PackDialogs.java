package org.partnershipatlas.ui.pack;

/** The cabinet appendices' own dialog, so the feature owns its contract and tests can script it. */
public interface PackDialogs {
    /** Shows the cabinet appendices dialog on the view model's choices; true when the user chose Export. */
    boolean editPack(PackViewModel choices);
}
