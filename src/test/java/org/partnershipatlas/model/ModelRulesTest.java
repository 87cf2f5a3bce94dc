package org.partnershipatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRulesTest {
    private final AuthorityModel model = TestAuthorities.small();

    private String refused(Edit edit) {
        List<Entity> before = model.entities();
        ModelException e = assertThrows(ModelException.class, () -> model.apply(edit));
        assertEquals(before, model.entities(), "a refused edit changes nothing");
        return e.getMessage();
    }

    @Test
    void aBodyCannotReportToItself() {
        assertEquals("\"Community Safety Partnership\" cannot report to itself",
                refused(Edit.of("Line", Change.create(new AccountabilityLine(90, 11, 11, LineKind.REPORTS_TO)))));
        assertEquals("\"Community Safety Partnership\" cannot be a sub-group of itself",
                refused(Edit.of("Line", Change.create(new AccountabilityLine(90, 11, 11, LineKind.SUB_GROUP_OF)))));
    }

    @Test
    void aNegativeBudgetIsRefusedNamingTheBody() {
        Body csp = model.body(11);
        assertEquals("\"Community Safety Partnership\" cannot have a negative council contribution (a year) (-£1)",
                refused(Edit.of("Money", Change.update(csp, csp.with(BodyField.COUNCIL_CONTRIBUTION, new Money(-100))))));
    }

    @Test
    void aSeatOnABodyThatDoesNotExistIsRefused() {
        assertEquals("A seat cannot be on a body that does not exist (id 999)",
                refused(Edit.of("Seat", Change.create(new Seat(91, 999, 2L, null, SeatRole.MEMBER)))));
    }

    @Test
    void peopleAndOrganisationsInTheGovernanceRecordMustBeOnTheMap() {
        Body csp = model.body(11);
        assertEquals("\"Community Safety Partnership\": the accountable body is not an organisation on the map",
                refused(Edit.of("Acc", Change.update(csp, csp.with(BodyField.ACCOUNTABLE_BODY, 4L)))));
        assertEquals("\"Community Safety Partnership\": the lead member is not a person on the map",
                refused(Edit.of("Lead", Change.update(csp, csp.with(BodyField.LEAD_MEMBER, 77L)))));
    }

    @Test
    void implausibleDatesAreRefused() {
        Body csp = model.body(11);
        assertEquals("\"Community Safety Partnership\": +20226-03-31 is not a believable date for the last scrutinised",
                refused(Edit.of("Date", Change.update(csp,
                        csp.with(BodyField.LAST_SCRUTINISED, LocalDate.of(20226, 3, 31))))));
        assertEquals("\"Community Safety Partnership\": the next review (2050-01-01) is more than 10 years after "
                + "the last one", refused(Edit.of("Date", Change.update(csp,
                csp.with(BodyField.NEXT_REVIEW_DUE, LocalDate.of(2050, 1, 1))))));
    }

    @Test
    void deletingWhatIsStillUsedIsRefused() {
        assertEquals("\"Community Safety Partnership\" still has lines, seats or decisions; delete them with it",
                refused(Edit.of("Delete", Change.delete(model.body(11)))));
        assertEquals("\"Cllr Ada Brook\" still sits on \"Community Safety Partnership\"",
                refused(Edit.of("Delete", Change.delete(model.person(4)))));
        assertEquals("the theme \"Community safety\" is still used by \"Community Safety Partnership\"",
                refused(Edit.of("Delete", Change.delete(model.theme(1)))));
    }

    @Test
    void aStaleEditIsRefused() {
        Body csp = model.body(11);
        model.apply(Edit.of("Rename", Change.update(csp, csp.withName("Safer Testshire"))));
        assertEquals("\"Community Safety Partnership\" was changed or removed in the meantime",
                refused(Edit.of("Rename", Change.update(csp, csp.withName("Other")))));
    }

    @Test
    void aReportingLoopAcrossSeveralBodiesIsAllowed() {
        model.apply(Edit.of("Loop", Change.create(new AccountabilityLine(92, 10, 12, LineKind.REPORTS_TO))));
        assertEquals(3, model.lines().size());
    }

    @Test
    void undoAndRedoOfEveryKindOfEditRestoreTheExactState() {
        EditHistory history = new EditHistory(model);
        Body csp = model.body(11);
        List<Edit> edits = List.of(
                Edit.of("Authority", Change.update(model.authority(), new Authority("Renamed", AuthorityKind.UNITARY,
                        null, null))),
                Edit.of("Theme", Change.create(new Theme(50, "Housing"))),
                Edit.of("Organisation", Change.create(new Organisation(51, "Testshire Fire", null,
                        Sector.FIRE_AND_RESCUE))),
                Edit.of("Person", Change.update(model.person(5), new Person(5, "Sam Reed", PersonKind.OFFICER,
                        "Head of Safety", 3L, "s@example.org", null))),
                Edit.of("Body fields", Change.update(csp, csp.with(BodyField.CHAIR, 5L).with(BodyField.THEMES,
                        List.of(1L, 50L)).with(BodyField.NOTES, "changed"))),
                Edit.of("Line", Change.update(model.line(20), new AccountabilityLine(20, 11, 10, LineKind.ADVISES))),
                Edit.of("Seat", Change.create(new Seat(52, 10, 51L, null, SeatRole.OBSERVER))),
                new Edit("Delete body", List.of(Change.delete(model.line(21)), Change.delete(model.body(12)))));
        for (Edit edit : edits) {
            List<Entity> before = model.entities();
            history.perform(edit);
            List<Entity> after = model.entities();
            history.undo();
            assertEquals(before, model.entities(), "undo of " + edit.label());
            history.redo();
            assertEquals(after, model.entities(), "redo of " + edit.label());
        }
    }
}
