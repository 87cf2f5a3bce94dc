package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.PartnershipTest;

class ClassificationAssistantTest {

    private static Map<PartnershipTest, Answer> all(Answer answer) {
        Map<PartnershipTest, Answer> answers = new EnumMap<>(PartnershipTest.class);
        for (PartnershipTest test : PartnershipTest.values()) {
            answers.put(test, answer);
        }
        return answers;
    }

    private static Map<PartnershipTest, Answer> allYesBut(PartnershipTest test, Answer answer) {
        Map<PartnershipTest, Answer> answers = all(Answer.YES);
        answers.put(test, answer);
        return answers;
    }

    @Test
    void allSixMetIsAPartnership() {
        var proposal = ClassificationAssistant.propose(all(Answer.YES));
        assertEquals(Classification.PARTNERSHIP, proposal.classification());
        assertEquals("A partnership: it meets all six tests, with independent partners, a common goal, its own "
                + "structure, a joint programme, shared information and pooled risks and rewards.", proposal.reason());
        assertEquals(Classification.PARTNERSHIP, ClassificationAssistant.propose(all(Answer.PARTLY)).classification(),
                "partly counts as met");
    }

    @Test
    void allNoIsAWorkingGroupBecauseTheMembersAreNotIndependent() {
        var proposal = ClassificationAssistant.propose(all(Answer.NO));
        assertEquals(Classification.WORKING_GROUP, proposal.classification());
        assertTrue(proposal.reason().contains("(test 1)"), proposal.reason());
    }

    @ParameterizedTest
    @EnumSource(PartnershipTest.class)
    void eachTestAnsweredNoOnItsOwnDecidesAgainstAPartnership(PartnershipTest test) {
        var proposal = ClassificationAssistant.propose(allYesBut(test, Answer.NO));
        Classification expected = switch (test) {
            case COMMON_GOAL, JOINT_PROGRAMME -> Classification.NETWORK;
            default -> Classification.WORKING_GROUP;
        };
        assertEquals(expected, proposal.classification(), test.toString());
        assertTrue(proposal.reason().contains("(" + test.number() + ")"), "names the deciding test: "
                + proposal.reason());
    }

    @Test
    void noStructureAndNoProgrammeIsANetworkNamingBothTests() {
        Map<PartnershipTest, Answer> answers = all(Answer.YES);
        answers.put(PartnershipTest.NEW_STRUCTURE, Answer.NO);
        answers.put(PartnershipTest.JOINT_PROGRAMME, Answer.NO);
        var proposal = ClassificationAssistant.propose(answers);
        assertEquals(Classification.NETWORK, proposal.classification());
        assertEquals("A network: there is no structure of its own (test 3) and no jointly agreed programme (test 4); "
                + "the members keep their own.", proposal.reason());
    }

    @Test
    void nothingAnsweredProposesNothing() {
        var proposal = ClassificationAssistant.propose(all(Answer.NOT_KNOWN));
        assertEquals(Classification.UNCLASSIFIED, proposal.classification());
        assertEquals("No test answered yet: answer the six tests for a proposal.", proposal.reason());
    }

    @Test
    void unknownAnswersLeaveAPartnershipToBeConfirmed() {
        Map<PartnershipTest, Answer> answers = all(Answer.YES);
        answers.put(PartnershipTest.SHARE_INFORMATION, Answer.NOT_KNOWN);
        answers.put(PartnershipTest.POOL_RISKS_AND_REWARDS, Answer.NOT_KNOWN);
        var proposal = ClassificationAssistant.propose(answers);
        assertEquals(Classification.PARTNERSHIP, proposal.classification());
        assertEquals("A partnership, if test 5 and test 6 are confirmed: no test has been answered no.",
                proposal.reason());
    }

    @Test
    void aNetworkThatPoolsBudgetsAndRunsAJointProgrammeGetsANotice() {
        Mini m = new Mini();
        long body = m.body("Green Network", Classification.NETWORK);
        assertNull(ClassificationAssistant.contradiction(m.model, m.model.body(body)), "nothing recorded yet");
        m.model.apply(Edit.of("decide", Change.create(new ClassificationDecision(m.model.newId(), body,
                all(Answer.YES), Map.of(), Classification.PARTNERSHIP, Classification.NETWORK,
                "Officers see it as a network", "Nadia", LocalDate.of(2026, 11, 1)))));
        assertEquals("\"Green Network\" is classed as a network, yet its recorded answers meet the partnership tests "
                + "(it runs a joint programme and pools risks and rewards), so it may need political oversight.",
                ClassificationAssistant.contradiction(m.model, m.model.body(body)));
        List<Finding> found = m.findings(Rule.CLASSIFICATION_CONTRADICTED);
        assertEquals(1, found.size());
        m.set(body, BodyField.CLASSIFICATION, Classification.PARTNERSHIP);
        assertNull(ClassificationAssistant.contradiction(m.model, m.model.body(body)));
        assertEquals(List.of(), m.findings(Rule.CLASSIFICATION_CONTRADICTED));
    }
}
