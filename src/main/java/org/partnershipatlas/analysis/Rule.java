package org.partnershipatlas.analysis;

import org.partnershipatlas.model.Labelled;

/** Every check the health check makes, with the name a finding shows. */
public enum Rule implements Labelled {
    NO_LEAD_MEMBER("Partnership without a lead member"),
    NO_SCRUTINY("Partnership without scrutiny"),
    NO_ACCOUNTABLE_BODY("Partnership without an accountable body"),
    NO_TERMS_OF_REFERENCE("Partnership without terms of reference"),
    REVIEW_OVERDUE("Review overdue"),
    REVIEW_DUE_SOON("Review due soon"),
    NEVER_REVIEWED("Never reviewed"),
    REPORTING_LOOP("Reporting loop"),
    ORPHAN("No line up to the top"),
    TOO_MANY_SEATS("Over-committed: seats"),
    TOO_MANY_CHAIRS("Over-committed: chairs"),
    SCRUTINY_CONFLICT("Conflict: scrutinising own body"),
    SINGLE_POINT_OF_FAILURE("Single point of failure"),
    HOLDS_STRUCTURE_TOGETHER("Holds the structure together"),
    APPOINTMENT_ENDED("Appointment ended"),
    APPOINTMENT_ENDING("Appointment ending soon"),
    NO_ORGANISATION("Sits for no organisation"),
    MONEY_WITHOUT_OVERSIGHT("Money without oversight"),
    REPORTING_OUT_OF_STEP("Reporting out of step"),
    THEME_WITHOUT_PARTNERSHIP("Theme without a partnership"),
    THEME_WITHOUT_SCRUTINY("Theme without scrutiny"),
    UNCLASSIFIED("Not classified"),
    CLASSIFICATION_CONTRADICTED("Answers contradict the classification");

    private final String label;

    Rule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
