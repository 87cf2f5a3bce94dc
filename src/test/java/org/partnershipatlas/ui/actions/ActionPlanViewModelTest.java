package org.partnershipatlas.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class ActionPlanViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    ActionPlanViewModel plan;
    AuthorityModel model;

    @BeforeEach
    void openSampleWithActions() {
        main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        main.openSample();
        plan = new ActionPlanViewModel(main);
        model = main.sessionProperty().get().model();
        // Start from an empty plan rather than the sample's own, so each row here is known.
        main.perform(new Edit("Clear the plan", model.actions().stream().map(Change::delete).toList()));
        long body = model.bodies().iterator().next().id();
        LocalDate today = main.today();
        main.perform(new Edit("Add actions", List.of(
                Change.create(new Action(model.newId(), "Refresh the partnership framework", ActionOwner.COUNCIL, null,
                        today.minusDays(1), ActionStatus.ON_TRACK, ActionSource.ANNUAL_REVIEW, List.of(body), null,
                        today.minusMonths(6))),
                Change.create(new Action(model.newId(), "Agree a data-sharing protocol", ActionOwner.LSP_BOARD, null,
                        today.plusMonths(2), ActionStatus.NOT_STARTED, ActionSource.SCRUTINY, List.of(), null, today)),
                Change.create(new Action(model.newId(), "Close the old forum", ActionOwner.BODY, body,
                        today.minusMonths(1), ActionStatus.DONE, ActionSource.WORKSHOP, List.of(body), null, today)))));
    }

    @Test
    void listsEveryActionWithItsOwnerAndFlagsOnlyOpenOnesPastTheirDate() {
        assertEquals(3, plan.rows().size());
        assertEquals(List.of(true, false, false), plan.rows().stream().map(ActionPlanViewModel.Row::overdue).toList());
        assertEquals("The council", plan.rows().get(0).owner());
        assertEquals(model.bodies().iterator().next().name(), plan.rows().get(2).owner());
        assertEquals(List.of("All", "LSP board", model.bodies().iterator().next().name(), "The council"),
                List.copyOf(plan.owners()));
    }

    @Test
    void filtersByOwnerStatusAndSource() {
        plan.ownerFilterProperty().set("LSP board");
        assertEquals(List.of("Agree a data-sharing protocol"), descriptions());
        plan.ownerFilterProperty().set(ActionPlanViewModel.ALL);
        plan.statusFilterProperty().set(ActionStatus.DONE);
        assertEquals(List.of("Close the old forum"), descriptions());
        plan.statusFilterProperty().set(null);
        plan.sourceFilterProperty().set(ActionSource.ANNUAL_REVIEW);
        assertEquals(List.of("Refresh the partnership framework"), descriptions());
    }

    @Test
    void markingDoneIsOneUndoableStepAndEndsOverdue() {
        ActionPlanViewModel.Row overdue = plan.rows().get(0);
        assertTrue(plan.setStatus(overdue.action(), ActionStatus.DONE));
        assertEquals(ActionStatus.DONE, plan.rows().get(0).action().status());
        assertFalse(plan.rows().get(0).overdue());
        main.undo();
        assertEquals(ActionStatus.ON_TRACK, plan.rows().get(0).action().status());
    }

    @Test
    void anActionForABodyIsAddedShownThoughFilteredOutAndEveryFieldIsEditable() {
        plan.statusFilterProperty().set(ActionStatus.DONE);
        var safer = model.bodies().stream().filter(b -> b.name().startsWith("Safer")).findFirst().orElseThrow();
        Action added = plan.add(safer.id());
        assertEquals("New action for " + safer.name(), added.description());
        assertEquals(null, plan.statusFilterProperty().get(), "the filters are cleared so the new row shows");
        assertTrue(descriptions().contains(added.description()));
        assertEquals(added.id(), plan.selectedProperty().get().id());
        assertEquals(safer.name(), plan.rows().stream().filter(r -> r.action().id() == added.id()).findFirst()
                .orElseThrow().owner(), "an action added for a body is owned by it until said otherwise");

        ActionEdits edits = plan.edits();
        LocalDate target = LocalDate.of(2027, 3, 31);
        var person = model.people().iterator().next();
        assertTrue(edits.setDescriptionOf(added.id(), "Ask scrutiny to review the partnership's terms of reference"));
        assertTrue(edits.setOwner(new ActionEdits.Owner(ActionOwner.PERSON, person.id())));
        assertTrue(edits.setTargetDate(target));
        assertTrue(edits.setStatus(ActionStatus.ON_TRACK));
        assertTrue(edits.setSource(ActionSource.SCRUTINY));
        assertTrue(edits.setBodies(List.of()));
        Action changed = model.action(added.id());
        assertEquals(new Action(added.id(), "Ask scrutiny to review the partnership's terms of reference",
                ActionOwner.PERSON, person.id(), target, ActionStatus.ON_TRACK, ActionSource.SCRUTINY, List.of(), null,
                main.today()), changed);
        assertTrue(edits.owners().stream().anyMatch(c -> ActionEdits.owns(c, changed)), "the owner is one of the choices");
        main.undo();
        assertEquals(List.of(safer.id()), model.action(added.id()).bodyIds(), "one undo takes back one field");
    }

    @Test
    void anEmptyDescriptionIsRefusedBesideTheFormAndDeletingIsUndoable() {
        plan.select(plan.rows().get(1));
        Action chosen = plan.selectedProperty().get();
        assertFalse(plan.edits().setDescriptionOf(chosen.id(), "   "));
        assertEquals("An action needs a description of what is to be done", plan.edits().errorProperty().get());
        assertEquals(chosen.description(), model.action(chosen.id()).description());
        assertTrue(plan.edits().delete());
        assertEquals(null, model.action(chosen.id()));
        assertEquals(2, plan.rows().size());
        main.undo();
        assertEquals(chosen, model.action(chosen.id()));
    }

    private List<String> descriptions() {
        return plan.rows().stream().map(r -> r.action().description()).toList();
    }
}
