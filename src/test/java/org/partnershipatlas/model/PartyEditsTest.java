package org.partnershipatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PartyEditsTest {
    private final AuthorityModel model = TestAuthorities.small();

    @Test
    void mergingTwoRecordsOfOneOrganisationKeepsEverySeatPersonAndRole() {
        Organisation police = model.organisation(3);
        Organisation constabulary = new Organisation(60, "Testshire Constabulary", null, Sector.POLICE);
        Person inspector = new Person(61, "Insp Kay Moss", PersonKind.PARTNER, null, 60L, null, null);
        model.apply(new Edit("Set up", List.of(Change.create(constabulary), Change.create(inspector),
                Change.create(new Seat(62, 10, 60L, 61L, SeatRole.MEMBER, "Chief Constable", null, null)),
                Change.create(new Seat(63, 12, 60L, null, SeatRole.OBSERVER)))));
        int seatsBefore = model.seats().size();

        model.apply(new Edit("Merge", PartyEdits.mergeOf(model, police, constabulary)));

        assertNull(model.organisation(60));
        assertEquals(seatsBefore, model.seats().size(), "no seat is lost");
        assertEquals(Set.of(10L, 11L, 12L), model.seatsOf(police).stream().map(Seat::bodyId).collect(Collectors.toSet()));
        assertEquals(Long.valueOf(3), model.person(61).organisationId());
        assertEquals("Chief Constable", model.seat(62).appointedBy(), "the appointment is the same appointment");
    }

    @Test
    void mergingTwoRecordsOfOnePersonMovesTheirChairAndDropsTheDoubleSeat() {
        Person duplicate = new Person(70, "Ada Brook", PersonKind.COUNCILLOR, null, 2L, null, null);
        Body asb = model.body(12);
        model.apply(new Edit("Set up", List.of(Change.create(duplicate),
                Change.update(asb, asb.with(BodyField.CHAIR, 70L)),
                Change.create(new Seat(71, 11, 2L, 70L, SeatRole.MEMBER)))));

        model.apply(new Edit("Merge", PartyEdits.mergeOf(model, model.person(4), model.person(70))));

        assertNull(model.person(70));
        assertEquals(Long.valueOf(4), BodyField.CHAIR.read(model.body(12)));
        assertNull(model.seat(71), "Ada already sits on the CSP (as chair), so her double's member seat goes");
        assertTrue(model.seats().stream().noneMatch(s -> Long.valueOf(70).equals(s.personId())));
    }

    /** Sam Reed is the CSP's vice chair and lead officer, and sits for the council on the task group. */
    @Test
    void deletingAPersonEmptiesTheirRolesKeepsTheOrganisationsPlaceAndPassesTheirActionsToTheCouncil() {
        Person officer = model.person(5);
        Action owned = new Action(80, "Draft the ToR", ActionOwner.PERSON, 5L, null, ActionStatus.NOT_STARTED,
                ActionSource.ANNUAL_REVIEW, List.of(11L), null, null);
        model.apply(new Edit("Set up", List.of(Change.create(owned),
                Change.create(new Seat(81, 12, 2L, 5L, SeatRole.MEMBER)))));
        assertEquals("3 seats and 1 action owned", PartyEdits.dependentsOf(model, officer));

        model.apply(new Edit("Delete", PartyEdits.deletionOf(model, officer)));

        assertNull(model.person(5));
        assertNull(BodyField.LEAD_OFFICER.read(model.body(11)));
        assertNull(BodyField.VICE_CHAIR.read(model.body(11)));
        assertEquals(new Seat(81, 12, 2L, null, SeatRole.MEMBER), model.seat(81), "the council keeps its place");
        assertEquals(ActionOwner.COUNCIL, model.action(80).owner());
    }

    @Test
    void deletingAnOrganisationKeepsItsPeopleAndTheSeatsTheyHold() {
        Organisation council = model.organisation(2);
        model.apply(new Edit("Delete", PartyEdits.deletionOf(model, council)));

        assertNull(model.organisation(2));
        assertNull(model.person(4).organisationId());
        assertNull(BodyField.ACCOUNTABLE_BODY.read(model.body(11)));
        assertEquals(Long.valueOf(4), BodyField.CHAIR.read(model.body(11)), "the chair is still the chair");
        assertNull(model.seat(31).organisationId());
    }

    @Test
    void aRecordCannotBeMergedIntoItself() {
        Organisation police = model.organisation(3);
        assertThrows(ModelException.class, () -> PartyEdits.mergeOf(model, police, police));
    }
}
