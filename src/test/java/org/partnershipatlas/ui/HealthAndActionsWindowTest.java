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

    @Test
    void addAnActionForABodyFromTheInspectorFillItInAndFindItKept(FxRobot robot) throws Exception {
        Path file = openSampleCopy(robot, "Actions.atlas.mv.db");
        robot.clickOn(robot.lookup("#body-tree .tree-cell")
                .match((javafx.scene.control.TreeCell<?> c) -> "Safer Northmoor Partnership".equals(c.getText()))
                .queryAs(Node.class));
        waitUntil(() -> viewModel.selectedBody() != null
                && viewModel.selectedBody().name().equals("Safer Northmoor Partnership"));
        long safer = viewModel.selectedBody().id();
        // Monocle has no mouse wheel: the inspector is scrolled to its end as a person would with it.
        javafx.scene.control.ScrollPane inspector = robot.lookup("#inspector").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> inspector.setVvalue(inspector.getVmax()));
        robot.clickOn("#inspector-add-action");
        waitUntil(() -> robot.lookup("#action-description").queryAs(Node.class).isFocused());
        robot.write("Ask scrutiny to review the terms of reference");
        robot.clickOn("#action-status");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "On track".equals(c.getText()))
                .queryAs(Node.class));
        robot.clickOn(robot.lookup("#action-target").queryAs(javafx.scene.control.DatePicker.class).getEditor())
                .write("31/03/2027").type(KeyCode.ENTER);
        waitUntil(() -> actionAbout(safer) != null && actionAbout(safer).targetDate() != null);
        // More words typed, then another row chosen without leaving the field: they are kept.
        robot.clickOn("#action-description").type(KeyCode.END).write(" by March");
        robot.clickOn(robot.from(robot.lookup("#actions-table").queryAs(TableView.class)).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getText() != null && !c.getText().isEmpty()
                        && c.getTableColumn().getText().equals("Action") && !c.getText().startsWith("Ask scrutiny"))
                .queryAs(Node.class));
        waitUntil(() -> actionAbout(safer).description().endsWith("by March"));
        closeDocument(robot);

        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            Action kept = store.load().actions().stream().filter(a -> a.bodyIds().contains(safer)
                    && a.description().startsWith("Ask scrutiny")).findFirst().orElseThrow();
            assertEquals("Ask scrutiny to review the terms of reference by March", kept.description());
            assertEquals(ActionStatus.ON_TRACK, kept.status());
            assertEquals(LocalDate.of(2027, 3, 31), kept.targetDate());
            assertEquals(org.partnershipatlas.model.ActionOwner.BODY, kept.owner());
            assertEquals(safer, kept.ownerId());
        }
    }

    private Action actionAbout(long bodyId) {
        return viewModel.sessionProperty().get().model().actions().stream()
                .filter(a -> a.bodyIds().contains(bodyId) && a.description().startsWith("Ask scrutiny")).findFirst()
                .orElse(null);
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
