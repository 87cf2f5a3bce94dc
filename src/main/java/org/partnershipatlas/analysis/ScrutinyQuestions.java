package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Governance;
import org.partnershipatlas.model.LifecycleStage;
import org.partnershipatlas.model.Money;

/**
 * Questions for overview and scrutiny councillors about one partnership, under Kipling's six honest
 * serving men (What, Why, When, How, Where, Who; seeds/003). Every question comes from the
 * partnership's own record, or from a health-check finding about it or a body under it, and names
 * the body, the people and the amounts it is about, so no two sheets ask the same thing and none asks
 * what does not apply. Each question starts with the word of the heading it sits under. The one
 * question every sheet shares is the last: "What decision do you need from us?".
 */
public final class ScrutinyQuestions {
    /** The closing question, the only one every sheet asks. */
    public static final String CLOSING = "What decision do you need from us?";

    /** Kipling's six, in the order a sheet asks them. */
    public enum Heading { WHAT, WHY, WHEN, HOW, WHERE, WHO;

        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ScrutinyQuestions() {
    }

    /** The questions for a body, by heading; {@code findings} are the whole health check's. */
    public static Map<Heading, List<String>> forBody(AuthorityModel model, Body body, List<Finding> findings,
                                                     LocalDate today) {
        Map<Heading, List<String>> questions = new EnumMap<>(Heading.class);
        for (Heading heading : Heading.values()) {
            questions.put(heading, new ArrayList<>());
        }
        fromRecord(model, body, questions);
        Set<Long> under = under(model, body.id());
        for (Finding finding : findings) {
            if (finding.bodyIds().contains(body.id()) || finding.bodyIds().stream().anyMatch(under::contains)) {
                String question = fromFinding(model, body, under, finding);
                if (question != null) {
                    ask(questions, heading(finding.rule()), question);
                }
            }
        }
        ask(questions, Heading.WHAT, CLOSING);
        return questions;
    }

    /** The questions the body's own record raises, each naming the body and its facts. */
    private static void fromRecord(AuthorityModel model, Body body, Map<Heading, List<String>> questions) {
        Governance g = body.governance();
        String name = body.name();
        if (g.purpose() != null) {
            ask(questions, Heading.WHAT, "What has " + name + " achieved this year towards its purpose: "
                    + sentence(g.purpose()) + "?");
        } else {
            ask(questions, Heading.WHAT, "What is " + name + " for? No purpose is recorded.");
        }
        if (g.councilContribution() != null && g.councilContribution().isPositive()) {
            ask(questions, Heading.WHAT, "What does the council's " + g.councilContribution().format()
                    + " a year to " + name + " buy, and what would be lost without it?");
        }
        ClassificationDecision decision = model.decisionsFor(body.id()).stream()
                .max(Comparator.comparing(ClassificationDecision::decidedOn).thenComparing(ClassificationDecision::id))
                .orElse(null);
        if (body.classification() == Classification.PARTNERSHIP && decision != null) {
            ask(questions, Heading.WHY, "Why does " + name + " still need to be a partnership, as " + decision.decidedBy()
                    + " decided on " + DATE.format(decision.decidedOn()) + ", rather than a network?");
        }
        if (g.lastScrutinised() != null) {
            ask(questions, Heading.WHEN, "When should " + name + " come back to " + (g.scrutinyCommittee() == null
                    ? "scrutiny" : "the " + g.scrutinyCommittee()) + ", which last looked at it on "
                    + DATE.format(g.lastScrutinised()) + "?");
        }
        if (g.lifecycleStage() == LifecycleStage.WINDING_DOWN) {
            ask(questions, Heading.WHEN, "When will " + name + " have wound down, and who takes on its work?");
        }
        if (g.pooledBudget() != null && g.pooledBudget().isPositive()) {
            ask(questions, Heading.HOW, "How is " + name + "'s pooled budget of " + g.pooledBudget().format()
                    + " accounted for, and who signs it off" + (g.accountableBodyId() == null ? "?"
                    : " at " + model.organisation(g.accountableBodyId()).name() + "?"));
        }
        if (Boolean.FALSE.equals(g.informationSharingProtocol())) {
            ask(questions, Heading.HOW, "How do the partners of " + name + " share information without an agreed "
                    + "protocol?");
        }
        for (AccountabilityLine line : model.linesOf(body.id())) {
            if (line.fromBodyId() == body.id()) {
                String parent = model.body(line.toBodyId()).name();
                ask(questions, Heading.WHERE, "Where do " + name + "'s reports to " + parent + " go next, and what has "
                        + parent + " done with them?");
            }
        }
        // one person in two roles is named once: "Cllr Priya Lal as its chair and lead member"
        Map<Long, List<String>> held = new java.util.LinkedHashMap<>();
        role(model, g.chairId(), "chair", held);
        role(model, g.leadMemberId(), "lead member", held);
        role(model, g.leadOfficerId(), "lead officer", held);
        List<String> roles = new ArrayList<>();
        held.forEach((person, titles) -> roles.add(model.person(person).name() + " as its " + and(titles)));
        if (!roles.isEmpty()) {
            ask(questions, Heading.WHO, "Who answers for " + name + "'s results: " + or(roles) + "?");
        }
        if (g.chairId() != null && g.chairId().equals(g.leadMemberId())) {
            ask(questions, Heading.WHO, "Who challenges the chair of " + name + ", when "
                    + model.person(g.chairId()).name() + " is both its chair and its lead member?");
        }
    }

