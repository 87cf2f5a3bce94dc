package org.partnershipatlas.ui.seats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.settings.SettingsFile;

/** Seats added, changed and removed on a new authority's body, the named roles following them. */
class BodySeatsViewModelTest {
    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel main;
    BodySeatsViewModel seats;
    Body board;
    Organisation council;

    @BeforeEach
    void newAuthorityWithOneBody() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("s.json")),
                TestClock.CLOCK, "t");
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Eastvale District Council", AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        main.newFile();
        board = Body.create(model().newId(), "Safer Eastvale", BodyKind.THEMED_PARTNERSHIP, Layer.EXECUTIVE);
        council = new Organisation(model().newId(), "Eastvale District Council", null, Sector.LOCAL_GOVERNMENT, true);
        main.perform(new Edit("Add", List.of(Change.create(board), Change.create(council))));
        main.selectedBodyIdProperty().set(board.id());
        seats = new BodySeatsViewModel(main, dialogs);
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private Body board() {
        return model().body(board.id());
    }

    private void answer(java.util.function.Consumer<SeatDraft> fill) {
        dialogs.seatAnswers.add(draft -> {
            fill.accept(draft);
            return true;
        });
    }

    @Test
    void aNameNotYetRecordedAddsThePersonAndTheSeatInOneUndoableStep() {
        LocalDate annualMeeting = LocalDate.of(2027, 5, 20);
        String[] note = new String[1];
        answer(d -> {
            d.personProperty().set("Cllr Jane Smith");
            d.organisationProperty().set(council.id());
            d.roleProperty().set(SeatRole.LEAD_MEMBER);
            d.appointedByProperty().set("Full Council");
            d.untilProperty().set(annualMeeting);
            note[0] = d.noteProperty().get();
        });
        assertTrue(seats.add());
        assertEquals("Adds Cllr Jane Smith as a new councillor", note[0]);
        Person jane = model().people().iterator().next();
        assertEquals(PersonKind.COUNCILLOR, jane.kind());
        assertEquals(council.id(), jane.organisationId());
        assertEquals(jane.id(), board().governance().leadMemberId(), "the lead member field is the seat");
        assertEquals(List.of("Cllr Jane Smith, Eastvale District Council: lead member, appointed by Full Council, "
                + "until 20/05/2027"), seats.rows().stream().map(BodySeatsViewModel.Row::text).toList());
        assertEquals("Undo Add Cllr Jane Smith as lead member of Safer Eastvale",
                main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertTrue(model().people().isEmpty(), "one undo takes back the person and the seat");
        assertTrue(seats.rows().isEmpty());
        assertNull(board().governance().leadMemberId());
    }

    @Test
    void aNewChairReplacesTheOldOneWhoStaysOnAsAMember() {
        answer(d -> {
            d.personProperty().set("Rob Kerr");
            d.roleProperty().set(SeatRole.CHAIR);
        });
        seats.add();
        long rob = board().governance().chairId();
        String[] note = new String[1];
        answer(d -> {
            d.personProperty().set("Sam Patel");
            d.roleProperty().set(SeatRole.CHAIR);
            note[0] = d.noteProperty().get();
        });
        assertTrue(seats.add());
        assertEquals("Adds Sam Patel as a new partner. Replaces Rob Kerr as chair; Rob Kerr stays on as a member",
                note[0]);
        Person sam = model().people().stream().filter(p -> p.name().equals("Sam Patel")).findFirst().orElseThrow();
        assertEquals(sam.id(), board().governance().chairId());
        assertEquals(SeatRole.MEMBER, model().seatsOn(board.id()).stream().filter(s -> s.personId() == rob)
                .findFirst().orElseThrow().role());
    }

    @Test
    void choosingSomeoneAlreadyOnTheBodyChangesTheirSeatInsteadOfAddingASecond() {
        answer(d -> d.personProperty().set("Rob Kerr"));
        seats.add();
        String[] note = new String[1];
        answer(d -> {
            d.personProperty().set("rob kerr");
            d.roleProperty().set(SeatRole.VICE_CHAIR);
            note[0] = d.noteProperty().get();
        });
        assertTrue(seats.add());
        assertEquals("Rob Kerr already sits on Safer Eastvale as member; that seat is changed", note[0]);
        assertEquals(1, model().seatsOn(board.id()).size());
        assertEquals(1, model().people().size(), "the name is matched whatever its case");
        assertEquals(SeatRole.VICE_CHAIR, model().seatsOn(board.id()).get(0).role());
        assertEquals(model().people().iterator().next().id(), board().governance().viceChairId());
    }

    @Test
    void aSeatThatCannotBeSavedSaysWhyAndCancellingChangesNothing() {
        SeatDraft draft = new SeatDraft(model(), board(), null);
        assertEquals("Name a person or choose an organisation", draft.problemProperty().get());
        draft.roleProperty().set(SeatRole.ACCOUNTABLE_BODY);
        draft.personProperty().set("Jane Smith");
        assertEquals("The accountable body is an organisation: choose one", draft.problemProperty().get());
        draft.roleProperty().set(SeatRole.MEMBER);
        draft.fromProperty().set(LocalDate.of(2026, 5, 20));
        draft.untilProperty().set(LocalDate.of(2026, 5, 1));
        assertEquals("The appointment ends before it starts", draft.problemProperty().get());
        assertNull(draft.toEdit());
        int before = main.modelChangesProperty().get();
        dialogs.seatAnswers.add(d -> {
            d.personProperty().set("Jane Smith");
            return false;
        });
        assertFalse(seats.add());
        assertEquals(before, main.modelChangesProperty().get());
        assertTrue(model().people().isEmpty());
    }

    @Test
    void changingAndRemovingASeatKeepTheRolesTrue() {
        answer(d -> {
            d.personProperty().set("Rob Kerr");
            d.roleProperty().set(SeatRole.CHAIR);
        });
        seats.add();
        Seat chair = seats.rows().get(0).seat();
        answer(d -> d.untilProperty().set(LocalDate.of(2026, 1, 31)));
        assertTrue(seats.edit(chair));
        assertTrue(seats.rows().get(0).text().endsWith("chair, ended 31/01/2026"), seats.rows().get(0).text());
        assertTrue(seats.remove(seats.rows().get(0).seat()));
        assertNull(board().governance().chairId(), "removing the chair's seat leaves no chair recorded");
        assertEquals("Undo Remove Rob Kerr from Safer Eastvale", main.sessionProperty().get().undoLabelProperty().get());
    }
}
