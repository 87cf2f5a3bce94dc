package org.partnershipatlas.model;

/**
 * How often a body meets or reports. Carries times a year so that reporting cycles can be
 * compared (a body reporting twice a year to a board that needs quarterly reports is out of step).
 */
public enum Frequency implements Labelled {
    WEEKLY(52),
    FORTNIGHTLY(26),
    MONTHLY(12),
    BI_MONTHLY(6),
    QUARTERLY(4),
    TWICE_A_YEAR(2),
    ANNUALLY(1),
    AD_HOC(0);

    private final int timesAYear;

    Frequency(int timesAYear) {
        this.timesAYear = timesAYear;
    }

    /** Times a year, 0 for ad hoc. */
    public int timesAYear() {
        return timesAYear;
    }
}
