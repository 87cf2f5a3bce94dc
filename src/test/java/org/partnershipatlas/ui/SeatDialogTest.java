package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.ui.seats.SeatDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The seat dialog as a person fills it in: a new name, a name picked from suggestions, dates typed without Enter. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SeatDialogTest {
    private FxDialogService dialogs;
    private Stage owner;
    private AuthorityModel model;
    private Body board;

    @Start
    void start(Stage stage) {
        owner = new Stage();
        owner.setScene(new Scene(new StackPane(), 640, 480));
        owner.show();
        dialogs = new FxDialogService(owner);
    }

    @BeforeEach
    void model() {
        model = new AuthorityModel(new Authority("Eastvale District Council", AuthorityKind.DISTRICT, null, null));
        board = Body.create(2, "Safer Eastvale", BodyKind.THEMED_PARTNERSHIP, Layer.EXECUTIVE);
        model.apply(new Edit("Add", List.of(Change.create(board),
                Change.create(new Organisation(3, "Eastvale District Council", null, Sector.LOCAL_GOVERNMENT, true)),
                Change.create(new Person(4, "Rob Kerr", PersonKind.OFFICER, "Community Safety Manager", 3L, null,
                        null)))));
    }

    private CompletableFuture<Boolean> ask(SeatDraft draft) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.editSeat(draft)));
        return answer;
    }

    @Test
    void aNewCouncillorWithAnAppointmentEndingAtTheAnnualMeeting(FxRobot robot) throws Exception {
        SeatDraft draft = new SeatDraft(model, board, null);
        var answer = ask(draft);
        waitFor(robot, "#seat-person");
        assertTrue(save(robot).isDisabled(), "nothing to save before someone is named");
        assertEquals("Name a person or choose an organisation", robot.lookup("#seat-problem").queryLabeled().getText());
        robot.clickOn("#seat-person").write("Cllr Jane Smith");
        pick(robot, "#seat-role", "Lead member");
        robot.clickOn(robot.lookup("#seat-until").queryAs(DatePicker.class).getEditor()).write("20/05/2027");
        assertEquals("Adds Cllr Jane Smith as a new councillor", robot.lookup("#seat-note").queryLabeled().getText());
        robot.clickOn(save(robot));
        assertTrue(answer.get(10, TimeUnit.SECONDS));
        assertEquals(LocalDate.of(2027, 5, 20), draft.untilProperty().get(), "a date typed without Enter is kept");
        model.apply(draft.toEdit());
        Person jane = model.people().stream().filter(p -> p.name().equals("Cllr Jane Smith")).findFirst().orElseThrow();
        assertEquals(jane.id(), model.body(board.id()).governance().leadMemberId());
    }

    @Test
    void aRecordedPersonIsPickedFromTheSuggestionsAndBringsTheirOrganisation(FxRobot robot) throws Exception {
        SeatDraft draft = new SeatDraft(model, board, null);
        var answer = ask(draft);
        waitFor(robot, "#seat-person");
        robot.clickOn("#seat-person").write("Rob");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".auto-complete-popup .list-cell")
                .match((ListCell<?> c) -> "Rob Kerr".equals(c.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell")
                .match((ListCell<?> c) -> "Rob Kerr".equals(c.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Rob Kerr".equals(draft.personProperty().get()));
        assertEquals(3L, draft.organisationProperty().get(), "the person's own organisation is proposed");
        assertEquals("", robot.lookup("#seat-note").queryLabeled().getText(), "nobody new is added");
        robot.clickOn(save(robot));
        assertTrue(answer.get(10, TimeUnit.SECONDS));
        model.apply(draft.toEdit());
        Seat seat = model.seatsOn(board.id()).get(0);
        assertEquals(SeatRole.MEMBER, seat.role());
        assertEquals(4L, seat.personId());
        assertEquals(1, model.people().size());
    }

    @Test
    void aPlaceAndNotesTypedAreKeptAndShownWhenTheSeatIsChangedAgain(FxRobot robot) throws Exception {
        SeatDraft draft = new SeatDraft(model, board, null);
        var answer = ask(draft);
        waitFor(robot, "#seat-person");
        robot.clickOn("#seat-person").write("Cllr Amy Lee");
        robot.clickOn("#seat-place").write("Cabinet Member for Community Safety");
        robot.clickOn("#seat-notes").write("four-year term, expiring Annual Council 2027");
        robot.clickOn(save(robot));
        assertTrue(answer.get(10, TimeUnit.SECONDS));
        model.apply(draft.toEdit());
        Seat seat = model.seatsOn(board.id()).get(0);
        assertEquals("Cabinet Member for Community Safety", seat.place());
        assertEquals("four-year term, expiring Annual Council 2027", seat.notes());

        SeatDraft again = new SeatDraft(model, board, seat);
        var second = ask(again);
        waitFor(robot, "#seat-place");
        assertEquals("Cabinet Member for Community Safety",
                robot.lookup("#seat-place").queryAs(javafx.scene.control.TextField.class).getText());
        pick(robot, "#seat-role", "Substitute");
        robot.clickOn(save(robot));
        assertTrue(second.get(10, TimeUnit.SECONDS));
        model.apply(again.toEdit());
        Seat changed = model.seat(seat.id());
        assertEquals(SeatRole.SUBSTITUTE, changed.role());
        assertEquals("four-year term, expiring Annual Council 2027", changed.notes(), "changing the role keeps the notes");
    }

    @Test
    void cancelSavesNothing(FxRobot robot) throws Exception {
        SeatDraft draft = new SeatDraft(model, board, null);
        var answer = ask(draft);
        waitFor(robot, "#seat-person");
        robot.clickOn("#seat-person").write("Sam Patel");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isCancelButton()).queryAs(Node.class));
        assertFalse(answer.get(10, TimeUnit.SECONDS));
    }

    private static Button save(FxRobot robot) {
        return robot.lookup("#seat-save").queryAs(Button.class);
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).match(SeatDialogTest::showing)
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()
                && node.isVisible() && node.getScene().getWindow().getWidth() > 0;
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

    private static void pick(FxRobot robot, String comboId, String item) {
        robot.clickOn(comboId);
        Node cell = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> item.equals(c.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(item, ((Labeled) robot.lookup(comboId + " .list-cell").queryAs(Labeled.class)).getText());
    }
}
