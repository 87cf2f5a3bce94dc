package org.partnershipatlas.analysis;

import java.util.List;

/**
 * One governance gap: which rule found it, how serious it is, who is involved, one plain sentence of
 * what is wrong and why it matters, and what to do. {@code key} is stable across runs (the rule and
 * the ids involved), so an action made from a finding can be matched to it next time.
 */
public record Finding(Rule rule, Severity severity, List<Long> bodyIds, List<Long> organisationIds,
                      List<Long> personIds, String message, String suggestedAction) {
    public Finding {
        bodyIds = List.copyOf(bodyIds);
        organisationIds = List.copyOf(organisationIds);
        personIds = List.copyOf(personIds);
    }

    public static Finding aboutBodies(Rule rule, Severity severity, List<Long> bodyIds, String message,
                                      String action) {
        return new Finding(rule, severity, bodyIds, List.of(), List.of(), message, action);
    }

    public String key() {
        return rule.name() + ":b" + bodyIds + ":o" + organisationIds + ":p" + personIds;
    }
}
