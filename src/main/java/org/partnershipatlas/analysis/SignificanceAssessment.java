package org.partnershipatlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Significance;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.SignificanceScheme;

/**
 * A body's significance under the authority's scheme: which criteria it meets, the weighted score
 * and the band. Always worked out, never typed, so changing the scheme re-bands every body at once.
 */
public record SignificanceAssessment(List<SignificanceCriterion> met, int score, int passMark, Significance band) {

    public static SignificanceAssessment of(AuthorityModel model, Body body) {
        SignificanceScheme scheme = model.significanceScheme();
        List<SignificanceCriterion> met = new ArrayList<>();
        Money contribution = body.governance().councilContribution();
        if (contribution != null && contribution.compareTo(scheme.contributionThreshold()) >= 0) {
            met.add(SignificanceCriterion.COUNCIL_CONTRIBUTION);
        }
        if (body.governance().statutoryBasis() != null) {
            met.add(SignificanceCriterion.STATUTORY_BASIS);
        }
        SignificanceJudgement judgement = model.judgementFor(body.id());
        if (judgement != null) {
            met.addAll(judgement.met());
        }
        int score = met.stream().mapToInt(c -> scheme.weights().get(c)).sum();
        Significance band = score >= scheme.passMark() ? Significance.SIGNIFICANT : Significance.NOT_SIGNIFICANT;
        return new SignificanceAssessment(List.copyOf(met), score, scheme.passMark(), band);
    }

    public boolean significant() {
        return band == Significance.SIGNIFICANT;
    }

    /** "Significant (score 4, needs 2): council contribution at or above the threshold; set up under a statutory duty". */
    public String summary() {
        String reasons = met.isEmpty() ? "meets no criterion"
                : String.join("; ", met.stream().map(c -> c.label().toLowerCase(Locale.ROOT)).toList());
        return band.label() + " (score " + score + ", needs " + passMark + "): " + reasons;
    }
}
