package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Money;

/**
 * What changed in the structure between two points in time (a recorded review and another, or a
 * review and now): the first questions members ask of an annual review. Bodies are matched by id,
 * which a review keeps. Pure: two models and their days in, a list of differences out.
 */
public final class StructureComparison {
    /** The kinds of difference, in the order a review report lists them. */
    public enum Kind implements Labelled {
        ADDED("New body"),
        CLOSED("Closed"),
        RENAMED("Renamed"),
        RECLASSIFIED("Reclassified"),
        MOVED("Answers to another body"),
        LAYER("Layer changed"),
        THEMES("Themes changed"),
        PEOPLE("Chair, lead or accountable body changed"),
        MONEY("Money changed"),
        SIGNIFICANCE("Significance changed"),
        OVERSIGHT("Oversight changed"),
        FINDING_NEW("New finding"),
        FINDING_RESOLVED("Finding resolved"),
        ACTION_ADDED("Action added"),
        ACTION_COMPLETED("Action completed"),
        ACTION_OVERDUE("Action overdue");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * One difference: its kind, the body it concerns (null for one about the whole authority), what
     * changed ("Chair", a finding's sentence), and the value before and after in words.
     */
    public record Difference(Kind kind, Long bodyId, String bodyName, String what, String before, String after) {
    }

    /** Every difference, and the money totals before and after. */
    public record Result(List<Difference> differences, Money contributionsBefore, Money contributionsAfter,
                         Money pooledBefore, Money pooledAfter) {
        public List<Difference> of(Kind kind) {
            return differences.stream().filter(d -> d.kind() == kind).toList();
        }

        /** Bodies with any difference, by id, so a map can mark them. */
        public Map<Long, List<Difference>> byBody() {
            Map<Long, List<Difference>> grouped = new java.util.LinkedHashMap<>();
            for (Difference d : differences) {
                if (d.bodyId() != null) {
                    grouped.computeIfAbsent(d.bodyId(), k -> new ArrayList<>()).add(d);
                }
            }
            return grouped;
        }
    }

    /** " — before → after", " — after" or " — was before", as a list of changes prints it. */
    public static String change(Difference d) {
        if (d.before().isEmpty() && d.after().isEmpty()) {
            return "";
        }
        if (d.after().isEmpty()) {
            return " — was " + d.before();
        }
        return " — " + (d.before().isEmpty() ? "" : d.before() + " → ") + d.after();
    }

    private static final List<BodyField> PEOPLE = List.of(BodyField.CHAIR, BodyField.VICE_CHAIR,
            BodyField.LEAD_MEMBER, BodyField.LEAD_OFFICER, BodyField.ACCOUNTABLE_BODY);
    private static final List<BodyField> MONEY = List.of(BodyField.COUNCIL_CONTRIBUTION, BodyField.POOLED_BUDGET);

    private StructureComparison() {
    }

    /** What changed from {@code from} (as of {@code fromDay}) to {@code to} (as of {@code toDay}). */
    public static Result compare(AuthorityModel from, LocalDate fromDay, AuthorityModel to, LocalDate toDay) {
        List<Difference> out = new ArrayList<>();
        Map<Long, List<AccountabilityLine>> upBefore = upward(from);
        Map<Long, List<AccountabilityLine>> upAfter = upward(to);
        List<Body> bodies = new ArrayList<>(to.bodies());
        bodies.sort(Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER));
        for (Body now : bodies) {
            Body was = from.body(now.id());
            if (was == null) {
                out.add(new Difference(Kind.ADDED, now.id(), now.name(), "Added", "", describe(to, upAfter, now)));
            } else {
                bodyChanges(from, upBefore, was, to, upAfter, now, out);
            }
        }
        List<Body> gone = new ArrayList<>(from.bodies().stream().filter(b -> to.body(b.id()) == null).toList());
        gone.sort(Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER));
        for (Body was : gone) {
            out.add(new Difference(Kind.CLOSED, was.id(), was.name(), "Closed", describe(from, upBefore, was), ""));
        }
        findings(from, fromDay, to, toDay, out);
        actions(from, fromDay, to, toDay, out);
        return new Result(List.copyOf(out), total(from, BodyField.COUNCIL_CONTRIBUTION),
                total(to, BodyField.COUNCIL_CONTRIBUTION), total(from, BodyField.POOLED_BUDGET),
                total(to, BodyField.POOLED_BUDGET));
    }

