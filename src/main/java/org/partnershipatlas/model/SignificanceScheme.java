package org.partnershipatlas.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * How this authority decides significance: a weight for each criterion, the contribution threshold
 * and the score a partnership needs to be significant. One per file, with the fixed id {@link #ID},
 * so a change is undoable and every band is recalculated from it.
 */
public record SignificanceScheme(Money contributionThreshold, Map<SignificanceCriterion, Integer> weights,
                                 int passMark) implements Entity {
    public static final long ID = -2L;

    /** The documented defaults (README, "Significance"). */
    public static final SignificanceScheme DEFAULTS = new SignificanceScheme(Money.ofPounds(10_000), Map.of(
            SignificanceCriterion.COUNCIL_CONTRIBUTION, 2,
            SignificanceCriterion.STATUTORY_BASIS, 2,
            SignificanceCriterion.CORPORATE_PRIORITY, 1,
            SignificanceCriterion.RISK_TO_SERVICES, 1,
            SignificanceCriterion.RISK_TO_REPUTATION, 1,
            SignificanceCriterion.LEGAL_COMMITMENTS, 1), 2);

    public SignificanceScheme {
        Map<SignificanceCriterion, Integer> all = new EnumMap<>(SignificanceCriterion.class);
        for (SignificanceCriterion criterion : SignificanceCriterion.values()) {
            Integer weight = weights == null ? null : weights.get(criterion);
            all.put(criterion, weight == null ? 0 : weight);
        }
        weights = java.util.Collections.unmodifiableMap(all);
    }

    @Override
    public long id() {
        return ID;
    }

    @Override
    public String describe() {
        return "the significance criteria";
    }
}
