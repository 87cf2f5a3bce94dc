package org.partnershipatlas.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.WorkshopNote;
import org.partnershipatlas.model.WorkshopPlan;
import org.partnershipatlas.model.WorkshopStep;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class WorkshopViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel main;
    private WorkshopViewModel workshop;
    private WorkshopKeys keys;

    @BeforeEach
    void startOnTheSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("settings.json")),
                TestClock.CLOCK, "test");
        main.openSample();
        workshop = new WorkshopViewModel(main, main.dialogs(), TestClock.CLOCK);
        keys = new WorkshopKeys(workshop);
        assertTrue(workshop.start());
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private void press(KeyCode... codes) {
        for (KeyCode code : codes) {
            keys.handled(code, false, false);
        }
    }

    private int step() {
        return workshop.indexProperty().get() + 1;
    }

    @Test
    void everyClickerKeyGoesForwardOrBackAndTheEndsStopAtTheEnds() {
        int steps = workshop.stepCount();
        assertEquals(1 + (int) model().themes().stream().filter(t -> model().bodies().stream()
                .anyMatch(b -> b.themeIds().contains(t.id()))).count(), steps, "the overview, then each theme");
        for (KeyCode forward : List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER)) {
            int before = step();
            press(forward);
            assertEquals(before + 1, step(), forward.getName());
        }
        for (KeyCode back : List.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE)) {
            int before = step();
            press(back);
            assertEquals(before - 1, step(), back.getName());
        }
        press(KeyCode.END);
        assertEquals(steps, step());
        press(KeyCode.RIGHT);
        assertEquals(steps, step(), "past the last step it stays");
        press(KeyCode.HOME);
        assertEquals(1, step());
        press(KeyCode.LEFT);
        assertEquals(1, step());
    }

    @Test
    void aNumberThenEnterJumpsAndANumberTooBigSaysSo() {
        press(KeyCode.DIGIT3);
        assertEquals("3", workshop.typedNumberProperty().get());
        press(KeyCode.ENTER);
        assertEquals(3, step());
        press(KeyCode.DIGIT4, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals(3, step());
        assertEquals("There is no step 42; the steps are 1 to " + workshop.stepCount() + ".",
                workshop.messageProperty().get());
    }

    @Test
    void bAndTheFullStopBlankAndUnblankAndEscUnblanksBeforeEnding() {
        press(KeyCode.B);
        assertTrue(workshop.blankedProperty().get());
        press(KeyCode.B);
        assertFalse(workshop.blankedProperty().get());
        press(KeyCode.PERIOD);
        assertTrue(workshop.blankedProperty().get());
        press(KeyCode.ESCAPE);
        assertFalse(workshop.blankedProperty().get());
        assertTrue(workshop.runningProperty().get());
        press(KeyCode.ESCAPE);
        assertFalse(workshop.runningProperty().get(), "Esc with nothing open ends the presentation");
    }

    @Test
    void tabReachesTheBodiesInReadingOrderAndEnterSpotlightsEscReturns() {
        List<Long> onScreen = workshop.sceneProperty().get().bodies();
        press(KeyCode.TAB);
        assertEquals(onScreen.get(0), workshop.highlightedProperty().get());
        press(KeyCode.TAB);
        assertEquals(onScreen.get(1), workshop.highlightedProperty().get());
        keys.handled(KeyCode.TAB, true, false);
        assertEquals(onScreen.get(0), workshop.highlightedProperty().get(), "Shift+Tab goes back");
        press(KeyCode.ENTER);
        assertEquals(onScreen.get(0), workshop.spotlightProperty().get());
        assertEquals(1, step(), "Enter on a body spotlights it rather than going on");
        assertTrue(workshop.sceneProperty().get().itemFor(onScreen.get(0)).emphasis());
        press(KeyCode.ESCAPE);
        assertNull(workshop.spotlightProperty().get());
        assertTrue(workshop.runningProperty().get());
    }

    @Test
    void notesAndActionsTypedOnASpotlightedBodyAreSavedAtOnceMarkedAsFromTheWorkshop() {
        Body body = model().body(workshop.sceneProperty().get().bodies().get(0));
        press(KeyCode.N);
        assertEquals(WorkshopViewModel.Capture.NONE, workshop.capturingProperty().get(), "nothing in the spotlight yet");
        assertTrue(workshop.messageProperty().get().startsWith("Spotlight a body first"));
        workshop.spotlight(body.id());
        press(KeyCode.N);
        assertEquals(WorkshopViewModel.Capture.NOTE, workshop.capturingProperty().get());
        assertFalse(keys.handled(KeyCode.B, false, false), "while typing, B is a letter, not a blank screen");
        workshop.captureTextProperty().set("Partners want a shared risk register");
        assertTrue(workshop.saveCapture());
        press(KeyCode.A);
        workshop.captureTextProperty().set("Draft terms of reference by March");
        assertTrue(workshop.saveCapture());
        List<WorkshopNote> notes = model().workshopNotesOn(body.id());
        assertEquals(1, notes.size());
        assertEquals("Partners want a shared risk register", notes.get(0).text());
        assertEquals(main.today(), notes.get(0).taken());
        Action action = model().actions().stream().filter(a -> a.description().equals("Draft terms of reference by March"))
                .findFirst().orElseThrow();
        assertEquals(ActionSource.WORKSHOP, action.source());
        assertEquals(List.of(body.id()), action.bodyIds());
        assertEquals(main.today(), action.raised());
        assertEquals(body.id(), workshop.spotlightProperty().get(), "the presentation goes on");
        assertTrue(workshop.runningProperty().get());
        assertEquals("Action saved on " + body.name() + ".", workshop.messageProperty().get());
        press(KeyCode.N);
        press(KeyCode.ESCAPE);
        assertEquals(WorkshopViewModel.Capture.NONE, workshop.capturingProperty().get());
        assertEquals(body.id(), workshop.spotlightProperty().get(), "Esc first closes the note, not the spotlight");
    }

    @Test
    void confidentialDetailsReachTheProjectorOnlyAfterAConfirmation() {
        Body funded = model().bodies().stream().filter(b -> b.governance().councilContribution() != null).findFirst()
                .orElseThrow();
        workshop.spotlight(funded.id());
        String money = funded.governance().councilContribution().format();
        assertFalse(String.join(" ", workshop.sceneProperty().get().itemFor(funded.id()).details()).contains(money));
        dialogs.confirmations.add(false);
        press(KeyCode.C);
        assertFalse(workshop.confidentialShownProperty().get(), "declined");
        dialogs.confirmations.add(true);
        press(KeyCode.C);
        assertTrue(workshop.confidentialShownProperty().get());
        assertTrue(String.join(" ", workshop.sceneProperty().get().itemFor(funded.id()).details()).contains(money));
        press(KeyCode.C);
        assertFalse(workshop.confidentialShownProperty().get(), "C again hides them without asking");
    }

    @Test
    void thePlanIsTheOneSavedInTheFileInItsOrderWithItsNotes() {
        WorkshopPlanViewModel plan = new WorkshopPlanViewModel(main, main.dialogs(), dialogs);
        plan.prepare();
        WorkshopPlanViewModel.Choice findings = plan.choices().stream()
                .filter(c -> c.title().equals("Governance findings")).findFirst().orElseThrow();
        assertFalse(findings.includedProperty().get(), "findings are left out unless chosen");
        findings.includedProperty().set(true);
        int at = plan.choices().indexOf(findings);
        for (int i = at; i > 1; i--) {
            plan.moveUp(i);
        }
        plan.choices().get(0).notesProperty().set("Welcome everyone; ten minutes");
        assertTrue(plan.save());
        WorkshopPlan saved = model().workshopPlan();
        assertEquals(WorkshopStep.Kind.FINDINGS, saved.steps().get(1).kind());
        assertEquals("Welcome everyone; ten minutes", saved.steps().get(0).notes());
        workshop.start();
        assertEquals("Governance findings", workshop.title(1));
        assertEquals("Welcome everyone; ten minutes", workshop.notes(0));
        assertEquals(List.of(), workshop.currentFindings(), "the presenter lists findings only on their step");
        press(KeyCode.RIGHT);
        assertEquals("Governance findings", workshop.sceneProperty().get().title());
        assertTrue(workshop.currentFindings().get(0).startsWith("High: "), workshop.currentFindings().toString());
        assertTrue(workshop.sceneProperty().get().text().get(0).startsWith("The governance findings are on the "
                + "presenter's screen"));
        main.undo();
        assertTrue(model().workshopPlan().isEmpty(), "planning is one undoable step");
    }
}