    /**
     * The question a finding about the body, or about bodies {@code under} it, raises on the body's
     * sheet; null where it raises none of its own (a theme with no partnership is not one body's).
     */
    static String fromFinding(AuthorityModel model, Body sheet, Set<Long> under, Finding finding) {
        List<Long> involved = finding.bodyIds().stream().filter(id -> id == sheet.id() || under.contains(id)).toList();
        boolean own = involved.contains(sheet.id());
        Body subject = own || involved.isEmpty() ? sheet : model.body(involved.get(0));
        String name = subject.name();
        String below = own ? "" : " (under " + sheet.name() + ")";
        String who = people(model, finding);
        Governance g = subject.governance();
        return switch (finding.rule()) {
            case NO_LEAD_MEMBER -> "Who will be the lead member for " + name + below + "? None is recorded.";
            case NO_SCRUTINY -> "Who scrutinises " + name + below + "? No scrutiny committee is recorded.";
            case NO_ACCOUNTABLE_BODY -> "Who holds " + name + "'s money" + money(g) + below + " and answers for it? "
                    + "No accountable body is recorded.";
            case NO_TERMS_OF_REFERENCE -> "What are the terms of reference of " + name + below + "? None are recorded.";
            case REVIEW_OVERDUE -> "When will " + name + below + " be reviewed? Its review was due on "
                    + (g.nextReviewDue() == null ? "a date now past" : DATE.format(g.nextReviewDue())) + ".";
            case REVIEW_DUE_SOON -> "When will the review of " + name + below + ", due on "
                    + (g.nextReviewDue() == null ? "a date soon" : DATE.format(g.nextReviewDue()))
                    + ", come to scrutiny?";
            case NEVER_REVIEWED -> "When will " + name + below + " have its first review? None is recorded.";
            case REPORTING_LOOP -> "Where does accountability end for " + names(model, involved) + below
                    + " whose reporting lines go round in a circle?";
            case ORPHAN -> "Where does " + name + below + " report? It has no line up to the top of the structure.";
            case TOO_MANY_SEATS -> "How can " + who + " give " + name + below + " the time it needs, when "
                    + (finding.organisationIds().isEmpty() ? "they sit" : "it sits") + " on "
                    + finding.bodyIds().size() + " bodies?";
            case TOO_MANY_CHAIRS -> "Who else could chair " + name + below + ", when " + who + " chairs "
                    + finding.bodyIds().size() + " bodies?";
            case SCRUTINY_CONFLICT -> "Who on the " + (g.scrutinyCommittee() == null ? "scrutiny committee"
                    : g.scrutinyCommittee()) + " will scrutinise " + name + below + " in place of " + who
                    + ", who sits on both?";
            case SINGLE_POINT_OF_FAILURE -> "Who would take over " + (involved.size() > 1 ? names(model, involved)
                    : name) + below + " if " + who + (finding.organisationIds().isEmpty() ? " stepped away" : " withdrew")
                    + "? " + (finding.organisationIds().isEmpty() ? "No vice chair is recorded."
                    : "No other accountable body is recorded.");
            case HOLDS_STRUCTURE_TOGETHER -> "Who else links " + name + below + " to the rest of the structure? "
                    + who + " is its only link.";
            case APPOINTMENT_ENDED -> "Who sits on " + name + below + " now that the appointment of " + who
                    + " has ended with no reappointment?";
            case APPOINTMENT_ENDING -> "Who will sit on " + name + below + " when the appointment of " + who
                    + " ends?";
            case NO_ORGANISATION -> "Who does " + who + " represent on " + name + below + "? No organisation is recorded.";
            case MONEY_WITHOUT_OVERSIGHT -> "Why does " + name + ", a " + subject.classification().label()
                    .toLowerCase(Locale.ROOT) + (own ? "," : " under " + sheet.name() + ",") + " hold "
                    + (money(g).isEmpty() ? "" : money(g).substring(2, money(g).length() - 1) + " of ")
                    + "council money without political oversight?";
            case REPORTING_OUT_OF_STEP -> "When does " + name + below + " report, and does it fit the meeting cycle of "
                    + "the board it reports to?" + (g.meetingFrequency() == null ? ""
                    : " It meets " + g.meetingFrequency().label().toLowerCase(Locale.ROOT) + ".");
            case UNCLASSIFIED -> "Why has " + name + below + " not been classified as a partnership, network or "
                    + "working group?";
            case CLASSIFICATION_CONTRADICTED -> "Why is " + name + below + " classified as a "
                    + subject.classification().label().toLowerCase(Locale.ROOT)
                    + " when its answers to the six tests suggest otherwise?";
            case THEME_WITHOUT_PARTNERSHIP, THEME_WITHOUT_SCRUTINY -> null;
        };
    }

