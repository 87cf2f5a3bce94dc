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
    void anOutsideBodiesListComesIntoANewAuthorityWithItsPeopleSeatsAndTheKindsTheUserChose(FxRobot robot)
            throws Exception {
        dialogs.newAuthorities.add(new org.partnershipatlas.ui.dialog.DialogService.NewAuthority(
                "Eastvale District Council", org.partnershipatlas.model.AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        robot.clickOn("File").clickOn("New…");
        waitUntil(() -> viewModel.sessionProperty().get() != null
                && "Eastvale District Council".equals(model().authority().name()));
        Path list = dir.resolve("outside-bodies.csv");
        Files.writeString(list, """
                Appointments to outside bodies 2026/27
                Outside Body,Representative(s),Term
                Eastvale Leisure Trust,Councillor Ahmed (deputy Councillor Brook),until May 2027
                Citizens Advice Eastvale,Northgate Ward Member,
                """);
        dialogs.importFiles.add(list);
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent());
        javafx.scene.control.TableView<?> preview = robot.lookup("#import-preview").queryTableView();
        waitUntil(() -> preview.getItems().size() == 2);
        assertTrue(robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.getText() != null && cell.getText().contains("Cllr Brook (new councillor): substitute, until "
                + "31/05/2027")).tryQuery().isPresent(), "the preview shows the seats proposed");
        assertTrue(robot.lookup("#import-summary").queryLabeled().getText().contains("2 new bodies"));

        // Citizens Advice was proposed as a partnership; the user says it is an outside body.
        javafx.scene.control.ComboBox<?> kind = robot.lookup(".combo-box").match(n -> n instanceof
                javafx.scene.control.ComboBox<?> c && "Place Citizens Advice Eastvale as".equals(c.getAccessibleText()))
                .queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(org.partnershipatlas.model.BodyKind.THEMED_PARTNERSHIP, kind.getValue());
        robot.clickOn(kind);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && "Outside body".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell
                && cell.getText() != null && cell.getText().startsWith("New, operational (as you chose)"))
                .tryQuery().isPresent());
        Button go = robot.lookup("#import-go").queryAs(Button.class);
        waitUntil(() -> !go.isDisabled());
        robot.clickOn(go);

        waitUntil(() -> has("Citizens Advice Eastvale"));
        Body advice = model().bodies().stream().filter(b -> b.name().equals("Citizens Advice Eastvale")).findFirst()
                .orElseThrow();
        assertEquals(org.partnershipatlas.model.BodyKind.OUTSIDE_BODY, advice.kind());
        assertEquals(3, model().seats().size());
        assertTrue(model().seats().stream().anyMatch(s -> "Northgate Ward Member".equals(s.place())
                && s.personId() == null));
        Path file = viewModel.sessionProperty().get().file();
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        waitUntil(() -> model().positionOf(advice.id()) != null);
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.openReadOnly(file, "test")) {
            AuthorityModel saved = store.load();
            assertEquals(3, saved.seats().size(), "the seats are in the file");
            assertTrue(saved.people().stream().anyMatch(p -> p.name().equals("Cllr Brook")));
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
