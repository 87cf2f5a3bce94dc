package org.partnershipatlas.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.Rule;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class HealthCheckViewModelTest {
    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel main;
    HealthCheckViewModel health;

    @BeforeEach
    void openSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("s.json")),
                TestClock.CLOCK, "t");
        main.openSample();
        health = new HealthCheckViewModel(main);
    }

    private HealthCheckViewModel.Row row(Rule rule) {
        return health.rows().stream().filter(r -> r.finding().rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void showsTheFindingsWithCountsBySeverity() {
        // A chair is a seat too, so Rob Kerr's eight chairs and one membership make him over-committed in seats.
        assertEquals("4 high · 21 medium · 1 low", health.summaryProperty().get());
        assertEquals("Northmoor Economic Partnership", row(Rule.NO_LEAD_MEMBER).bodies());
    }

    @Test
    void selectingAFindingSelectsAndMarksItsBodies() {
        HealthCheckViewModel.Row loop = row(Rule.REPORTING_LOOP);
        health.select(loop);
        assertEquals(loop.finding().bodyIds().get(0), main.selectedBodyIdProperty().get());
        assertEquals(Set.copyOf(loop.finding().bodyIds()), main.highlightedBodyIdsProperty().get());
    }

    @Test
    void aFindingBecomesAFilledInActionInOneUndoableStep() {
        HealthCheckViewModel.Row lead = row(Rule.NO_LEAD_MEMBER);
        assertFalse(lead.hasOpenAction());
        assertTrue(health.addToActionPlan(lead));
        Action action = fromTheCheck();
        assertEquals("Appoint a lead member for \"Northmoor Economic Partnership\".", action.description());
        assertEquals(ActionOwner.COUNCIL, action.owner());
        assertEquals(ActionSource.HEALTH_CHECK, action.source());
        assertEquals(ActionStatus.NOT_STARTED, action.status());
        assertEquals(main.today().plusMonths(3), action.targetDate());
        assertEquals(lead.finding().bodyIds(), action.bodyIds());
        assertTrue(row(Rule.NO_LEAD_MEMBER).hasOpenAction(), "the check notes the open action");
        main.undo();
        assertTrue(main.sessionProperty().get().model().actions().stream().noneMatch(a -> a.findingKey() != null));
        assertFalse(row(Rule.NO_LEAD_MEMBER).hasOpenAction());
    }

    @Test
    void everySuggestedActionIsAdoptedInOneUndoableStepLeavingNoFindingWithoutAnAction() {
        long without = health.withoutAction();
        assertTrue(without > 20, "the sample's findings mostly have no action: " + without);
        int actionsBefore = main.sessionProperty().get().model().actions().size();
        assertEquals(without, health.adoptAllSuggestions());
        assertEquals(0, health.withoutAction(), "every finding now has its action");
        assertEquals(actionsBefore + without, main.sessionProperty().get().model().actions().size());
        assertEquals("Undo Adopt " + without + " suggested actions",
                main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertEquals(actionsBefore, main.sessionProperty().get().model().actions().size(), "one step takes all back");
        assertEquals(without, health.withoutAction());
    }

    @Test
    void theChosenFindingsAreAdoptedTogetherSkippingOneAlreadyOnThePlan() {
        HealthCheckViewModel.Row lead = row(Rule.NO_LEAD_MEMBER);
        HealthCheckViewModel.Row loop = row(Rule.REPORTING_LOOP);
        HealthCheckViewModel.Row seats = row(Rule.TOO_MANY_SEATS);
        health.addToActionPlan(lead);
        int before = main.sessionProperty().get().model().actions().size();
        assertEquals(2, health.adoptSuggestions(java.util.List.of(row(Rule.NO_LEAD_MEMBER), loop, seats)),
                "the finding already on the plan is not added twice");
        assertEquals(before + 2, main.sessionProperty().get().model().actions().size());
        assertEquals("Undo Adopt 2 suggested actions", main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertEquals(before, main.sessionProperty().get().model().actions().size(), "one step takes both back");
    }

    /** The action the health check added (the sample's own plan has none from it). */
    private Action fromTheCheck() {
        return main.sessionProperty().get().model().actions().stream().filter(a -> a.findingKey() != null)
                .findFirst().orElseThrow();
    }

    @Test
    void anActionForAnOrganisationIsOwnedByIt() {
        HealthCheckViewModel.Row seats = row(Rule.TOO_MANY_SEATS);
        health.addToActionPlan(seats);
        Action action = fromTheCheck();
        assertEquals(ActionOwner.ORGANISATION, action.owner());
        assertEquals(seats.finding().organisationIds().get(0), action.ownerId());
    }

    @Test
    void findingsFollowEditsAndThresholds() {
        var session = main.sessionProperty().get();
        long nep = row(Rule.NO_LEAD_MEMBER).finding().bodyIds().get(0);
        var before = session.model().body(nep);
        main.perform(Edit.of("Lead", Change.update(before, before.with(BodyField.LEAD_MEMBER,
                session.model().people().iterator().next().id()))));
        assertTrue(health.rows().stream().noneMatch(r -> r.finding().rule() == Rule.NO_LEAD_MEMBER));

        AuthoritySettings s = session.model().settings();
        dialogs.settings.add(new AuthoritySettings(s.reviewDueSoonDays(), 12, s.maxChairs(), s.topBodyIds(),
                s.meetingMinutes(), s.preparationMinutes(), s.officerHourlyRate(), s.councillorHourlyRate(),
                s.partnerHourlyRate()));
        main.editSettings();
        assertTrue(health.rows().stream().noneMatch(r -> r.finding().rule() == Rule.TOO_MANY_SEATS),
                "12 seats is no longer more than the threshold");
        main.undo();
        assertTrue(health.rows().stream().anyMatch(r -> r.finding().rule() == Rule.TOO_MANY_SEATS));
    }
}
