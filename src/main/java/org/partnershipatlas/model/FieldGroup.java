package org.partnershipatlas.model;

/** The headings the inspector groups a body's fields under. */
public enum FieldGroup implements Labelled {
    BODY("Body"),
    PEOPLE("People"),
    STRUCTURE("Structure"),
    MONEY("Money"),
    RISK("Risk"),
    REVIEW_AND_SCRUTINY("Review and scrutiny");

    private final String label;

    FieldGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
