package org.partnershipatlas.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The fixed "today" of the UI tests: 25 November 2026 in London. */
public final class TestClock {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("Europe/London"));

    private TestClock() {
    }
}
