package org.partnershipatlas.model;

/**
 * A section of the cabinet papers where the officer writes in their own words, beside the facts the
 * app writes: the review report's five sections and the covering report's own headings. Kept with
 * the authority, so a recorded review keeps the words that went with it.
 */
public enum ReportText implements Labelled {
    SCOPE("Scope and method", true),
    NUMBERS("The structure in numbers", true),
    CHANGES("What changed since the last review", true),
    FINDINGS("Findings by theme", true),
    RECOMMENDATIONS("Recommendations", true),
    RECENT_REFERENCES("Recent references", false),
    SUMMARY("Executive summary", false),
    DETAIL("Detail", false),
    CORPORATE_STRATEGY("Corporate strategy (relevance to)", false),
    RESOURCES("Resource implications", false),
    BACKGROUND("Background documents", false);

    private final String label;
    private final boolean reviewReport;

    ReportText(String label, boolean reviewReport) {
        this.label = label;
        this.reviewReport = reviewReport;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for a section of the review report appendix; false for one of the covering report. */
    public boolean inReviewReport() {
        return reviewReport;
    }
}
