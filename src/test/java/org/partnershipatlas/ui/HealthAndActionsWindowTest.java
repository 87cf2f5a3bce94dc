package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.store.AuthorityStore;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Run the health check, follow a finding to its body, put it on the action plan, mark it done, and find it kept. */
class HealthAndActionsWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void runTheCheckActOnAFindingMarkItDoneAndReopen(FxRobot robot) throws Exception {
        Path file = dir.resolve("Checked.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        dialogs.filesToOpen.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().contains("Checked.atlas.mv.db"));

        robot.type(KeyCode.F7);
        waitUntil(() -> text(robot, "#findings-summary").startsWith("4 high"));
        robot.clickOn(cellWithText(robot, "#findings-table", "Partnership without a lead member"));
        waitUntil(() -> viewModel.selectedBody() != null
                && viewModel.selectedBody().name().equals("Northmoor Economic Partnership"));
        assertEquals("Northmoor Economic Partnership", text(robot, "#inspector .inspector-heading"));
        assertTrue(viewModel.highlightedBodyIdsProperty().get().contains(viewModel.selectedBody().id()));

        robot.clickOn("#add-to-action-plan");
        waitUntil(() -> rowOf(robot, "#findings-table", "Partnership without a lead member").contains("Open action"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        Node status = cellInRow(robot, "#actions-table", "Appoint a lead member", "Not started");
        robot.doubleClickOn(status);
        robot.clickOn(status);
        Node done = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "Done".equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(done);
        waitUntil(() -> viewModel.sessionProperty().get().model().actions().stream()
                .filter(a -> a.findingKey() != null).findFirst().orElseThrow().status() == ActionStatus.DONE);
        closeDocument(robot);

        robot.clickOn("File").clickOn("Open Recent").clickOn("1 Checked.atlas.mv.db");
        waitUntil(() -> stage.getTitle().contains("Checked.atlas.mv.db"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(() -> rowOf(robot, "#actions-table", "Appoint a lead member").contains("Done"));
        assertTrue(rowOf(robot, "#actions-table", "Appoint a lead member").contains("Health check"));
        closeDocument(robot);

        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            Action action = store.load().actions().stream().filter(a -> a.findingKey() != null).findFirst()
                    .orElseThrow();
            assertEquals("Appoint a lead member for \"Northmoor Economic Partnership\".", action.description());
            assertEquals(ActionStatus.DONE, action.status());
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static Node cellWithText(FxRobot robot, String table, String text) {
        return robot.from(robot.lookup(table).queryAs(TableView.class)).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> text.equals(c.getText())).queryAs(Node.class);
    }

    /** The cell showing {@code value} in the row that also shows {@code rowText}. */
    private static Node cellInRow(FxRobot robot, String table, String rowText, String value) {
        for (Node row : robot.from(robot.lookup(table).queryAs(TableView.class)).lookup(".table-row-cell")
                .queryAll()) {
            boolean ours = robot.from(row).lookup(".table-cell").queryAll().stream()
                    .anyMatch(c -> ((TableCell<?, ?>) c).getText() != null
                            && ((TableCell<?, ?>) c).getText().startsWith(rowText));
            if (ours) {
                return robot.from(row).lookup(".table-cell").match((TableCell<?, ?> c) -> value.equals(c.getText()))
                        .queryAs(Node.class);
            }
        }
        throw new AssertionError("no row with " + rowText);
    }

    /** Every cell of the table row whose first cells hold {@code text}, joined. */
    private static String rowOf(FxRobot robot, String table, String text) {
        for (Node row : robot.from(robot.lookup(table).queryAs(TableView.class)).lookup(".table-row-cell")
                .queryAll()) {
            StringBuilder joined = new StringBuilder();
            for (Node cell : robot.from(row).lookup(".table-cell").queryAll()) {
                joined.append(((TableCell<?, ?>) cell).getText()).append(" | ");
            }
            if (joined.toString().contains(text) && row instanceof TableRow<?>) {
                return joined.toString();
            }
        }
        return "";
    }

}
