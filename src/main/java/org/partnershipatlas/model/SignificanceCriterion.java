package org.partnershipatlas.model;

/**
 * What makes a partnership significant for a council (Gravesham, Chorley and Lancaster style).
 * The first two are read from the governance record; the rest are the council's judgement of the body.
 */
public enum SignificanceCriterion implements Labelled {
    COUNCIL_CONTRIBUTION("Council contribution at or above the threshold", false),
    STATUTORY_BASIS("Set up under a statutory duty", false),
    CORPORATE_PRIORITY("Delivers a corporate priority", true),
    RISK_TO_SERVICES("Its failure would put council services at risk", true),
    RISK_TO_REPUTATION("Its failure would put the council's reputation at risk", true),
    LEGAL_COMMITMENTS("Carries legal or contractual commitments", true);

    private final String label;
    private final boolean judged;

    SignificanceCriterion(String label, boolean judged) {
        this.label = label;
        this.judged = judged;
    }

    @Override
    public String label() {
        return label;
    }

    /** True when the council judges it body by body; false when it follows from the record. */
    public boolean judged() {
        return judged;
    }
}
