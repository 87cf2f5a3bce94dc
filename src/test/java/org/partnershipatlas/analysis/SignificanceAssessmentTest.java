package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Significance;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.SignificanceScheme;

class SignificanceAssessmentTest {
    private final Mini m = new Mini();
    private final long body = m.body("Economic Partnership", Classification.PARTNERSHIP);

    private SignificanceAssessment assess() {
        return SignificanceAssessment.of(m.model, m.model.body(body));
    }

    @Test
    void theDefaultsMakeTenThousandPoundsOrAStatutoryDutySignificant() {
        assertEquals(Significance.NOT_SIGNIFICANT, assess().band());
        m.set(body, BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(9_999));
        assertEquals(0, assess().score());
        m.set(body, BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(10_000));
        assertEquals(2, assess().score());
        assertTrue(assess().significant());
        assertTrue(Oversight.needed(m.model, m.model.body(body)));
        m.set(body, BodyField.STATUTORY_BASIS, "Crime and Disorder Act 1998");
        assertEquals(List.of(SignificanceCriterion.COUNCIL_CONTRIBUTION, SignificanceCriterion.STATUTORY_BASIS),
                assess().met());
        assertEquals("Significant (score 4, needs 2): council contribution at or above the threshold; set up under a "
                + "statutory duty", assess().summary());
    }

    @Test
    void judgedCriteriaAddTheirWeight() {
        m.model.apply(Edit.of("judge", Change.create(new SignificanceJudgement(m.model.newId(), body,
                Set.of(SignificanceCriterion.CORPORATE_PRIORITY)))));
        assertEquals(1, assess().score());
        assertFalse(assess().significant());
        var judgement = m.model.judgementFor(body);
        m.model.apply(Edit.of("judge", Change.update(judgement, new SignificanceJudgement(judgement.id(), body,
                Set.of(SignificanceCriterion.CORPORATE_PRIORITY, SignificanceCriterion.RISK_TO_REPUTATION)))));
        assertTrue(assess().significant());
    }

    @Test
    void changingTheSchemeRebandsEveryBodyAndCanBeUndone() {
        m.set(body, BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(15_000));
        assertTrue(assess().significant());
        SignificanceScheme before = m.model.significanceScheme();
        m.model.apply(Edit.of("scheme", Change.update(before, new SignificanceScheme(Money.ofPounds(50_000),
                before.weights(), 2))));
        assertFalse(assess().significant(), "£15,000 is under a £50,000 threshold");
        m.model.apply(Edit.of("undo", Change.update(m.model.significanceScheme(), before)));
        assertTrue(assess().significant());
        m.model.apply(Edit.of("scheme", Change.update(before, new SignificanceScheme(before.contributionThreshold(),
                Map.of(SignificanceCriterion.COUNCIL_CONTRIBUTION, 1), 3))));
        assertEquals(Significance.NOT_SIGNIFICANT, assess().band(), "weights and pass mark apply too");
    }

    @Test
    void onlyPartnershipsNeedOversight() {
        m.set(body, BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(15_000));
        m.set(body, BodyField.CLASSIFICATION, Classification.NETWORK);
        assertTrue(assess().significant());
        assertFalse(Oversight.needed(m.model, m.model.body(body)));
    }
}
