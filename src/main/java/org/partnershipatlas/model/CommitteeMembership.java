package org.partnershipatlas.model;

/**
 * A councillor's place on one of the council's own committees (e.g. a scrutiny committee), so that
 * the health check can see a councillor scrutinising a body they also sit on.
 */
public record CommitteeMembership(long id, long personId, String committee) implements Entity {
    public CommitteeMembership {
        committee = committee == null ? "" : committee.strip();
    }

    @Override
    public String describe() {
        return "the place on " + committee;
    }
}
