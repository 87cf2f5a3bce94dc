package org.partnershipatlas.model;

import java.util.List;

/**
 * The authority's own thresholds for the health check and rates for the cost of partnership
 * working. Kept in the authority file, one per file, with the fixed id {@link #ID}, so changing them
 * is an undoable edit. {@code topBodyIds} names the bodies at the top of the structure; empty means
 * "the partnership boards nothing else is above".
 */
public record AuthoritySettings(int reviewDueSoonDays, int maxSeats, int maxChairs, List<Long> topBodyIds,
                                int meetingMinutes, int preparationMinutes, Money officerHourlyRate,
                                Money councillorHourlyRate, Money partnerHourlyRate) implements Entity {
    public static final long ID = -1L;

    /** The documented defaults (README, "Health check"). */
    public static final AuthoritySettings DEFAULTS = new AuthoritySettings(90, 8, 3, List.of(), 120, 60,
            Money.ofPounds(35), Money.ofPounds(25), Money.ofPounds(35));

    public AuthoritySettings {
        topBodyIds = topBodyIds == null ? List.of() : List.copyOf(topBodyIds);
    }

    @Override
    public long id() {
        return ID;
    }

    @Override
    public String describe() {
        return "the authority's settings";
    }
}