    /** Which of the six a finding's question belongs under: the word it starts with. */
    static Heading heading(Rule rule) {
        return switch (rule) {
            case NO_LEAD_MEMBER, NO_SCRUTINY, NO_ACCOUNTABLE_BODY, SCRUTINY_CONFLICT, SINGLE_POINT_OF_FAILURE,
                 HOLDS_STRUCTURE_TOGETHER, TOO_MANY_CHAIRS, NO_ORGANISATION, APPOINTMENT_ENDED,
                 APPOINTMENT_ENDING -> Heading.WHO;
            case NO_TERMS_OF_REFERENCE -> Heading.WHAT;
            case REVIEW_OVERDUE, REVIEW_DUE_SOON, NEVER_REVIEWED, REPORTING_OUT_OF_STEP -> Heading.WHEN;
            case TOO_MANY_SEATS -> Heading.HOW;
            case REPORTING_LOOP, ORPHAN, THEME_WITHOUT_PARTNERSHIP, THEME_WITHOUT_SCRUTINY -> Heading.WHERE;
            case MONEY_WITHOUT_OVERSIGHT, UNCLASSIFIED, CLASSIFICATION_CONTRADICTED -> Heading.WHY;
        };
    }

    /** Every body answering to {@code top}, directly or through others. */
    static Set<Long> under(AuthorityModel model, long top) {
        Set<Long> seen = new LinkedHashSet<>();
        ArrayDeque<Long> next = new ArrayDeque<>();
        next.add(top);
        while (!next.isEmpty()) {
            long id = next.poll();
            for (AccountabilityLine line : model.linesOf(id)) {
                if (line.toBodyId() == id && line.fromBodyId() != top && seen.add(line.fromBodyId())) {
                    next.add(line.fromBodyId());
                }
            }
        }
        return seen;
    }

    private static String people(AuthorityModel model, Finding finding) {
        List<String> names = new ArrayList<>();
        finding.personIds().stream().map(model::person).filter(Objects::nonNull).forEach(p -> names.add(p.name()));
        finding.organisationIds().stream().map(model::organisation).filter(Objects::nonNull)
                .forEach(o -> names.add(o.name()));
        return names.isEmpty() ? "one member" : and(names);
    }

    private static String names(AuthorityModel model, List<Long> ids) {
        return and(ids.stream().map(model::body).filter(Objects::nonNull).map(Body::name).toList());
    }

    private static String money(Governance g) {
        Money amount = g.councilContribution() != null && g.councilContribution().isPositive()
                ? g.councilContribution() : g.pooledBudget();
        return amount == null || !amount.isPositive() ? "" : " (" + amount.format() + ")";
    }

    private static void role(AuthorityModel model, Long personId, String role, Map<Long, List<String>> held) {
        if (personId != null && model.person(personId) != null) {
            held.computeIfAbsent(personId, k -> new ArrayList<>()).add(role);
        }
    }

    private static String and(List<String> items) {
        return join(items, " and ");
    }

    private static String or(List<String> items) {
        return join(items, " or ");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    private static void ask(Map<Heading, List<String>> questions, Heading heading, String question) {
        if (!questions.get(heading).contains(question)) {
            questions.get(heading).add(question);
        }
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
