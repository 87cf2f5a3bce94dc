package org.partnershipatlas.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.analysis.SignificanceAssessment;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Labelled;

/**
 * The columns of the partnership register (the columns councils publish), each either a body field
 * that can be edited in place or a derived fact (significance, oversight) that cannot. The screen,
 * the CSV and XLSX exports and the cabinet appendix all use this one list.
 */
public enum RegisterColumn implements Labelled {
    NAME("Name", BodyField.NAME),
    LAYER("Layer", BodyField.LAYER),
    THEMES("Themes", BodyField.THEMES),
    CLASSIFICATION("Classification", BodyField.CLASSIFICATION),
    SIGNIFICANCE("Significance", null),
    OVERSIGHT("Needs oversight", null),
    CHAIR("Chair", BodyField.CHAIR),
    LEAD_MEMBER("Lead member", BodyField.LEAD_MEMBER),
    LEAD_OFFICER("Lead officer", BodyField.LEAD_OFFICER),
    ACCOUNTABLE_BODY("Accountable body", BodyField.ACCOUNTABLE_BODY),
    COUNCIL_CONTRIBUTION("Council contribution", BodyField.COUNCIL_CONTRIBUTION),
    POOLED_BUDGET("Pooled budget", BodyField.POOLED_BUDGET),
    RISK_RATING("Risk rating", BodyField.RISK_RATING),
    LAST_REVIEWED("Last review", BodyField.LAST_REVIEWED),
    NEXT_REVIEW_DUE("Next review", BodyField.NEXT_REVIEW_DUE),
    SCRUTINY_COMMITTEE("Scrutiny committee", BodyField.SCRUTINY_COMMITTEE),
    LAST_SCRUTINISED("Last scrutinised", BodyField.LAST_SCRUTINISED);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private final String label;
    private final BodyField field;

    RegisterColumn(String label, BodyField field) {
        this.label = label;
        this.field = field;
    }

    @Override
    public String label() {
        return label;
    }

    /** The body field behind the column, or null for a derived column. */
    public BodyField field() {
        return field;
    }

    public boolean editable() {
        return field != null;
    }

    /** The cell as a person reads it: names for people and organisations, £ for money, 31/03/2026 for dates. */
    public String text(AuthorityModel model, Body body) {
        if (this == SIGNIFICANCE) {
            SignificanceAssessment assessment = SignificanceAssessment.of(model, body);
            return assessment.band().label() + " (" + assessment.score() + ")";
        }
        if (this == OVERSIGHT) {
            return Oversight.needed(model, body) ? "Yes" : "No";
        }
        return field.text(model, body, DATE);
    }
}
