package org.partnershipatlas.ui.people;

/**
 * One field of the person or organisation form. The form is built from these, so the people and
 * organisation screens lay out, commit and report their fields the same way.
 */
public interface PartyField {
    /** What the form's label says. */
    String label();

    /** Chosen from a list rather than typed. */
    boolean isChoice();

    /** The name tests and the accessibility tree find the field by ("party-NAME"). */
    String name();
}
