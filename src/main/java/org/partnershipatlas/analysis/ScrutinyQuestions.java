package org.partnershipatlas.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Governance;
import org.partnershipatlas.model.LifecycleStage;
import org.partnershipatlas.model.RiskRating;

/**
 * Questions for overview and scrutiny councillors about one partnership, under Kipling's six honest
 * serving men (What, Why, When, How, Where, Who; seeds/003), drawn from that partnership's own record
 * and its health-check findings, so each sheet asks about what is actually missing or late rather
 * than a generic list. A handful of standing questions (what it achieved, how performance will
 * improve, what decision it needs from us) come first under their headings.
 */
public final class ScrutinyQuestions {
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
        Governance g = body.governance();
        String name = body.name();
        ask(questions, Heading.WHAT, g.purpose() == null
                ? "What is " + name + " for? No purpose is recorded."
                : "What has " + name + " achieved this year towards its purpose: " + sentence(g.purpose()) + "?");
        if (g.councilContribution() != null && g.councilContribution().pence() > 0) {
            ask(questions, Heading.WHAT, "What does the council's contribution of " + g.councilContribution().format()
                    + " a year buy, and what would be lost without it?");
        }
        ask(questions, Heading.WHAT, "What decision, if any, do you need from the council?");
        ask(questions, Heading.WHY, body.classification() == Classification.PARTNERSHIP
                ? "Why does this need to be a partnership, rather than a network or a working group?"
                : "Why is this a " + body.classification().label().toLowerCase(Locale.ROOT)
                        + " and not a partnership needing political oversight?");
        ask(questions, Heading.WHY, "Where performance is below target, why, and what are the implications?");
        ask(questions, Heading.HOW, "How will performance improve, and how will we know?");
        if (g.riskRating() == RiskRating.HIGH) {
            ask(questions, Heading.HOW, "How are the risks that make this partnership high risk being managed?");
        }
        if (g.pooledBudget() != null && g.pooledBudget().pence() > 0) {
            ask(questions, Heading.HOW, "How is the pooled budget of " + g.pooledBudget().format()
                    + " accounted for, and who signs it off?");
        }
        if (!Boolean.TRUE.equals(g.informationSharingProtocol())) {
            ask(questions, Heading.HOW, "How do the partners share information without an agreed protocol?");
        }
        if (g.exitStrategy() == null) {
            ask(questions, Heading.WHEN, "When, and how, would this partnership end? It has no exit strategy.");
        } else if (g.lifecycleStage() == LifecycleStage.WINDING_DOWN) {
            ask(questions, Heading.WHEN, "When will the winding down be complete, and what happens to its work?");
        }
        if (g.lastScrutinised() != null) {
            ask(questions, Heading.WHEN, "Scrutiny last looked at it on " + DATE.format(g.lastScrutinised())
                    + ": when should it come back?");
        }
        for (AccountabilityLine line : model.linesOf(body.id())) {
            if (line.fromBodyId() == body.id()) {
                ask(questions, Heading.WHERE, "Where do its reports to " + model.body(line.toBodyId()).name()
                        + " go next, and what has that board done with them?");
            }
        }
        ask(questions, Heading.WHO, g.chairId() == null ? "Who chairs it? No chair is recorded."
                : "Who is responsible for its performance: the chair, " + model.person(g.chairId()).name()
                        + ", or the lead officer?");
        for (Finding finding : findings) {
            if (finding.bodyIds().contains(body.id())) {
                String question = fromFinding(model, body, finding, today);
                if (question != null) {
                    ask(questions, heading(finding.rule()), question);
                }
            }
        }
        return questions;
    }

    /** The question a finding raises about the body, or null where it raises none of its own. */
    static String fromFinding(AuthorityModel model, Body body, Finding finding, LocalDate today) {
        Governance g = body.governance();
        return switch (finding.rule()) {
            case NO_LEAD_MEMBER -> "Who is the lead member for this partnership? None is recorded.";
            case NO_SCRUTINY -> "Who scrutinises this partnership? No scrutiny committee is recorded.";
            case NO_ACCOUNTABLE_BODY -> "Who holds the money and answers for it? No accountable body is recorded.";
            case NO_TERMS_OF_REFERENCE -> "What are its terms of reference, and when were they agreed? None are recorded.";
            case REVIEW_OVERDUE -> "When was this partnership last reviewed, and when will it be?"
                    + (g.nextReviewDue() == null ? "" : " The review was due on " + DATE.format(g.nextReviewDue()) + ".");
            case REVIEW_DUE_SOON -> "Its review is due" + (g.nextReviewDue() == null ? " soon"
                    : " on " + DATE.format(g.nextReviewDue())) + ": when will the findings come to scrutiny?";
            case NEVER_REVIEWED -> "When will this partnership be reviewed? No review has ever been recorded.";
            case REPORTING_LOOP -> "Where does accountability end? Its reporting lines go round in a circle.";
            case ORPHAN -> "Where does it report? It has no line up to the top of the structure.";
            case SCRUTINY_CONFLICT -> "Who on the scrutiny committee also sits on this body, and how is that "
                    + "conflict handled?";
            case SINGLE_POINT_OF_FAILURE -> "Who would lead it if its chair or accountable body stepped away?";
            case HOLDS_STRUCTURE_TOGETHER -> "Who else links it to the rest of the structure? One member is its only link.";
            case MONEY_WITHOUT_OVERSIGHT -> "Why does a " + body.classification().label().toLowerCase(Locale.ROOT)
                    + " hold council money without political oversight?";
            case REPORTING_OUT_OF_STEP -> "When does it report, and does that fit the cycle of the board it reports to?";
            case UNCLASSIFIED -> "Why has it not been classified as a partnership, network or working group?";
            case CLASSIFICATION_CONTRADICTED -> "Why is it classified as "
                    + body.classification().label().toLowerCase(Locale.ROOT)
                    + " when its answers to the six tests suggest otherwise?";
            case APPOINTMENT_ENDED -> "Who sits on it now? Appointments to it have ended and no reappointment is "
                    + "recorded.";
            case APPOINTMENT_ENDING -> "Who will sit on it after the annual meeting? Appointments to it end soon.";
            case TOO_MANY_SEATS, TOO_MANY_CHAIRS, THEME_WITHOUT_PARTNERSHIP, THEME_WITHOUT_SCRUTINY,
                 NO_ORGANISATION -> null;
        };
    }

    /** Which of the six a finding's question belongs under. */
    static Heading heading(Rule rule) {
        return switch (rule) {
            case NO_LEAD_MEMBER, NO_SCRUTINY, NO_ACCOUNTABLE_BODY, SCRUTINY_CONFLICT, SINGLE_POINT_OF_FAILURE,
                 HOLDS_STRUCTURE_TOGETHER, TOO_MANY_SEATS, TOO_MANY_CHAIRS, NO_ORGANISATION -> Heading.WHO;
            case NO_TERMS_OF_REFERENCE -> Heading.WHAT;
            case REVIEW_OVERDUE, REVIEW_DUE_SOON, NEVER_REVIEWED, REPORTING_OUT_OF_STEP, APPOINTMENT_ENDED,
                 APPOINTMENT_ENDING -> Heading.WHEN;
            case REPORTING_LOOP, ORPHAN, THEME_WITHOUT_PARTNERSHIP, THEME_WITHOUT_SCRUTINY -> Heading.WHERE;
            case MONEY_WITHOUT_OVERSIGHT, UNCLASSIFIED, CLASSIFICATION_CONTRADICTED -> Heading.WHY;
        };
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
