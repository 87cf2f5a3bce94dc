package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.common.Choice;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window driven as a person would: clicks, picks and shortcuts, with the real background runner. */
class MainWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void editTheChairAndLeadMemberUndoRedoCloseReopenAndFindTheEditKept(FxRobot robot) throws Exception {
        Path copy = dir.resolve("Northmoor copy.atlas.mv.db");
        AuthorityStore.create(copy, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        dialogs.filesToOpen.add(copy);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().contains("Northmoor copy.atlas.mv.db"));

        clickTreeItem(robot, "Safer Northmoor Partnership");
        waitUntil(() -> viewModel.selectedBody() != null
                && viewModel.selectedBody().name().equals("Safer Northmoor Partnership"));
        assertEquals("Supt Mark Ellison – District Commander", comboText(robot, "#field-CHAIR"));

        pick(robot, "#field-CHAIR", "Rob Kerr – Community Safety Manager");
        pick(robot, "#field-LEAD_MEMBER", "Cllr Joe Hartley – Chair of Overview and Scrutiny");
        assertEquals("Rob Kerr", personName(viewModel.selectedBody().governance().chairId()));
        assertEquals("Cllr Joe Hartley", personName(viewModel.selectedBody().governance().leadMemberId()));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> comboText(robot, "#field-LEAD_MEMBER").startsWith("Cllr Tom Okafor"));
        assertEquals("Rob Kerr – Community Safety Manager", comboText(robot, "#field-CHAIR"));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        waitUntil(() -> comboText(robot, "#field-LEAD_MEMBER").startsWith("Cllr Joe Hartley"));

        closeDocument(robot);
        robot.lookup("#welcome").queryAs(Node.class);

        robot.clickOn("File");
        robot.clickOn("Open Recent");
        robot.clickOn("1 Northmoor copy.atlas.mv.db");
        waitUntil(() -> stage.getTitle().contains("Northmoor copy.atlas.mv.db"));
        clickTreeItem(robot, "Safer Northmoor Partnership");
        waitUntil(() -> comboText(robot, "#field-CHAIR").startsWith("Rob Kerr"));
        assertEquals("Cllr Joe Hartley – Chair of Overview and Scrutiny", comboText(robot, "#field-LEAD_MEMBER"));
        closeDocument(robot);

        try (AuthorityStore store = AuthorityStore.open(copy, "t")) {
            Body csp = store.load().bodies().stream().filter(b -> b.name().equals("Safer Northmoor Partnership"))
                    .findFirst().orElseThrow();
            assertEquals("Rob Kerr", name(store, csp.governance().chairId()));
            assertEquals("Cllr Joe Hartley", name(store, csp.governance().leadMemberId()));
        }
    }

    @Test
    void fileNewCreatesAFileAndTheTitleChanges(FxRobot robot) throws Exception {
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Eastvale District Council", AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        robot.clickOn("File").clickOn("New…");
        waitUntil(() -> stage.getTitle().equals("Eastvale District Council – Eastvale.atlas.mv.db – Partnership Atlas"));
        assertTrue(Files.exists(dir.resolve("Eastvale.atlas.mv.db")));
        String status = robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
        assertEquals("0 bodies (0 strategic, 0 executive, 0 operational) · 0 partnerships · 0 organisations · "
                + "0 people · 0 lines · 0 seats", status);
        closeDocument(robot);
    }

    @Test
    void aNewAuthorityShowsWhereToStartOnTheMapAndF1OpensTheGuide(FxRobot robot) throws Exception {
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Blankshire County Council", AuthorityKind.COUNTY));
        dialogs.filesToSave.add(dir.resolve("Blankshire"));
        robot.clickOn("File").clickOn("New…");
        waitUntil(() -> stage.getTitle().startsWith("Blankshire County Council"));
        waitUntil(() -> robot.lookup("#map-guide").queryAs(javafx.scene.Node.class).isVisible());
        dialogs.newBodies.add(new DialogService.NewBody("Blankshire Together Board",
                org.partnershipatlas.model.BodyKind.PARTNERSHIP_BOARD, org.partnershipatlas.model.Layer.STRATEGIC));
        robot.clickOn("#guide-add-body");
        waitUntil(() -> viewModel.sessionProperty().get().model().bodies().size() == 1);
        waitUntil(() -> !robot.lookup("#map-guide").queryAs(javafx.scene.Node.class).isVisible());

        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#getting-started").tryQuery().isPresent());
        String guide = robot.lookup("#getting-started .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(guide.contains("1. Start with your partnership board"), guide);
        assertTrue(guide.contains("Who sits where (Ctrl+7)"), guide);
        robot.clickOn("#getting-started-close");
        waitUntil(() -> robot.lookup("#getting-started").tryQuery().isEmpty());
        closeDocument(robot);
    }

    @Test
    void helpAboutShowsTheVersionAndEveryLibrarysLicence(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Partnership Atlas");
        waitUntil(() -> robot.lookup("#about-licences").tryQuery().isPresent());
        String header = robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText();
        assertEquals("Partnership Atlas " + org.partnershipatlas.app.Version.current(), header);
        String licences = robot.lookup("#about-licences").queryTextInputControl().getText();
        for (String library : new String[] {"OpenJFX", "ControlsFX", "H2", "Flyway", "JGraphT", "Jackson",
                "Apache POI", "Apache Commons CSV", "Apache License, Version 2.0"}) {
            assertTrue(licences.contains(library), library + " in " + licences);
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#about-licences").tryQuery().isEmpty());
    }

    @Test
    void nonsenseMoneyIsExplainedOnTheFieldAndNotSaved(FxRobot robot) throws Exception {
        Path copy = dir.resolve("Money.atlas.mv.db");
        AuthorityStore.create(copy, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        robot.interact(() -> viewModel.openFile(copy));
        waitUntil(() -> stage.getTitle().contains("Money.atlas.mv.db"));
        robot.clickOn("#body-filter").write("Green Spaces");
        clickTreeItem(robot, "Green Spaces Network");
        waitUntil(() -> viewModel.selectedBody() != null);
        for (String group : new String[] {"BODY", "PEOPLE", "STRUCTURE"}) {
            robot.clickOn(robot.lookup("#group-" + group + " .title").queryAs(Node.class));
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        robot.doubleClickOn("#field-POOLED_BUDGET").write("a lot").type(KeyCode.ENTER);
        String error = robot.lookup("#error-POOLED_BUDGET").queryAs(Labeled.class).getText();
        assertTrue(error.startsWith("\"a lot\" is not an amount of money"), error);
        assertEquals(null, viewModel.selectedBody().governance().pooledBudget());
        closeDocument(robot);
    }

    @Test
    void textTypedAndThenAnotherBodyClickedInTheListIsSavedToTheBodyItWasTypedFor(FxRobot robot) throws Exception {
        Path copy = dir.resolve("Typed.atlas.mv.db");
        long safer = typeIntoPurpose(robot, copy.getFileName().toString(), "Keeps Northmoor safe");
        java.util.Set<String> others = new java.util.HashSet<>();
        viewModel.sessionProperty().get().model().bodies().stream().filter(b -> b.id() != safer)
                .forEach(b -> others.add(b.name()));
        Node other = robot.lookup("#body-tree .tree-cell").match((TreeCell<?> c) -> others.contains(c.getText()))
                .queryAs(Node.class);
        String otherName = ((TreeCell<?>) other).getText();
        robot.clickOn(other);
        waitUntil(() -> viewModel.selectedBody() != null && viewModel.selectedBody().name().equals(otherName));
        waitUntil(() -> "Keeps Northmoor safe".equals(purposeOf(safer)));
        assertTrue(!"Keeps Northmoor safe".equals(robot.lookup("#field-PURPOSE").queryTextInputControl().getText()),
                "the other body's own purpose is shown, not the text typed for the partnership");
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.open(copy, "test")) {
            assertEquals("Keeps Northmoor safe", store.load().body(safer).governance().purpose());
        }
    }

    /** Opens a copy of the sample, selects Safer Northmoor and types into its Purpose without leaving it. */
    private long typeIntoPurpose(FxRobot robot, String name, String text) throws Exception {
        Path copy = dir.resolve(name);
        AuthorityStore.create(copy, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        robot.interact(() -> viewModel.openFile(copy));
        waitUntil(() -> stage.getTitle().contains(name));
        clickTreeItem(robot, "Safer Northmoor Partnership");
        waitUntil(() -> viewModel.selectedBody() != null
                && viewModel.selectedBody().name().equals("Safer Northmoor Partnership"));
        robot.clickOn("#field-PURPOSE");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        assertTrue(robot.lookup("#field-PURPOSE").queryAs(Node.class).isFocused(), "still typing in Purpose");
        return viewModel.selectedBody().id();
    }

    private String purposeOf(long bodyId) {
        return viewModel.sessionProperty().get().model().body(bodyId).governance().purpose();
    }

    @Test
    void textTypedAndThenAShortcutUsedIsSaved(FxRobot robot) throws Exception {
        long safer = typeIntoPurpose(robot, "Shortcut.atlas.mv.db", "Saved by a shortcut");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> "Saved by a shortcut".equals(purposeOf(safer)));
        closeDocument(robot);
    }

    @Test
    void textTypedAndThenAnotherTabClickedIsSaved(FxRobot robot) throws Exception {
        long safer = typeIntoPurpose(robot, "Tab.atlas.mv.db", "Saved by a tab");
        robot.clickOn(robot.lookup(".tab-pane .tab .tab-label").match((Labeled l) -> "Action plan".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> "Saved by a tab".equals(purposeOf(safer)));
        closeDocument(robot);
    }

    @Test
    void textTypedAndThenAMenuOpenedIsSavedSoUndoUndoesIt(FxRobot robot) throws Exception {
        long safer = typeIntoPurpose(robot, "Menu.atlas.mv.db", "Saved by a menu");
        String before = purposeOf(safer);
        robot.clickOn("Edit");
        waitUntil(() -> "Saved by a menu".equals(purposeOf(safer)));
        robot.clickOn(robot.lookup(".menu-item .label").match((Labeled l) -> l.getText() != null
                && l.getText().startsWith("Undo")).queryAs(Node.class));
        waitUntil(() -> java.util.Objects.equals(before, purposeOf(safer)));
        closeDocument(robot);
    }

    @Test
    void textTypedAndThenTheWindowClosedIsSaved(FxRobot robot) throws Exception {
        long safer = typeIntoPurpose(robot, "Closing.atlas.mv.db", "Saved on closing");
        // the test stops the close itself after the window's own filter has run, so the window stays for the next test
        javafx.event.EventHandler<javafx.stage.WindowEvent> stop = javafx.event.Event::consume;
        robot.interact(() -> {
            stage.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, stop);
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.removeEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, stop);
        });
        waitUntil(() -> "Saved on closing".equals(purposeOf(safer)));
        closeDocument(robot);
    }

    private void clickTreeItem(FxRobot robot, String name) {
        Node cell = robot.lookup("#body-tree .tree-cell").match((TreeCell<?> c) -> name.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
    }

    private void pick(FxRobot robot, String comboId, String item) throws Exception {
        robot.clickOn(comboId);
        @SuppressWarnings("unchecked")
        ListView<Choice> list = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).label().equals(item)) {
                index = i;
            }
        }
        assertTrue(index >= 0, item + " is offered");
        int row = index;
        robot.interact(() -> list.scrollTo(row));
        Node cell = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> item.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        waitUntil(() -> comboText(robot, comboId).equals(item));
    }

    @SuppressWarnings("unchecked")
    private String comboText(FxRobot robot, String comboId) {
        Choice value = ((ComboBox<Choice>) robot.lookup(comboId).queryAs(ComboBox.class)).getValue();
        return value == null ? "" : value.label();
    }

    private String personName(Long id) {
        Person person = viewModel.sessionProperty().get().model().person(id);
        return person.name();
    }

    private static String name(AuthorityStore store, Long id) throws Exception {
        return store.load().person(id).name();
    }

}
