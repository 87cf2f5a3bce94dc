package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.layout.WorkshopScene;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.workshop.PresentationView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A workshop run as a facilitator would: F5, the clicker's keys, a spotlight, a note and an action, Esc. */
class WorkshopWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private static void key(FxRobot robot, KeyCode code) {
        robot.press(code).release(code);
    }

    private static String subtitle(FxRobot robot) {
        return robot.lookup("#wk-subtitle").queryAs(Text.class).getText();
    }

    private static void atStep(FxRobot robot, int step) throws Exception {
        waitUntil(() -> subtitle(robot).contains("Step " + step + " of "));
    }

    /** Every label on the projector at least 28 px on a 1280 x 720 stage, and no line under 3 px. */
    private static void legibleAndBold(FxRobot robot) {
        PresentationView view = robot.lookup("#presentation").queryAs(PresentationView.class);
        for (Node node : robot.from(view).lookup((java.util.function.Predicate<Node>) n -> n instanceof Text && n.isVisible())
                .queryAll()) {
            Text text = (Text) node;
            if (!text.getText().isBlank() && shown(text)) {
                assertTrue(text.getFont().getSize() >= WorkshopScene.MIN_FONT, "\"" + text.getText() + "\" is "
                        + text.getFont().getSize() + " px");
            }
        }
        for (Node node : robot.from(view).lookup(
                (java.util.function.Predicate<Node>) n -> n instanceof Shape shape && shape.getStroke() != null).queryAll()) {
            if (shown(node)) {
                assertTrue(((Shape) node).getStrokeWidth() >= 3, node + " is a thin line");
            }
        }
    }

    /** On the projector: it and everything it sits in are visible. */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aWholeWorkshopWithTheKeyboardEndsWithTheNoteAndActionInTheFile(FxRobot robot) throws Exception {
        Path file = openSampleCopy(robot, "Workshop.atlas.mv.db");
        key(robot, KeyCode.F5);
        waitUntil(() -> robot.lookup("#presentation").tryQuery().isPresent());
        atStep(robot, 1);
        String of = subtitle(robot).substring(subtitle(robot).lastIndexOf(" of ") + 4);
        int steps = Integer.parseInt(of);
        legibleAndBold(robot);
        assertFalse(robot.lookup("#wk-confidential").query().isVisible(), "confidential details hidden by default");
        assertTrue(robot.lookup("#presenter").tryQuery().isEmpty(), "one screen: the presentation alone");

        int step = 1;
        for (KeyCode forward : List.of(KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER)) {
            key(robot, forward);
            atStep(robot, ++step);
        }
        for (KeyCode back : List.of(KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE)) {
            key(robot, back);
            atStep(robot, --step);
        }
        key(robot, KeyCode.END);
        atStep(robot, steps);
        key(robot, KeyCode.HOME);
        atStep(robot, 1);
        key(robot, KeyCode.DIGIT3);
        key(robot, KeyCode.ENTER);
        atStep(robot, 3);
        legibleAndBold(robot);

        key(robot, KeyCode.B);
        waitUntil(() -> robot.lookup("#wk-blank").query().isVisible());
        key(robot, KeyCode.B);
        waitUntil(() -> !robot.lookup("#wk-blank").query().isVisible());
        key(robot, KeyCode.PERIOD);
        waitUntil(() -> robot.lookup("#wk-blank").query().isVisible());
        key(robot, KeyCode.PERIOD);
        waitUntil(() -> !robot.lookup("#wk-blank").query().isVisible());

        PresentationView view = robot.lookup("#presentation").queryAs(PresentationView.class);
        Node box = robot.from(view).lookup(".wk-item").match(n -> n.getId() != null && n.getId().startsWith("wk-body-"))
                .query();
        long bodyId = Long.parseLong(box.getId().substring("wk-body-".length()));
        Body body = viewModel.sessionProperty().get().model().body(bodyId);
        robot.clickOn(box);
        waitUntil(() -> robot.lookup("#wk-title").queryAs(Text.class).getText().equals(body.name()));
        legibleAndBold(robot);

        key(robot, KeyCode.N);
        waitUntil(() -> shown(robot.lookup("#wk-capture").query()) && robot.lookup("#wk-capture").query().isFocused());
        robot.write("Partners want one shared risk register");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> !shown(robot.lookup("#wk-capture").query()));
        key(robot, KeyCode.A);
        waitUntil(() -> shown(robot.lookup("#wk-capture").query()) && robot.lookup("#wk-capture").query().isFocused());
        robot.write("Draft new terms of reference by March");
        key(robot, KeyCode.ENTER);
        waitUntil(() -> !shown(robot.lookup("#wk-capture").query()));
        assertEquals(body.name(), robot.lookup("#wk-title").queryAs(Text.class).getText(), "still presenting");

        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#wk-subtitle").queryAs(Text.class).getText().contains("Step 3 of "));
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#presentation").tryQuery().isEmpty());

        closeDocument(robot);
        dialogs.filesToOpen.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().contains("Workshop.atlas.mv.db"));
        AuthorityModel reopened = viewModel.sessionProperty().get().model();
        assertEquals(List.of("Partners want one shared risk register"),
                reopened.workshopNotesOn(bodyId).stream().map(n -> n.text()).toList());
        assertTrue(reopened.actions().stream().anyMatch(a -> a.source() == ActionSource.WORKSHOP
                && a.description().equals("Draft new terms of reference by March") && a.bodyIds().equals(List.of(bodyId))));
        robot.interact(() -> viewModel.selectedBodyIdProperty().set(bodyId));
        waitUntil(() -> robot.lookup("#workshop-lines").queryLabeled().getText().contains("Partners want one shared risk "
                + "register"));
        assertTrue(robot.lookup("#workshop-lines").queryLabeled().getText().contains("Draft new terms of reference by "
                + "March (not started)"));
    }

    @Test
    void theWorkshopPlanIsChosenOrderedAndNotedInItsDialogAndSavedInTheFile(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Plan.atlas.mv.db");
        robot.clickOn(robot.lookup(".menu-bar").lookup("Workshop").queryAs(Node.class));
        robot.clickOn("Plan the workshop…");
        waitUntil(() -> robot.lookup("#workshop-plan").tryQuery().isPresent());
        javafx.scene.control.ListView<?> steps = robot.lookup("#workshop-steps").queryListView();
        int findings = steps.getItems().size() - 1;
        robot.interact(() -> steps.scrollTo(findings));
        robot.clickOn(robot.from(steps).lookup(".check-box").nth(findings - steps.getItems().size()
                + robot.from(steps).lookup(".check-box").queryAll().size()).queryAs(Node.class));
        robot.clickOn(robot.from(steps).lookup("Governance findings").queryAs(Node.class));
        for (int i = 0; i < findings - 1; i++) {
            robot.clickOn("#workshop-step-up");
        }
        robot.clickOn("#workshop-step-notes").write("Ask each partner for one gap they see");
        robot.clickOn("#workshop-plan-save");
        waitUntil(() -> !viewModel.sessionProperty().get().model().workshopPlan().isEmpty());
        var plan = viewModel.sessionProperty().get().model().workshopPlan();
        assertEquals(org.partnershipatlas.model.WorkshopStep.Kind.FINDINGS, plan.steps().get(1).kind());
        assertEquals("Ask each partner for one gap they see", plan.steps().get(1).notes());
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        key(robot, KeyCode.F5);
        waitUntil(() -> robot.lookup("#presentation").tryQuery().isPresent());
        key(robot, KeyCode.RIGHT);
        waitUntil(() -> robot.lookup("#wk-title").queryAs(Text.class).getText().equals("Governance findings"));
        assertTrue(robot.lookup(".wk-text").queryAllAs(Text.class).stream().noneMatch(t -> t.getText().startsWith("High:")),
                "findings stay off the projector until confirmed");
        dialogs.confirmations.add(true);
        key(robot, KeyCode.C);
        waitUntil(() -> robot.lookup(".wk-text").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().startsWith("High:")));
        assertTrue(robot.lookup("#wk-confidential").query().isVisible());
        for (Text line : robot.lookup(".wk-text").queryAllAs(Text.class)) {
            assertTrue(line.getBoundsInParent().getMaxY() <= WorkshopScene.HEIGHT, "\"" + line.getText()
                    + "\" runs off the bottom of the screen");
        }
        legibleAndBold(robot);
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#presentation").tryQuery().isEmpty());
    }

    @Test
    void movingOnIsACameraMoveOfUnder300MillisecondsNotACut(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Camera.atlas.mv.db");
        key(robot, KeyCode.F5);
        waitUntil(() -> robot.lookup("#presentation").tryQuery().isPresent());
        PresentationView view = robot.lookup("#presentation").queryAs(PresentationView.class);
        Node box = robot.from(view).lookup(".wk-item").match(n -> n.getId() != null && n.getId().startsWith("wk-body-"))
                .query();
        long bodyId = Long.parseLong(box.getId().substring("wk-body-".length()));
        WorkshopScene.Item before = (WorkshopScene.Item) box.getUserData();
        double[] start = new double[3];
        robot.interact(() -> {
            javafx.event.Event.fireEvent(view, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", KeyCode.TAB, false, false, false, false));
            javafx.event.Event.fireEvent(view, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", KeyCode.ENTER, false, false, false, false));
            Node moving = view.nodeFor(bodyId);
            WorkshopScene.Item after = (WorkshopScene.Item) moving.getUserData();
            start[0] = moving.getTranslateX() + after.rect().centreX();
            start[1] = moving.getTranslateY() + after.rect().centreY();
            start[2] = moving.getScaleX();
        });
        assertEquals(before.rect().centreX(), start[0], 0.5, "it starts where it was on the step");
        assertEquals(before.rect().centreY(), start[1], 0.5);
        assertTrue(start[2] < 1, "and grows from its old size");
        assertTrue(PresentationView.TRANSITION.toMillis() < 300);
        Thread.sleep((long) PresentationView.TRANSITION.toMillis() + 600);
        waitUntil(() -> view.nodeFor(bodyId).getTranslateX() == 0 && view.nodeFor(bodyId).getScaleX() == 1);
        key(robot, KeyCode.ESCAPE);
        key(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#presentation").tryQuery().isEmpty());
    }
}
