package org.partnershipatlas.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.PartyFields;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.settings.SettingsFile;

/** The people screen on a council's own, new authority: add, edit, refuse, delete and merge. */
class PeopleViewModelTest {
    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel main;
    PeopleViewModel people;
    OrganisationsViewModel organisations;

    @BeforeEach
    void newAuthority() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("s.json")),
                TestClock.CLOCK, "t");
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Eastvale District Council", AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        main.newFile();
        people = new PeopleViewModel(main, dialogs, dialogs);
        organisations = new OrganisationsViewModel(main, dialogs, dialogs);
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private Person addPerson(String name) {
        people.filterProperty().set(name);
        assertTrue(people.add());
        people.filterProperty().set("");
        return people.selectedProperty().get();
    }

    @Test
    void aNewAuthorityStartsWithNobodyAndAddingUsesTheTypedNameAndSelectsThePerson() {
        assertTrue(people.rows().isEmpty());
        Person jane = addPerson("Cllr Jane Smith");
        assertEquals("Cllr Jane Smith", jane.name());
        assertEquals(List.of("Cllr Jane Smith"), people.rows().stream().map(Person::name).toList());
        assertTrue(people.add(), "with no words typed the person is called New person");
        assertEquals("New person", people.selectedProperty().get().name());
        assertEquals("Undo Add person New person", main.sessionProperty().get().undoLabelProperty().get());
    }

    @Test
    void everyFieldIsKeptInTheFileAndOneUndoTakesBackOneField() throws Exception {
        Organisation council = new Organisation(model().newId(), "Eastvale District Council", "EDC",
                Sector.LOCAL_GOVERNMENT, true);
        main.perform(Edit.of("Add organisation", Change.create(council)));
        Person jane = addPerson("Jane Smith");
        assertTrue(people.set(PartyFields.PersonField.KIND, PersonKind.COUNCILLOR));
        assertTrue(people.applies(PartyFields.PersonField.PARTY), "a councillor has a party");
        assertTrue(people.set(PartyFields.PersonField.PARTY, "Green"));
        assertTrue(people.set(PartyFields.PersonField.TITLE, "Cabinet Member for Communities"));
        assertTrue(people.set(PartyFields.PersonField.ORGANISATION, council.id()));
        assertTrue(people.set(PartyFields.PersonField.EMAIL, "jane.smith@eastvale.gov.uk"));
        assertTrue(people.set(PartyFields.PersonField.PHONE, "01632 960 123"));
        assertEquals("Eastvale District Council", people.cell(people.selectedProperty().get(), 2));

        Path file = main.sessionProperty().get().file();
        main.close();
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            Person kept = store.load().person(jane.id());
            assertEquals(new Person(jane.id(), "Jane Smith", PersonKind.COUNCILLOR, "Cabinet Member for Communities",
                    council.id(), "jane.smith@eastvale.gov.uk", "01632 960 123", "Green"), kept);
        }
    }

    @Test
    void aRefusedValueIsExplainedBesideTheFieldAndNothingChanges() {
        Person jane = addPerson("Jane Smith");
        int before = main.modelChangesProperty().get();
        assertFalse(people.set(PartyFields.PersonField.NAME, "   "));
        assertEquals("A person needs a name", people.errorProperty(PartyFields.PersonField.NAME).get());
        assertFalse(people.set(PartyFields.PersonField.EMAIL, "jane at eastvale"));
        assertTrue(people.errorProperty(PartyFields.PersonField.EMAIL).get().contains("not an e-mail address"));
        assertFalse(people.set(PartyFields.PersonField.NAME, "x".repeat(600)));
        assertFalse(people.errorProperty(PartyFields.PersonField.NAME).get().isEmpty());
        assertEquals(before, main.modelChangesProperty().get());
        assertEquals("Jane Smith", model().person(jane.id()).name());
        assertTrue(dialogs.errors.isEmpty(), "refusals are shown beside the field, not in a dialog");
        assertTrue(people.set(PartyFields.PersonField.NAME, "Jane Smyth"));
        assertEquals("", people.errorProperty(PartyFields.PersonField.NAME).get());
    }

    @Test
    void textTypedForOnePersonIsSavedToThemAfterAnotherIsChosen() {
        Person jane = addPerson("Jane Smith");
        Person sam = addPerson("Sam Patel");
        assertEquals(sam.id(), people.selectedProperty().get().id());
        assertTrue(people.set(jane.id(), PartyFields.PersonField.TITLE, "Head of Policy"));
        assertEquals("Head of Policy", model().person(jane.id()).title());
        assertNull(model().person(sam.id()).title());
    }

    @Test
    void theFilterLooksInEveryColumn() {
        addPerson("Jane Smith");
        people.set(PartyFields.PersonField.TITLE, "Head of Policy");
        addPerson("Sam Patel");
        people.filterProperty().set("policy");
        assertEquals(List.of("Jane Smith"), people.rows().stream().map(Person::name).toList());
        people.filterProperty().set("");
        assertEquals(2, people.rows().size());
    }

    @Test
    void deletingSaysWhatGoesWithThePersonAndUndoBringsItAllBack() {
        Body board = Body.create(model().newId(), "Eastvale Partnership Board", BodyKind.PARTNERSHIP_BOARD, Layer.STRATEGIC);
        main.perform(Edit.of("Add body", Change.create(board)));
        Person jane = addPerson("Jane Smith");
        Seat seat = new Seat(model().newId(), board.id(), null, jane.id(), SeatRole.CHAIR);
        main.perform(Edit.of("Add seat", Change.create(seat)));
        assertEquals(jane.id(), model().body(board.id()).governance().chairId(), "a chair's seat sets the body's chair");
        assertEquals(List.of("Eastvale Partnership Board (chair)"), people.seatLines());

        dialogs.confirmations.add(false);
        assertFalse(people.delete());
        assertTrue(dialogs.questions.get(dialogs.questions.size() - 1).contains("1 seat"),
                dialogs.questions.toString());
        assertTrue(model().person(jane.id()) != null);

        dialogs.confirmations.add(true);
        assertTrue(people.delete());
        assertNull(model().person(jane.id()));
        assertNull(model().body(board.id()).governance().chairId());
        assertTrue(model().seatsOn(board.id()).isEmpty());
        main.undo();
        assertEquals(jane.id(), model().body(board.id()).governance().chairId());
        assertEquals(1, model().seatsOn(board.id()).size());
    }

    @Test
    void mergingTwoOrganisationsKeepsEverySeatOnTheOneKept() {
        Body board = Body.create(model().newId(), "Safer Eastvale", BodyKind.THEMED_PARTNERSHIP, Layer.EXECUTIVE);
        Organisation police = new Organisation(model().newId(), "Westshire Police", null, Sector.POLICE);
        Organisation constabulary = new Organisation(model().newId(), "Westshire Constabulary", null, Sector.POLICE);
        main.perform(new Edit("Add", List.of(Change.create(board), Change.create(police), Change.create(constabulary))));
        main.perform(new Edit("Add seats", List.of(
                Change.create(new Seat(model().newId(), board.id(), police.id(), null, SeatRole.MEMBER)),
                Change.create(new Seat(model().newId(), board.id(), constabulary.id(), null, SeatRole.OBSERVER)))));
        organisations.select(constabulary.id());
        dialogs.mergeTargets.add("Westshire Police");
        assertTrue(organisations.mergeIntoAnother());
        assertNull(model().organisation(constabulary.id()));
        assertEquals(List.of(SeatRole.MEMBER, SeatRole.OBSERVER), model().seatsOn(board.id()).stream()
                .filter(s -> s.organisationId() == police.id()).map(Seat::role).sorted().toList());
        assertEquals(police.id(), organisations.selectedProperty().get().id());
        assertEquals("Undo Merge Westshire Constabulary into Westshire Police",
                main.sessionProperty().get().undoLabelProperty().get());
    }

    @Test
    void onlyOneOrganisationCanBeTheCouncilItself() {
        organisations.filterProperty().set("Eastvale District Council");
        organisations.add();
        assertTrue(organisations.set(PartyFields.OrganisationField.COUNCIL, true));
        assertEquals(Sector.LOCAL_GOVERNMENT, organisations.selectedProperty().get().sector());
        organisations.filterProperty().set("Eastvale Council");
        organisations.add();
        assertFalse(organisations.set(PartyFields.OrganisationField.COUNCIL, true));
        assertTrue(organisations.errorProperty(PartyFields.OrganisationField.COUNCIL).get()
                .contains("Eastvale District Council is already recorded as the council"));
    }
}
