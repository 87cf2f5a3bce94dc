package org.partnershipatlas.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter view as the facilitator uses it on the laptop's screen (the test machine has one
 * screen, so it is shown on its own here): steps, notes, the spotlighted body's full record, the
 * clock, and typing a note without stopping the presentation.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterViewTest {
    private WorkshopViewModel workshop;
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(Files.createTempDirectory("presenter").resolve("s.json")), TestClock.CLOCK, "test");
        main.openSample();
        workshop = new WorkshopViewModel(main, main.dialogs(), TestClock.CLOCK);
        workshop.twoScreensProperty().set(true);
        workshop.start();
        Scene scene = new Scene(new PresenterView(workshop), 1200, 760);
        scene.addEventFilter(KeyEvent.ANY, new WorkshopKeys(workshop));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFacilitatorSeesTheStepsTheRecordTheClockAndTypesANote(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#presenter-step").queryLabeled().getText()
                .startsWith("Step 1 of " + workshop.stepCount() + ": Overview of the whole structure"));
        assertEquals("Next: " + workshop.title(1), robot.lookup("#presenter-next").queryLabeled().getText());
        assertTrue(robot.lookup("#presenter-clock").queryLabeled().getText().matches("\\d\\d:\\d\\d   elapsed 00:00:\\d\\d"),
                robot.lookup("#presenter-clock").queryLabeled().getText());

        Body funded = main.sessionProperty().get().model().bodies().stream()
                .filter(b -> b.governance().councilContribution() != null).findFirst().orElseThrow();
        robot.interact(() -> workshop.spotlight(funded.id()));
        String record = robot.lookup("#presenter-details").queryAs(TextArea.class).getText();
        assertTrue(record.contains("Council contribution (a year): " + funded.governance().councilContribution().format()),
                "the presenter sees what the projector does not: " + record);
        assertFalse(String.join(" ", workshop.sceneProperty().get().itemFor(funded.id()).details())
                .contains(funded.governance().councilContribution().format()));

        robot.clickOn("#presenter-note");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#presenter-capture").query().isFocused());
        robot.write("Chair asked for quarterly reports");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !main.sessionProperty().get().model().workshopNotesOn(funded.id()).isEmpty());
        assertEquals("Chair asked for quarterly reports",
                main.sessionProperty().get().model().workshopNotesOn(funded.id()).get(0).text());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Note saved on " + funded.name() + ".", robot.lookup("#presenter-message").queryLabeled().getText());
        assertTrue(robot.lookup("#presenter-details").queryAs(TextArea.class).getText()
                .contains("Workshop notes:\n25/11/2026: Chair asked for quarterly reports"));
        assertTrue(workshop.runningProperty().get());
    }
}
