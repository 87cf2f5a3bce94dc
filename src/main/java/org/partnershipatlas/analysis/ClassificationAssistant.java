package org.partnershipatlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.PartnershipTest;

/**
 * Proposes what a group is from its answers to the six partnership tests, and says which tests
 * decided it. The tests are read in the order that settles the most: members that are not
 * independent make a working group; no common goal, or neither a structure nor a programme of their
 * own, make a network; a structure without a programme is a network; a programme without a
 * structure, without information sharing or without pooled risks is a working group; all six met
 * is a partnership. With nothing answered it proposes nothing.
 */
public final class ClassificationAssistant {

    /** What the assistant proposes and, in one sentence, why. */
    public record Proposal(Classification classification, String reason) {
    }

    private ClassificationAssistant() {
    }

    public static Proposal propose(Map<PartnershipTest, Answer> answers) {
        if (java.util.Arrays.stream(PartnershipTest.values())
                .allMatch(t -> answers.getOrDefault(t, Answer.NOT_KNOWN) == Answer.NOT_KNOWN)) {
            return new Proposal(Classification.UNCLASSIFIED, "No test answered yet: answer the six tests for a "
                    + "proposal.");
        }
        if (no(answers, PartnershipTest.INDEPENDENT_BODIES)) {
            return new Proposal(Classification.WORKING_GROUP, "A working group: the members are not independent "
                    + "bodies (test 1), so this is joint work inside one organisation, not a partnership.");
        }
        if (no(answers, PartnershipTest.COMMON_GOAL)) {
            return new Proposal(Classification.NETWORK, "A network: the members have not agreed a common goal "
                    + "(test 2); they meet to keep in touch, not to achieve something together.");
        }
        if (no(answers, PartnershipTest.NEW_STRUCTURE) && no(answers, PartnershipTest.JOINT_PROGRAMME)) {
            return new Proposal(Classification.NETWORK, "A network: there is no structure of its own (test 3) and "
                    + "no jointly agreed programme (test 4); the members keep their own.");
        }
        if (no(answers, PartnershipTest.JOINT_PROGRAMME)) {
            return new Proposal(Classification.NETWORK, "A network: it has a structure (test 3) but no jointly "
                    + "agreed programme (test 4), so no joint decisions are carried out through it.");
        }
        if (no(answers, PartnershipTest.NEW_STRUCTURE)) {
            return new Proposal(Classification.WORKING_GROUP, "A working group: the members run a joint programme "
                    + "(test 4) through their own organisations, with no separate structure (test 3).");
        }
        if (no(answers, PartnershipTest.SHARE_INFORMATION)) {
            return new Proposal(Classification.WORKING_GROUP, "A working group: without sharing information "
                    + "(test 5) the members cannot plan and answer for their programme together.");
        }
        if (no(answers, PartnershipTest.POOL_RISKS_AND_REWARDS)) {
            return new Proposal(Classification.WORKING_GROUP, "A working group: the members work to a joint "
                    + "programme but keep their risks and rewards apart (test 6).");
        }
        List<String> unknown = new ArrayList<>();
        for (PartnershipTest test : PartnershipTest.values()) {
            if (answers.getOrDefault(test, Answer.NOT_KNOWN) == Answer.NOT_KNOWN) {
                unknown.add(test.number());
            }
        }
        if (unknown.isEmpty()) {
            return new Proposal(Classification.PARTNERSHIP, "A partnership: it meets all six tests, with independent "
                    + "partners, a common goal, its own structure, a joint programme, shared information and pooled "
                    + "risks and rewards.");
        }
        return new Proposal(Classification.PARTNERSHIP, "A partnership, if " + Names.join(unknown)
                + (unknown.size() == 1 ? " is" : " are") + " confirmed: no test has been answered no.");
    }

    /**
     * A sentence when the body's latest recorded answers point elsewhere than its classification
     * (called a network, yet it pools budgets and has a joint programme); null when they agree or
     * nothing is recorded.
     */
    public static String contradiction(AuthorityModel model, Body body) {
        List<ClassificationDecision> decisions = model.decisionsFor(body.id());
        if (decisions.isEmpty() || body.classification() == Classification.UNCLASSIFIED) {
            return null;
        }
        ClassificationDecision latest = decisions.get(decisions.size() - 1);
        Proposal proposal = propose(latest.answers());
        boolean answersSayPartnership = proposal.classification() == Classification.PARTNERSHIP;
        boolean calledPartnership = body.classification() == Classification.PARTNERSHIP;
        if (answersSayPartnership == calledPartnership) {
            return null;
        }
        String called = Names.lower(body.classification().label());
        if (answersSayPartnership) {
            return "\"" + body.name() + "\" is classed as a " + called + ", yet its recorded answers meet the "
                    + "partnership tests (it runs a joint programme and pools risks and rewards), so it may need "
                    + "political oversight.";
        }
        return "\"" + body.name() + "\" is classed as a partnership, yet its recorded answers point to a "
                + Names.lower(proposal.classification().label()) + ": " + lowerFirst(proposal.reason());
    }

    private static boolean no(Map<PartnershipTest, Answer> answers, PartnershipTest test) {
        return answers.getOrDefault(test, Answer.NOT_KNOWN) == Answer.NO;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
