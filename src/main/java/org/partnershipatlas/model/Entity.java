package org.partnershipatlas.model;

/**
 * Anything an edit can create, change or delete. Ids are unique across all kinds within one
 * authority file, so an edit can be described as before/after pairs without naming tables.
 */
public sealed interface Entity permits Authority, AuthoritySettings, Theme, Body, Organisation, Person,
        AccountabilityLine, Seat, Action, CommitteeMembership, ClassificationDecision, SignificanceScheme,
        SignificanceJudgement, MapPosition, WorkshopPlan, WorkshopNote, CabinetPapers {
    long id();

    /** How the entity is named in messages to the user, e.g. the body's name in quotes. */
    String describe();
}