    private static void bodyChanges(AuthorityModel from, Map<Long, List<AccountabilityLine>> upBefore, Body was,
                                    AuthorityModel to, Map<Long, List<AccountabilityLine>> upAfter, Body now,
                                    List<Difference> out) {
        if (!was.name().equals(now.name())) {
            out.add(new Difference(Kind.RENAMED, now.id(), now.name(), "Name", was.name(), now.name()));
        }
        if (was.classification() != now.classification()) {
            out.add(new Difference(Kind.RECLASSIFIED, now.id(), now.name(), "Classification",
                    was.classification().label(), now.classification().label() + rationale(to, now)));
        }
        if (!parents(upBefore, was).equals(parents(upAfter, now))) {
            out.add(new Difference(Kind.MOVED, now.id(), now.name(), "Answers to", answersTo(from, upBefore, was),
                    answersTo(to, upAfter, now)));
        }
        if (was.layer() != now.layer()) {
            out.add(new Difference(Kind.LAYER, now.id(), now.name(), "Layer", was.layer().label(), now.layer().label()));
        }
        if (!was.themeIds().equals(now.themeIds())) {
            out.add(new Difference(Kind.THEMES, now.id(), now.name(), "Themes",
                    BodyField.THEMES.text(from, was, null), BodyField.THEMES.text(to, now, null)));
        }
        for (BodyField field : PEOPLE) {
            fieldChange(Kind.PEOPLE, field, from, was, to, now, out);
        }
        for (BodyField field : MONEY) {
            fieldChange(Kind.MONEY, field, from, was, to, now, out);
        }
        boolean significantBefore = SignificanceAssessment.of(from, was).significant();
        boolean significantNow = SignificanceAssessment.of(to, now).significant();
        if (significantBefore != significantNow) {
            out.add(new Difference(Kind.SIGNIFICANCE, now.id(), now.name(), "Significance",
                    significantBefore ? "Significant" : "Not significant",
                    significantNow ? "Significant" : "Not significant"));
        }
        boolean oversightBefore = Oversight.needed(was, significantBefore);
        boolean oversightNow = Oversight.needed(now, significantNow);
        if (oversightBefore != oversightNow) {
            out.add(new Difference(Kind.OVERSIGHT, now.id(), now.name(), "Political oversight",
                    oversightBefore ? "Needed" : "Not needed", oversightNow ? "Needed" : "Not needed"));
        }
    }

