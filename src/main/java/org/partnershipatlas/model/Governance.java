package org.partnershipatlas.model;

import java.time.LocalDate;

/**
 * The governance details a council keeps on every body (../shared/DOMAIN.md). Every field may be
 * empty: an empty field is a gap the health check can point at, not an error.
 */
public record Governance(
        String purpose,
        Long chairId,
        Long viceChairId,
        Long leadOfficerId,
        Long leadMemberId,
        Long accountableBodyId,
        String termsOfReference,
        LocalDate termsAgreed,
        LegalStatus legalStatus,
        String statutoryBasis,
        Frequency meetingFrequency,
        Frequency reportingCycle,
        Money councilContribution,
        Money pooledBudget,
        RiskRating riskRating,
        LocalDate lastReviewed,
        LocalDate nextReviewDue,
        String scrutinyCommittee,
        LocalDate lastScrutinised,
        Boolean informationSharingProtocol,
        LocalDate informationSharingAgreed,
        String exitStrategy,
        LifecycleStage lifecycleStage,
        String notes) {

    public static final Governance EMPTY = new Builder().build();

    public Governance {
        purpose = Text.emptyToNull(purpose);
        termsOfReference = Text.emptyToNull(termsOfReference);
        statutoryBasis = Text.emptyToNull(statutoryBasis);
        scrutinyCommittee = Text.emptyToNull(scrutinyCommittee);
        exitStrategy = Text.emptyToNull(exitStrategy);
        notes = Text.emptyToNull(notes);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable twin of the record, so that one field can change without restating the other 24. */
    public static final class Builder {
        String purpose;
        Long chairId;
        Long viceChairId;
        Long leadOfficerId;
        Long leadMemberId;
        Long accountableBodyId;
        String termsOfReference;
        LocalDate termsAgreed;
        LegalStatus legalStatus;
        String statutoryBasis;
        Frequency meetingFrequency;
        Frequency reportingCycle;
        Money councilContribution;
        Money pooledBudget;
        RiskRating riskRating;
        LocalDate lastReviewed;
        LocalDate nextReviewDue;
        String scrutinyCommittee;
        LocalDate lastScrutinised;
        Boolean informationSharingProtocol;
        LocalDate informationSharingAgreed;
        String exitStrategy;
        LifecycleStage lifecycleStage;
        String notes;

        public Builder() {
        }

        Builder(Governance g) {
            purpose = g.purpose;
            chairId = g.chairId;
            viceChairId = g.viceChairId;
            leadOfficerId = g.leadOfficerId;
            leadMemberId = g.leadMemberId;
            accountableBodyId = g.accountableBodyId;
            termsOfReference = g.termsOfReference;
            termsAgreed = g.termsAgreed;
            legalStatus = g.legalStatus;
            statutoryBasis = g.statutoryBasis;
            meetingFrequency = g.meetingFrequency;
            reportingCycle = g.reportingCycle;
            councilContribution = g.councilContribution;
            pooledBudget = g.pooledBudget;
            riskRating = g.riskRating;
            lastReviewed = g.lastReviewed;
            nextReviewDue = g.nextReviewDue;
            scrutinyCommittee = g.scrutinyCommittee;
            lastScrutinised = g.lastScrutinised;
            informationSharingProtocol = g.informationSharingProtocol;
            informationSharingAgreed = g.informationSharingAgreed;
            exitStrategy = g.exitStrategy;
            lifecycleStage = g.lifecycleStage;
            notes = g.notes;
        }

        /** Sets one field by its descriptor; the value's type is the field's {@link FieldType}. */
        public Builder set(BodyField field, Object value) {
            field.write(this, value);
            return this;
        }

        public Governance build() {
            return new Governance(purpose, chairId, viceChairId, leadOfficerId, leadMemberId, accountableBodyId,
                    termsOfReference, termsAgreed, legalStatus, statutoryBasis, meetingFrequency, reportingCycle,
                    councilContribution, pooledBudget, riskRating, lastReviewed, nextReviewDue,
                    scrutinyCommittee, lastScrutinised, informationSharingProtocol, informationSharingAgreed,
                    exitStrategy, lifecycleStage, notes);
        }
    }
}
