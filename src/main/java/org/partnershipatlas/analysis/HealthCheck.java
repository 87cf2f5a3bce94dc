package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;

/**
 * Finds every governance gap councillors should know about. Pure: the same model, settings and day
 * give the same findings, in a fixed order (most severe first). Each finding is reported once.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static List<Finding> run(AuthorityModel model, LocalDate today) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        Consumer<Finding> out = finding -> byKey.putIfAbsent(finding.key(), finding);
        GovernanceRules.check(model, today, out);
        StructureRules.check(model, out);
        PeopleRules.check(model, out);
        AppointmentRules.check(model, today, out);
        CoverageRules.check(model, out);
        List<Finding> findings = new ArrayList<>(byKey.values());
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::rule));
        return findings;
    }

    /** True when an action not yet done was made from this finding. */
    public static boolean hasOpenAction(AuthorityModel model, Finding finding) {
        String key = finding.key();
        for (Action action : model.actions()) {
            if (action.isOpen() && key.equals(action.findingKey())) {
                return true;
            }
        }
        return false;
    }

    /** Counts by severity, in severity order. */
    public static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
