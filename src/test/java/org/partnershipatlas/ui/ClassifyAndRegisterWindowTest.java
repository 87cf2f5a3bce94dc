package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.PartnershipTest;
import org.partnershipatlas.store.AuthorityStore;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Classify a body with the six tests and keep the decision; work the register like a spreadsheet. */
class ClassifyAndRegisterWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void answerTheSixTestsAcceptTheProposalAndFindTheDecisionKept(FxRobot robot) throws Exception {
        Path file = openSampleCopy(robot, "Classified.atlas.mv.db");
        robot.clickOn("#body-filter").write("Green Spaces");
        Node cell = robot.lookup("#body-tree .tree-cell").match((TreeCell<?> c) -> "Green Spaces Network"
                .equals(c.getText())).queryAs(Node.class);
        robot.clickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        for (PartnershipTest test : PartnershipTest.values()) {
            pick(robot, "#answer-" + test.name(), test == PartnershipTest.POOL_RISKS_AND_REWARDS ? "Partly" : "Yes");
        }
        robot.clickOn("#note-POOL_RISKS_AND_REWARDS").write("Shares the parks grant");
        assertTrue(robot.lookup("#proposal").queryLabeled().getText().startsWith("Proposed: A partnership: it meets"),
                robot.lookup("#proposal").queryLabeled().getText());
        robot.clickOn("#record-decision");
        assertTrue(robot.lookup("#classify-error").queryLabeled().getText().startsWith("Write down why"));
        robot.clickOn("#rationale").write("Holds council money and runs the parks programme with partners.");
        dialogs.userNames.add("Nadia Sharif");
        robot.clickOn("#record-decision");
        waitUntil(() -> viewModel.selectedBody().classification() == Classification.PARTNERSHIP);
        closeDocument(robot);

        robot.clickOn("File").clickOn("Open Recent").clickOn("1 Classified.atlas.mv.db");
        waitUntil(() -> stage.getTitle().contains("Classified.atlas.mv.db"));
        Node again = robot.lookup("#body-tree .tree-cell").match((TreeCell<?> c) -> "Green Spaces Network"
                .equals(c.getText())).queryAs(Node.class);
        robot.clickOn(again);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#classification-history").queryListView().getItems().isEmpty());
        String history = (String) robot.lookup("#classification-history").queryListView().getItems().get(0);
        assertTrue(history.startsWith("25/11/2026 Nadia Sharif: Partnership (proposed Partnership). Holds council "
                + "money"), history);
        assertTrue(history.contains("6 partly (Shares the parks grant)"), history);
        assertEquals(Answer.PARTLY, comboValue(robot, "#answer-POOL_RISKS_AND_REWARDS"));
        assertTrue(robot.lookup("#oversight").queryLabeled().getText().startsWith("Partnership"));
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            var model = store.load();
            Body green = model.bodies().stream().filter(b -> b.name().equals("Green Spaces Network")).findFirst()
                    .orElseThrow();
            ClassificationDecision decision = model.decisionsFor(green.id()).get(0);
            assertEquals("Nadia Sharif", decision.decidedBy());
            assertEquals(Classification.PARTNERSHIP, green.classification());
        }
    }

    @Test
    void sortFilterEditBulkSetUndoAndExportTheRegister(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Register.atlas.mv.db");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TableView<?> table = robot.lookup("#register-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 70);

        robot.clickOn(robot.lookup("#register-table .column-header").match(
                (javafx.scene.Node n) -> n.getId() != null && n.getId().equals("col-NAME")).queryAs(Node.class));
        robot.clickOn(robot.lookup("#register-table .column-header").match(
                (javafx.scene.Node n) -> n.getId() != null && n.getId().equals("col-NAME")).queryAs(Node.class));
        waitUntil(() -> ((Body) table.getItems().get(0)).name().equals("Youth Voice Forum"));

        robot.clickOn("#register-filter").write("forum");
        waitUntil(() -> table.getItems().size() == 6);
        Node heritage = cell(robot, "Heritage Forum");
        robot.clickOn(heritage);
        robot.press(KeyCode.SHIFT).clickOn(cell(robot, "Homelessness Forum")).release(KeyCode.SHIFT);
        waitUntil(() -> table.getSelectionModel().getSelectedItems().size() >= 2);
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, "Youth Voice Forum")).release(KeyCode.CONTROL);
        int selected = table.getSelectionModel().getSelectedItems().size();
        assertTrue(selected >= 3, "selected " + selected);

        pick(robot, "#bulk-column", "Scrutiny committee");
        robot.clickOn("#bulk-value").write("Communities Scrutiny Committee");
        robot.clickOn("#bulk-set");
        waitUntil(() -> countWith(table, "Communities Scrutiny Committee") == selected);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> countWith(table, "Communities Scrutiny Committee") == 0);

        Node cell = robot.lookup("#register-table .table-cell").match((TableCell<?, ?> c) ->
                c.getTableColumn().getId().equals("col-NAME") && "Heritage Forum".equals(c.getText())).queryAs(Node.class);
        robot.doubleClickOn(cell);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Northmoor Heritage Forum").type(KeyCode.ENTER);
        waitUntil(() -> viewModel.sessionProperty().get().model().bodies().stream()
                .anyMatch(b -> b.name().equals("Northmoor Heritage Forum")));

        Path xlsx = dir.resolve("register.xlsx");
        dialogs.exportFiles.add(xlsx);
        robot.clickOn("#export-xlsx");
        waitUntil(() -> Files.exists(xlsx));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new java.util.ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(0).getStringCellValue()));
            assertTrue(names.contains("Northmoor Heritage Forum"), names.toString());
            assertEquals(7, names.size(), "the header and the six filtered rows");
        }
        closeDocument(robot);
    }

    private static long countWith(TableView<?> table, String committee) {
        return table.getItems().stream().map(Body.class::cast)
                .filter(b -> committee.equals(b.governance().scrutinyCommittee())).count();
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#register-table .table-cell").match((TableCell<?, ?> c) -> text.equals(c.getText()))
                .queryAs(Node.class);
    }

    private void pick(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn(comboId);
        javafx.scene.control.ListView<?> list = robot.lookup(".combo-box-popup .list-view").queryAs(
                javafx.scene.control.ListView.class);
        int index = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            Object value = list.getItems().get(i);
            String shown = robot.lookup(comboId).queryAs(ComboBox.class).getConverter() == null ? String.valueOf(value)
                    : robot.lookup(comboId).queryAs(ComboBox.class).getConverter().toString(value);
            if (item.equals(shown)) {
                index = i;
            }
        }
        int row = index;
        robot.interact(() -> list.scrollTo(row));
        Node cell = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> item.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        waitUntil(() -> {
            Object value = robot.lookup(comboId).queryAs(ComboBox.class).getValue();
            return value != null;
        });
    }

    private static Object comboValue(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class).getValue();
    }

}
