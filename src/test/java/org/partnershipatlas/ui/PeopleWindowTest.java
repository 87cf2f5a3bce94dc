package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.dialog.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A council's own people and organisations, typed in by hand into a new authority and found again on reopening. */
@Timeout(120)
class PeopleWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void addOrganisationsAndPeopleByKeyboardAndMouseAndFindThemKept(FxRobot robot) throws Exception {
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Eastvale District Council", AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        robot.clickOn("File").clickOn("New…");
        waitUntil(() -> stage.getTitle().startsWith("Eastvale District Council"));
        Path file = viewModel.sessionProperty().get().file();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        robot.clickOn("#organisations-filter").write("Westshire Police").type(KeyCode.ENTER);
        waitUntil(() -> model().organisations().size() == 1);
        choose(robot, "#organisations-SECTOR", "Police");
        waitUntil(() -> model().organisations().iterator().next().sector() == Sector.POLICE);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        robot.clickOn("#people-filter").write("Jane Smith");
        robot.clickOn("#people-add");
        waitUntil(() -> person("Jane Smith") != null);
        robot.clickOn("#people-TITLE").write("Head of Policy").type(KeyCode.ENTER);
        waitUntil(() -> "Head of Policy".equals(person("Jane Smith").title()));
        choose(robot, "#people-ORGANISATION", "Westshire Police");
        waitUntil(() -> person("Jane Smith").organisationId() != null);

        robot.doubleClickOn("#people-filter").eraseText(10).write("Sam Patel").type(KeyCode.ENTER);
        waitUntil(() -> person("Sam Patel") != null);
        robot.doubleClickOn("#people-filter").eraseText(9);
        // Typed for Sam, then another row chosen without Enter or Tab: the text goes to Sam, not to Jane.
        robot.clickOn("#people-TITLE").write("Director (Place)");
        robot.clickOn(cell(robot, "Jane Smith"));
        waitUntil(() -> "Director (Place)".equals(person("Sam Patel").title()));
        assertEquals("Head of Policy", person("Jane Smith").title());
        assertEquals("Head of Policy", robot.lookup("#people-TITLE").queryTextInputControl().getText());

        // Who sits where: the police's row and the new body's column; Enter gives a seat, Delete takes it away.
        robot.interact(() -> viewModel.perform(org.partnershipatlas.model.Edit.of("Add body", org.partnershipatlas.model
                .Change.create(org.partnershipatlas.model.Body.create(model().newId(), "Safer Eastvale",
                        org.partnershipatlas.model.BodyKind.THEMED_PARTNERSHIP,
                        org.partnershipatlas.model.Layer.EXECUTIVE)))));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        Node grid = robot.lookup("#seat-grid").queryAs(Node.class);
        waitUntil(grid::isVisible);
        javafx.geometry.Bounds box = grid.localToScreen(grid.getBoundsInLocal());
        // The first line is the sector's heading, the second the police's row.
        robot.clickOn(new javafx.geometry.Point2D(box.getMinX() + 300 + 12, box.getMinY() + 190 + 24 + 12));
        dialogs.seatAnswers.add(draft -> true);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> model().seats().size() == 1);
        assertEquals(model().organisations().iterator().next().id(), model().seats().iterator().next().organisationId());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> model().seats().isEmpty());
        closeDocument(robot);

        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            AuthorityModel kept = store.load();
            Organisation police = kept.organisations().iterator().next();
            assertEquals("Westshire Police", police.name());
            Person jane = kept.people().stream().filter(p -> p.name().equals("Jane Smith")).findFirst().orElseThrow();
            assertEquals(police.id(), jane.organisationId());
            Person sam = kept.people().stream().filter(p -> p.name().equals("Sam Patel")).findFirst().orElseThrow();
            assertEquals("Director (Place)", sam.title());
            assertNull(sam.organisationId());
        }
    }

    @Test
    void mergeTheSameForceEnteredTwiceAndKeepEverySeat(FxRobot robot) throws Exception {
        Path file = openSampleCopy(robot, "Merge.atlas.mv.db");
        Organisation police = model().organisations().stream().filter(o -> o.name().equals("Westshire Police"))
                .findFirst().orElseThrow();
        int policeSeats = model().seatsOf(police).size();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        robot.clickOn("#organisations-filter").write("Westshire Constabulary").type(KeyCode.ENTER);
        waitUntil(() -> model().organisations().stream().anyMatch(o -> o.name().equals("Westshire Constabulary")));
        Organisation constabulary = model().organisations().stream()
                .filter(o -> o.name().equals("Westshire Constabulary")).findFirst().orElseThrow();
        var body = model().bodies().stream().filter(b -> model().seatsOn(b.id()).stream()
                .noneMatch(seat -> Long.valueOf(police.id()).equals(seat.organisationId()))).findFirst().orElseThrow();
        // Its one seat, given as the seat dialog would.
        robot.interact(() -> viewModel.perform(org.partnershipatlas.model.Edit.of("Add seat",
                org.partnershipatlas.model.Change.create(new org.partnershipatlas.model.Seat(model().newId(), body.id(),
                        constabulary.id(), null, org.partnershipatlas.model.SeatRole.OBSERVER)))));
        dialogs.mergeTargets.add("Westshire Police");
        robot.clickOn("#organisations-merge");
        waitUntil(() -> model().organisation(constabulary.id()) == null);
        assertEquals(policeSeats + 1, model().seatsOf(model().organisation(police.id())).size());
        assertEquals("Westshire Police", robot.lookup("#organisations-NAME").queryTextInputControl().getText(),
                "the one kept is shown");
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            AuthorityModel kept = store.load();
            assertEquals(policeSeats + 1, kept.seatsOf(kept.organisation(police.id())).size());
            assertNull(kept.organisation(constabulary.id()));
        }
    }

    private AuthorityModel model() {
        return viewModel.sessionProperty().get().model();
    }

    private Person person(String name) {
        return model().people().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        Node item = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> label.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(item);
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.from(robot.lookup("#people-table").queryAs(TableView.class)).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> text.equals(c.getText())).queryAs(Node.class);
    }
}
