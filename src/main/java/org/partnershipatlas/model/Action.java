package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the council's partnership action plan (the seeds/002 Appendix 2 style): what is to be
 * done, by whom, by when, how it stands, where it came from and which bodies it concerns.
 * {@code findingKey} links an action made from a health-check finding back to that finding.
 */
public record Action(long id, String description, ActionOwner owner, Long ownerId, LocalDate targetDate,
                     ActionStatus status, ActionSource source, List<Long> bodyIds, String findingKey,
                     LocalDate raised) implements Entity {
    public Action {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        description = description == null ? "" : description.strip();
        bodyIds = bodyIds == null ? List.of() : List.copyOf(bodyIds);
        findingKey = Text.emptyToNull(findingKey);
    }

    @Override
    public String describe() {
        return "the action \"" + description + "\"";
    }

    public Action withStatus(ActionStatus newStatus) {
        return new Action(id, description, owner, ownerId, targetDate, newStatus, source, bodyIds, findingKey, raised);
    }

    public Action withBodies(List<Long> newBodies, ActionOwner newOwner, Long newOwnerId) {
        return new Action(id, description, newOwner, newOwnerId, targetDate, status, source, newBodies, findingKey,
                raised);
    }

    /** Open means not done: it still needs someone to act. */
    public boolean isOpen() {
        return status != ActionStatus.DONE;
    }

    /** Overdue: open and past its target date. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && targetDate != null && targetDate.isBefore(today);
    }
}
