package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.analysis.Rule;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.dialog.DialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A council's own authority from nothing, as a head of policy would build it in the window: a board,
 * two partnerships and four groups; three organisations and five people typed in; seats with chairs
 * and lead members; an action added and edited; the health check quiet about who leads what; and all
 * of it there on reopening.
 */
@Timeout(240)
class NewAuthorityWindowTest extends WindowTestSupport {
    private static final Set<Rule> ABOUT_PEOPLE = Set.of(Rule.NO_LEAD_MEMBER, Rule.NO_ORGANISATION,
            Rule.APPOINTMENT_ENDED, Rule.APPOINTMENT_ENDING, Rule.TOO_MANY_SEATS, Rule.TOO_MANY_CHAIRS);

    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void fromNothingToAMappedStaffedAndCheckedAuthority(FxRobot robot) throws Exception {
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Eastvale District Council", AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        robot.clickOn("File").clickOn("New…");
        waitUntil(() -> stage.getTitle().startsWith("Eastvale District Council"));
        Path file = viewModel.sessionProperty().get().file();

        // The map's guide, then Edit > Add body for the rest, each saying what it answers to.
        dialogs.newBodies.add(new DialogService.NewBody("Eastvale Together Board", BodyKind.PARTNERSHIP_BOARD,
                Layer.STRATEGIC));
        robot.clickOn("#guide-add-body");
        waitUntil(() -> model().bodies().size() == 1);
        addBody(robot, "Safer Eastvale Partnership", BodyKind.THEMED_PARTNERSHIP, "Eastvale Together Board");
        addBody(robot, "Eastvale Health and Wellbeing Partnership", BodyKind.THEMED_PARTNERSHIP,
                "Eastvale Together Board");
        addBody(robot, "Domestic Abuse Forum", BodyKind.FORUM, "Safer Eastvale Partnership");
        addBody(robot, "Anti-social Behaviour Group", BodyKind.SUB_GROUP, "Safer Eastvale Partnership");
        addBody(robot, "Healthy Weight Network", BodyKind.NETWORK, "Eastvale Health and Wellbeing Partnership");
        addBody(robot, "Ageing Well Group", BodyKind.SUB_GROUP, "Eastvale Health and Wellbeing Partnership");
        assertEquals(7, model().bodies().size());
        assertEquals(6, model().lines().size());
        for (String partnership : List.of("Safer Eastvale Partnership", "Eastvale Health and Wellbeing Partnership")) {
            selectInTree(robot, partnership);
            ScrollPane top = robot.lookup("#inspector").queryAs(ScrollPane.class);
            robot.interact(() -> top.setVvalue(0));
            choose(robot, "#field-CLASSIFICATION", "Partnership");
            waitUntil(() -> body(partnership).classification() == org.partnershipatlas.model.Classification.PARTNERSHIP);
            for (String criterion : List.of("#judged-CORPORATE_PRIORITY", "#judged-RISK_TO_SERVICES")) {
                reveal(robot, criterion);
                javafx.scene.control.CheckBox box = robot.lookup(criterion).queryAs(javafx.scene.control.CheckBox.class);
                robot.clickOn(box);
                waitUntil(box::isSelected);
            }
            waitUntil(() -> org.partnershipatlas.analysis.Oversight.needed(model(), body(partnership)));
        }
        assertEquals(2, HealthCheck.run(model(), viewModel.today()).stream()
                .filter(f -> f.rule() == Rule.NO_LEAD_MEMBER).count(), "two partnerships, no lead members yet");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        addOrganisation(robot, "Eastvale District Council", "SECTOR", "Local government");
        choose(robot, "#organisations-COUNCIL", "Yes");
        waitUntil(() -> model().organisations().stream().anyMatch(o -> o.council()));
        addOrganisation(robot, "Westshire Police", "SECTOR", "Police");
        addOrganisation(robot, "NHS Westshire ICB", "SECTOR", "NHS");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        addPerson(robot, "Cllr Jane Smith", "Councillor", "Eastvale District Council");
        addPerson(robot, "Cllr Tom Reid", "Councillor", "Eastvale District Council");
        addPerson(robot, "Supt Mark Ellison", "Partner", "Westshire Police");
        addPerson(robot, "Dr Asha Patel", "Partner", "NHS Westshire ICB");
        addPerson(robot, "Sam Patel", "Officer", "Eastvale District Council");
        assertEquals(5, model().people().size());

        // Seats from each partnership's People section; the chair's and lead member's seats set those fields.
        seat(robot, "Eastvale Together Board", "Cllr Jane Smith", SeatRole.CHAIR);
        seat(robot, "Safer Eastvale Partnership", "Supt Mark Ellison", SeatRole.CHAIR);
        seat(robot, "Safer Eastvale Partnership", "Cllr Tom Reid", SeatRole.LEAD_MEMBER);
        seat(robot, "Safer Eastvale Partnership", "Sam Patel", SeatRole.LEAD_OFFICER);
        seat(robot, "Eastvale Health and Wellbeing Partnership", "Dr Asha Patel", SeatRole.CHAIR);
        seat(robot, "Eastvale Health and Wellbeing Partnership", "Cllr Jane Smith", SeatRole.LEAD_MEMBER);
        Body safer = body("Safer Eastvale Partnership");
        assertEquals(person("Supt Mark Ellison"), safer.governance().chairId());
        assertEquals(person("Cllr Tom Reid"), safer.governance().leadMemberId());

        // An action for the partnership, from the inspector, then changed in the action plan's form.
        selectInTree(robot, "Safer Eastvale Partnership");
        ScrollPane inspector = robot.lookup("#inspector").queryAs(ScrollPane.class);
        robot.interact(() -> inspector.setVvalue(inspector.getVmax()));
        robot.clickOn("#inspector-add-action");
        waitUntil(() -> robot.lookup("#action-description").queryAs(Node.class).isFocused());
        robot.write("Agree the partnership's terms of reference");
        choose(robot, "#action-status", "On track");
        waitUntil(() -> model().actions().stream().anyMatch(a -> a.status() == ActionStatus.ON_TRACK
                && a.description().equals("Agree the partnership's terms of reference")));

        robot.type(KeyCode.F7);
        waitUntil(() -> robot.lookup("#findings-table").queryAs(TableView.class).isVisible());
        List<Finding> findings = HealthCheck.run(model(), viewModel.today());
        assertTrue(findings.stream().noneMatch(f -> ABOUT_PEOPLE.contains(f.rule())), findings.toString());
        assertFalse(cellShowing(robot, "Partnership without a lead member"), "the table says so too");
        closeDocument(robot);

        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            AuthorityModel kept = store.load();
            assertEquals(7, kept.bodies().size());
            assertEquals(6, kept.lines().size());
            assertEquals(3, kept.organisations().size());
            assertEquals(5, kept.people().size());
            assertEquals(6, kept.seats().size());
            Body reopened = kept.bodies().stream().filter(b -> b.name().equals("Eastvale Health and Wellbeing "
                    + "Partnership")).findFirst().orElseThrow();
            assertEquals(kept.people().stream().filter(p -> p.name().equals("Cllr Jane Smith")).findFirst()
                    .orElseThrow().id(), reopened.governance().leadMemberId());
            Action action = kept.actions().iterator().next();
            assertEquals(ActionStatus.ON_TRACK, action.status());
            assertEquals(List.of(safer.id()), action.bodyIds());
        }
    }

    private AuthorityModel model() {
        return viewModel.sessionProperty().get().model();
    }

    private Body body(String name) {
        return model().bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private long person(String name) {
        return model().people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void addBody(FxRobot robot, String name, BodyKind kind, String answersTo) throws Exception {
        int before = model().bodies().size();
        dialogs.newBodies.add(new DialogService.NewBody(name, kind, kind.usualLayer(), body(answersTo).id(), null));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> model().bodies().size() == before + 1);
    }

    private void addOrganisation(FxRobot robot, String name, String field, String value) throws Exception {
        robot.doubleClickOn("#organisations-filter").eraseText(40).write(name).type(KeyCode.ENTER);
        waitUntil(() -> model().organisations().stream().anyMatch(o -> o.name().equals(name)));
        robot.doubleClickOn("#organisations-filter").eraseText(40);
        choose(robot, "#organisations-" + field, value);
    }

    private void addPerson(FxRobot robot, String name, String kind, String organisation) throws Exception {
        robot.doubleClickOn("#people-filter").eraseText(40).write(name).type(KeyCode.ENTER);
        waitUntil(() -> model().people().stream().anyMatch(p -> p.name().equals(name)));
        robot.doubleClickOn("#people-filter").eraseText(40);
        choose(robot, "#people-KIND", kind);
        choose(robot, "#people-ORGANISATION", organisation);
        waitUntil(() -> model().people().stream().anyMatch(p -> p.name().equals(name) && p.organisationId() != null));
    }

    private void seat(FxRobot robot, String body, String person, SeatRole role) throws Exception {
        selectInTree(robot, body);
        int before = model().seats().size();
        dialogs.seatAnswers.add(draft -> {
            draft.personProperty().set(person);
            draft.roleProperty().set(role);
            return true;
        });
        Node add = robot.lookup("#seat-add").queryAs(Node.class);
        ScrollPane inspector = robot.lookup("#inspector").queryAs(ScrollPane.class);
        robot.interact(() -> inspector.setVvalue(0.25));
        robot.clickOn(add);
        waitUntil(() -> model().seats().size() == before + 1);
    }

    private void selectInTree(FxRobot robot, String name) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#body-tree .tree-cell").match((TreeCell<?> c) -> name.equals(c.getText()))
                .queryAs(Node.class));
        waitUntil(() -> viewModel.selectedBody() != null && viewModel.selectedBody().name().equals(name));
    }

    /** Scrolls the inspector, as a person would, until the control is on screen. */
    private static void reveal(FxRobot robot, String query) throws Exception {
        ScrollPane inspector = robot.lookup("#inspector").queryAs(ScrollPane.class);
        for (int step = 0; step <= 20; step++) {
            double at = step / 20.0;
            robot.interact(() -> inspector.setVvalue(inspector.getVmin() + at * (inspector.getVmax() - inspector.getVmin())));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Node node = robot.lookup(query).queryAs(Node.class);
            javafx.geometry.Bounds shown = inspector.localToScreen(inspector.getLayoutBounds());
            javafx.geometry.Bounds where = node.localToScreen(node.getBoundsInLocal());
            if (where != null && shown.contains(where.getCenterX(), where.getCenterY())
                    && where.getMaxY() < shown.getMaxY() - 4) {
                return;
            }
        }
        throw new AssertionError(query + " never came into view");
    }

    private static void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> label.equals(c.getText()))
                .queryAs(Node.class));
    }

    private static boolean cellShowing(FxRobot robot, String text) {
        return robot.from(robot.lookup("#findings-table").queryAs(TableView.class)).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> text.equals(c.getText())).tryQuery().isPresent();
    }
}
