package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;

class SampleHealthCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final AuthorityModel sample = SampleAuthority.build(TODAY);
    private final List<Finding> findings = HealthCheck.run(sample, TODAY);

    private boolean found(Rule rule, String body) {
        return findings.stream().anyMatch(f -> f.rule() == rule
                && f.bodyIds().stream().anyMatch(id -> sample.body(id).name().equals(body)));
    }

    @Test
    void findsEveryFaultTheSampleWasBuiltWith() {
        assertTrue(found(Rule.NO_LEAD_MEMBER, "Northmoor Economic Partnership"));
        assertTrue(found(Rule.REVIEW_OVERDUE, "Northmoor Housing Partnership"));
        assertTrue(found(Rule.MONEY_WITHOUT_OVERSIGHT, "Green Spaces Network"));
        assertTrue(found(Rule.REPORTING_LOOP, "Cost of Living Task Group"));
        assertTrue(found(Rule.ORPHAN, "Digital Inclusion Network"));
        assertTrue(findings.stream().anyMatch(f -> f.rule() == Rule.TOO_MANY_SEATS
                && f.message().startsWith("Northmoor Council for Voluntary Service sits on 12 bodies")));
        assertTrue(found(Rule.SCRUTINY_CONFLICT, "Safer Northmoor Partnership"));
    }

    @Test
    void findsNothingTwice() {
        Set<String> keys = new HashSet<>();
        for (Finding finding : findings) {
            assertTrue(keys.add(finding.key()), "twice: " + finding);
        }
        Set<String> messages = new HashSet<>();
        for (Finding finding : findings) {
            assertTrue(messages.add(finding.message()), "same message twice: " + finding.message());
        }
    }

    @Test
    void sortsMostSevereFirstAndIsRepeatable() {
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0);
        }
        assertEquals(findings, HealthCheck.run(SampleAuthority.build(TODAY), TODAY));
        assertEquals(4, HealthCheck.counts(findings).get(Severity.HIGH));
    }
}
