package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Add body's dialog, as a person fills it in. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NewBodyDialogTest {
    private FxDialogService dialogs;
    private final Body board = Body.create(1, "Northmoor Together Board", BodyKind.PARTNERSHIP_BOARD, Layer.STRATEGIC);
    private final Body safer = Body.create(2, "Safer Northmoor Partnership", BodyKind.THEMED_PARTNERSHIP,
            Layer.EXECUTIVE);

    private Stage owner;

    /** A window of its own to own the dialog, so the toolkit's primary stage is left as the other tests expect it. */
    @Start
    void start(Stage stage) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 640, 480));
        owner.show();
        dialogs = new FxDialogService(owner);
    }

    private CompletableFuture<Optional<DialogService.NewBody>> ask(List<Body> above, boolean first) {
        CompletableFuture<Optional<DialogService.NewBody>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.askNewBody(above, first)));
        return answer;
    }

    @Test
    void theLayerAndTheLineFollowTheKindUntilChosenByHandAndTheAnswerSaysWhatItAnswersTo(FxRobot robot)
            throws Exception {
        var answer = ask(List.of(board, safer), false);
        waitFor(robot, "#new-body-name");
        robot.clickOn(robot.lookup("#new-body-name").match(NewBodyDialogTest::showing).queryAs(Node.class))
                .write("Northgate Residents Forum");
        pick(robot, "#new-body-kind", "Themed partnership");
        assertEquals("Executive", shown(robot, "#new-body-layer"), "the layer follows the kind");
        assertEquals("Reports to", shown(robot, "#new-body-line"));
        pick(robot, "#new-body-layer", "Operational");
        pick(robot, "#new-body-kind", "Forum");
        assertEquals("Operational", shown(robot, "#new-body-layer"), "a layer chosen by hand stays");
        assertEquals("Advises", shown(robot, "#new-body-line"), "the line still follows the kind");
        pick(robot, "#new-body-parent", "Safer Northmoor Partnership");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryAs(Node.class));
        DialogService.NewBody body = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(new DialogService.NewBody("Northgate Residents Forum", BodyKind.FORUM, Layer.OPERATIONAL,
                safer.id(), LineKind.ADVISES), body);
    }

    @Test
    void theFirstBodyOfAFileIsProposedAsTheBoardAtTheTop(FxRobot robot) throws Exception {
        var answer = ask(List.of(), true);
        waitFor(robot, "#new-body-name");
        String header = robot.lookup(".dialog-pane .header-panel .label").match(NewBodyDialogTest::showing)
                .queryAs(Labeled.class).getText();
        assertTrue(header.startsWith("Start with your partnership board"), header);
        assertEquals("Partnership board", shown(robot, "#new-body-kind"));
        assertEquals("Strategic", shown(robot, "#new-body-layer"));
        robot.clickOn(robot.lookup("#new-body-name").match(NewBodyDialogTest::showing).queryAs(Node.class))
                .write("Blankshire Together Board");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryAs(Node.class));
        DialogService.NewBody body = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(BodyKind.PARTNERSHIP_BOARD, body.kind());
        assertEquals(null, body.answersTo());
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).match(NewBodyDialogTest::showing)
                .tryQuery().isPresent());
    }

    private static boolean showing(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    /** A dialog left open by a failed test would hold the toolkit in its nested event loop. */
    @org.junit.jupiter.api.AfterEach
    void closeAnyDialog(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(javafx.stage.Window.getWindows()).stream()
                    .filter(w -> w instanceof Stage s && s.getOwner() == owner).forEach(javafx.stage.Window::hide);
            owner.hide();
        });
    }

    private static void pick(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn(comboId);
        Node cell = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> item.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> item.equals(shown(robot, comboId)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(FxRobot robot, String comboId) {
        ComboBox combo = robot.lookup(comboId).queryAs(ComboBox.class);
        return combo.getValue() == null ? "" : combo.getConverter().toString(combo.getValue());
    }
}
