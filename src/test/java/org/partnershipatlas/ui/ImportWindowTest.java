package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.imports.ImportIssue;
import org.partnershipatlas.io.imports.ImportSource;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.ExchangeExport;
import org.partnershipatlas.store.AuthorityStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File > Import… and File > Export… driven as a person would, with the real import dialog. */
class ImportWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    private AuthorityModel model() {
        return viewModel.sessionProperty().get().model();
    }

    private boolean has(String name) {
        return model().bodies().stream().anyMatch(b -> b.name().equals(name));
    }

    @Test
    void aRegisterIsMappedPreviewedAndImportedAsOneUndoableStep(FxRobot robot) throws Exception {
        Path file = openSampleCopy(robot, "Import.atlas.mv.db");
        Path register = dir.resolve("partnerships.csv");
        Files.writeString(register, "Group;Boss;Reports to\nRiverside Forum;Jo Bloggs;Northmoor Together Board\n"
                + "Lost Group;;Nowhere Board\n");
        dialogs.importFiles.add(register);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent());
        Button go = robot.lookup("#import-go").queryAs(Button.class);
        assertTrue(go.isDisabled(), "a row with a problem blocks the import");
        ListView<ImportIssue> problems = robot.lookup("#import-problems").queryListView();
        assertTrue(problems.getItems().stream().anyMatch(i -> i.describe().equals("Refused: row 3, column \"Reports "
                + "to\", value \"Nowhere Board\": names a parent that is neither in this file nor on the map")));

        robot.clickOn("#mapping-1");
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && "Chair".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        robot.clickOn("#import-valid-only");
        waitUntil(() -> !go.isDisabled());
        assertTrue(robot.lookup("#import-summary").queryLabeled().getText()
                .endsWith("The 1 row with problems will be left out."));
        robot.clickOn(go);

        waitUntil(() -> has("Riverside Forum"));
        assertFalse(has("Lost Group"));
        Body forum = model().bodies().stream().filter(b -> b.name().equals("Riverside Forum")).findFirst().orElseThrow();
        assertEquals("Jo Bloggs", model().person(forum.governance().chairId()).name());
        assertTrue(dialogs.information.get(dialogs.information.size() - 1).contains("Left out:\nrow 3"));
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        waitUntil(() -> model().positionOf(forum.id()) != null);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !has("Riverside Forum"));
        assertEquals(java.util.List.of(), dialogs.errors, "the map's place for the new body goes with it");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> has("Riverside Forum"));
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.openReadOnly(file, "test")) {
            assertTrue(store.load().bodies().stream().anyMatch(b -> b.name().equals("Riverside Forum")),
                    "the import is in the file");
        }
    }

    @Test
    void exportForAnotherToolWritesGraphmlInTheBackground(FxRobot robot) throws Exception {
        openSampleCopy(robot, "Export.atlas.mv.db");
        Path target = dir.resolve("northmoor.graphml");
        dialogs.exchangeExports.add(new org.partnershipatlas.ui.exchange.ExchangeDialogs.ExchangeChoice(target,
                ExchangeExport.Format.GRAPHML));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(target) && viewModel.busyMessageProperty().get().startsWith("Exported"));
        assertEquals(ImportSource.Format.GRAPHML, ImportSource.read(target).format());
        assertEquals(model().bodies().size(), ImportSource.read(target).draft(null).bodies().size());
    }
}
