package org.partnershipatlas.ui.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.PartnershipTest;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class ClassificationViewModelTest {
    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel main;
    ClassificationViewModel classify;
    Body green;

    @BeforeEach
    void selectTheGreenSpacesNetwork() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("s.json")),
                TestClock.CLOCK, "t");
        main.openSample();
        classify = new ClassificationViewModel(main, main.dialogs(), main);
        green = main.sessionProperty().get().model().bodies().stream()
                .filter(b -> b.name().equals("Green Spaces Network")).findFirst().orElseThrow();
        main.selectedBodyIdProperty().set(green.id());
    }

    private void answerAll(Answer answer) {
        for (PartnershipTest test : PartnershipTest.values()) {
            classify.answerProperty(test).set(answer);
        }
    }

    @Test
    void theProposalFollowsTheAnswersAndTheDecisionFollowsTheProposal() {
        answerAll(Answer.YES);
        assertEquals(Classification.PARTNERSHIP, classify.proposedProperty().get());
        assertEquals(Classification.PARTNERSHIP, classify.decisionProperty().get());
        classify.answerProperty(PartnershipTest.JOINT_PROGRAMME).set(Answer.NO);
        assertEquals(Classification.NETWORK, classify.proposedProperty().get());
        assertTrue(classify.reasonProperty().get().contains("(test 4)"));
        assertEquals(Classification.NETWORK, classify.decisionProperty().get());
    }

    @Test
    void aRationaleIsRequiredAndTheNameIsAskedOnce() {
        answerAll(Answer.YES);
        assertFalse(classify.record());
        assertTrue(classify.errorProperty().get().startsWith("Write down why"));
        assertTrue(main.sessionProperty().get().model().decisionsFor(green.id()).isEmpty());

        classify.noteProperty(PartnershipTest.POOL_RISKS_AND_REWARDS).set("Pools the parks grant");
        classify.rationaleProperty().set("It holds council money and runs the parks programme jointly.");
        dialogs.userNames.add("Nadia Sharif");
        assertTrue(classify.record());
        ClassificationDecision decision = main.sessionProperty().get().model().decisionsFor(green.id()).get(0);
        assertEquals(Classification.PARTNERSHIP, decision.decided());
        assertEquals(Classification.PARTNERSHIP, decision.proposed());
        assertEquals("Nadia Sharif", decision.decidedBy());
        assertEquals(main.today(), decision.decidedOn());
        assertEquals(Answer.YES, decision.answers().get(PartnershipTest.JOINT_PROGRAMME));
        assertEquals("Pools the parks grant", decision.notes().get(PartnershipTest.POOL_RISKS_AND_REWARDS));
        assertEquals(Classification.PARTNERSHIP, main.selectedBody().classification());
        assertEquals(1, classify.history().size());
        assertTrue(classify.history().get(0).startsWith("25/11/2026 Nadia Sharif: Partnership (proposed Partnership)."));

        classify.decisionProperty().set(Classification.NETWORK);
        classify.rationaleProperty().set("Cabinet decided it stays a network until the parks review.");
        assertTrue(classify.record());
        assertEquals(1, dialogs.namesAsked, "asked once");
        assertEquals(2, classify.history().size());
        assertTrue(classify.history().get(0).contains("Network (proposed Partnership)"), "newest first");
    }

    @Test
    void recordingIsOneUndoableStep() {
        answerAll(Answer.YES);
        classify.rationaleProperty().set("Meets all six tests.");
        dialogs.userNames.add("Nadia Sharif");
        classify.record();
        main.undo();
        assertEquals(Classification.NETWORK, main.selectedBody().classification());
        assertTrue(main.sessionProperty().get().model().decisionsFor(green.id()).isEmpty());
        assertTrue(classify.history().isEmpty());
    }

    @Test
    void theLatestAnswersAreTheStartingPointNextTime() {
        answerAll(Answer.PARTLY);
        classify.rationaleProperty().set("Partly meets every test.");
        dialogs.userNames.add("Nadia Sharif");
        classify.record();
        main.selectedBodyIdProperty().set(null);
        main.selectedBodyIdProperty().set(green.id());
        assertEquals(Answer.PARTLY, classify.answerProperty(PartnershipTest.COMMON_GOAL).get());
        assertEquals("", classify.rationaleProperty().get(), "a new decision needs its own rationale");
    }
}