    private static void fieldChange(Kind kind, BodyField field, AuthorityModel from, Body was, AuthorityModel to,
                                    Body now, List<Difference> out) {
        String before = field.text(from, was, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        String after = field.text(to, now, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        // compared as read: a person whose name is unchanged but whose record was replaced is no change
        if (!before.equals(after)) {
            out.add(new Difference(kind, now.id(), now.name(), field.label(), before, after));
        }
    }

    /** ": rationale" of the latest decision on the body, so a reclassification carries its reason. */
    private static String rationale(AuthorityModel model, Body body) {
        List<ClassificationDecision> decisions = model.decisionsFor(body.id());
        if (decisions.isEmpty()) {
            return " (no decision recorded)";
        }
        ClassificationDecision latest = decisions.get(decisions.size() - 1);
        return latest.rationale().isBlank() ? "" : ": " + latest.rationale();
    }

    /** The bodies it answers to and how, by id: a parent renamed has not moved its groups. */
    private static Set<String> parents(Map<Long, List<AccountabilityLine>> upward, Body body) {
        Set<String> parents = new HashSet<>();
        for (AccountabilityLine line : upward.getOrDefault(body.id(), List.of())) {
            parents.add(line.kind() + ":" + line.toBodyId());
        }
        return parents;
    }

    /** Each body's lines up to what it answers to, gathered once (a model finds a body's lines by a scan). */
    private static Map<Long, List<AccountabilityLine>> upward(AuthorityModel model) {
        Map<Long, List<AccountabilityLine>> up = new HashMap<>();
        for (AccountabilityLine line : model.lines()) {
            up.computeIfAbsent(line.fromBodyId(), k -> new ArrayList<>()).add(line);
        }
        return up;
    }

    /** The bodies it answers to, by their lines' kinds and names: "sub-group of Safer Northmoor". */
    private static String answersTo(AuthorityModel model, Map<Long, List<AccountabilityLine>> upward, Body body) {
        List<String> parts = new ArrayList<>();
        for (AccountabilityLine line : upward.getOrDefault(body.id(), List.of())) {
            Body up = model.body(line.toBodyId());
            if (up != null) {
                parts.add(phrase(line) + " " + up.name());
            }
        }
        parts.sort(null);
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    private static String phrase(AccountabilityLine line) {
        return switch (line.kind()) {
            case SUB_GROUP_OF -> "sub-group of";
            case REPORTS_TO -> "reports to";
            case ADVISES -> "advises";
            case COMMISSIONS -> "commissioned by";
        };
    }

    private static String describe(AuthorityModel model, Map<Long, List<AccountabilityLine>> upward, Body body) {
        String answers = answersTo(model, upward, body);
        return body.classification().label() + " in the " + body.layer().label().toLowerCase(java.util.Locale.ROOT)
                + " layer" + (answers.equals("nothing") ? ", answering to no other body" : ", " + answers);
    }

    private static void findings(AuthorityModel from, LocalDate fromDay, AuthorityModel to, LocalDate toDay,
                                 List<Difference> out) {
        Map<String, Finding> before = new HashMap<>();
        List<Finding> found = bothChecks(from, fromDay, to, toDay, before);
        Set<String> now = new HashSet<>();
        for (Finding finding : found) {
            now.add(finding.key());
            if (!before.containsKey(finding.key())) {
                out.add(finding(Kind.FINDING_NEW, to, finding));
            }
        }
        before.values().stream().filter(f -> !now.contains(f.key()))
                .sorted(Comparator.comparing(Finding::message))
                .forEach(f -> out.add(finding(Kind.FINDING_RESOLVED, from, f)));
    }

    /**
     * The health check of both points, side by side on two cores: the check of a 10,000-body authority
     * is most of a comparison's time. The second runs on a thread with the deep stack the check's
     * graph searches need, as the window's background threads have.
     */
    private static List<Finding> bothChecks(AuthorityModel from, LocalDate fromDay, AuthorityModel to,
                                            LocalDate toDay, Map<String, Finding> before) {
        RuntimeException[] failed = new RuntimeException[1];
        Thread other = new Thread(null, () -> {
            try {
                HealthCheck.run(from, fromDay).forEach(f -> before.put(f.key(), f));
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        }, "atlas-compare", 256L << 20);
        other.start();
        List<Finding> now = HealthCheck.run(to, toDay);
        try {
            other.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the comparison was interrupted", e);
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return now;
    }

    private static Difference finding(Kind kind, AuthorityModel model, Finding finding) {
        Long bodyId = finding.bodyIds().isEmpty() ? null : finding.bodyIds().get(0);
        Body body = bodyId == null ? null : model.body(bodyId);
        return new Difference(kind, bodyId, body == null ? "" : body.name(), finding.message(),
                kind == Kind.FINDING_NEW ? "" : finding.severity().label(),
                kind == Kind.FINDING_NEW ? finding.severity().label() : "Resolved");
    }

    private static void actions(AuthorityModel from, LocalDate fromDay, AuthorityModel to, LocalDate toDay,
                                List<Difference> out) {
        for (Action now : to.actions()) {
            Action was = from.action(now.id());
            Long bodyId = now.bodyIds().isEmpty() ? null : now.bodyIds().get(0);
            Body body = bodyId == null ? null : to.body(bodyId);
            String name = body == null ? "" : body.name();
            if (was == null) {
                out.add(new Difference(Kind.ACTION_ADDED, bodyId, name, now.description(), "",
                        now.status().label() + due(now)));
            } else if (now.status() == ActionStatus.DONE && was.status() != ActionStatus.DONE) {
                out.add(new Difference(Kind.ACTION_COMPLETED, bodyId, name, now.description(), was.status().label(),
                        now.status().label()));
            }
            if (now.status() != ActionStatus.DONE && now.targetDate() != null && now.targetDate().isBefore(toDay)
                    && (was == null || was.targetDate() == null || !was.targetDate().isBefore(fromDay))) {
                out.add(new Difference(Kind.ACTION_OVERDUE, bodyId, name, now.description(), "",
                        "Due " + now.targetDate()));
            }
        }
    }

    private static String due(Action action) {
        return action.targetDate() == null ? "" : ", due " + action.targetDate();
    }

    private static Money total(AuthorityModel model, BodyField field) {
        return PartnershipCost.sum(model.bodies(), field);
    }
}
