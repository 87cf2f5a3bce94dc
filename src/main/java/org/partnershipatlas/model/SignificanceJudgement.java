package org.partnershipatlas.model;

import java.util.EnumSet;
import java.util.Set;

/** The judged significance criteria (corporate priority, risks, commitments) the council says a body meets. */
public record SignificanceJudgement(long id, long bodyId, Set<SignificanceCriterion> met) implements Entity {
    public SignificanceJudgement {
        EnumSet<SignificanceCriterion> judged = EnumSet.noneOf(SignificanceCriterion.class);
        if (met != null) {
            met.stream().filter(SignificanceCriterion::judged).forEach(judged::add);
        }
        met = java.util.Collections.unmodifiableSet(judged);
    }

    @Override
    public String describe() {
        return "the significance judgement";
    }
}
