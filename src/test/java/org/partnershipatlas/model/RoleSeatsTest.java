package org.partnershipatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chair field and the chair's seat can never say two different things, whichever is edited. */
class RoleSeatsTest {
    private final AuthorityModel model = TestAuthorities.small();
    private final EditHistory history = new EditHistory(model);
    private final Body csp = model.body(11);

    private List<Seat> seatsAs(long bodyId, SeatRole role) {
        return model.seatsOn(bodyId).stream().filter(s -> s.role() == role).toList();
    }

    @Test
    void theSmallAuthorityHasASeatForEveryNamedRole() {
        assertEquals(4L, seatsAs(11, SeatRole.CHAIR).get(0).personId());
        assertEquals(5L, seatsAs(11, SeatRole.VICE_CHAIR).get(0).personId());
        assertEquals(5L, seatsAs(11, SeatRole.LEAD_OFFICER).get(0).personId());
        assertEquals(4L, seatsAs(11, SeatRole.LEAD_MEMBER).get(0).personId());
        assertEquals(2L, seatsAs(11, SeatRole.ACCOUNTABLE_BODY).get(0).organisationId());
    }

    @Test
    void settingTheChairMovesTheChairsSeatAndUndoPutsItBack() {
        List<Entity> before = model.entities();
        Edit applied = history.perform(Edit.of("Change chair", Change.update(csp, csp.with(BodyField.CHAIR, 5L))));
        List<Seat> chairs = seatsAs(11, SeatRole.CHAIR);
        assertEquals(1, chairs.size());
        assertEquals(5L, chairs.get(0).personId());
        assertEquals(2L, chairs.get(0).organisationId(), "Sam Reed sits for his organisation");
        assertNull(chairs.get(0).appointedBy(), "the old chair's appointment does not pass to the new one");
        assertTrue(applied.changes().size() > 1, "the seat's move is part of the same edit");
        assertTrue(model.seatsOf(model.person(4)).stream().noneMatch(s -> s.role() == SeatRole.CHAIR && s.bodyId() == 11));
        history.undo();
        assertEquals(before, model.entities());
    }

    @Test
    void aNewChairWhoIsAlreadyAMemberHasThatSeatMadeTheChair() {
        Person newcomer = new Person(60, "Jo Bloggs", PersonKind.PARTNER, null, 3L, null, null);
        Seat member = new Seat(61, 11, 3L, 60L, SeatRole.MEMBER);
        history.perform(Edit.of("Add", Change.create(newcomer), Change.create(member)));
        history.perform(Edit.of("Change chair", Change.update(csp, csp.with(BodyField.CHAIR, 60L))));
        assertEquals(SeatRole.CHAIR, model.seat(61).role());
        assertEquals(List.of(model.seat(61)), seatsAs(11, SeatRole.CHAIR));
        assertNull(model.seat(31), "the old chair's seat went to the new chair");
    }

    @Test
    void addingAChairsSeatSetsTheFieldAndTheOldChairStaysAsAMember() {
        Seat chair = new Seat(62, 11, 2L, 5L, SeatRole.CHAIR);
        history.perform(Edit.of("Add seat", Change.create(chair)));
        assertEquals(5L, model.body(11).governance().chairId());
        assertEquals(SeatRole.MEMBER, model.seat(31).role());
        assertEquals(List.of(model.seat(62)), seatsAs(11, SeatRole.CHAIR));
    }

    @Test
    void removingTheChairsSeatClearsTheFieldAndClearingTheFieldRemovesTheSeat() {
        history.perform(Edit.of("Remove seat", Change.delete(model.seat(31))));
        assertNull(model.body(11).governance().chairId());
        Body now = model.body(11);
        Seat accountable = seatsAs(11, SeatRole.ACCOUNTABLE_BODY).get(0);
        history.perform(Edit.of("Clear", Change.update(now, now.with(BodyField.ACCOUNTABLE_BODY, null))));
        assertNull(model.seat(accountable.id()));
    }

    @Test
    void aChairsSeatHeldByAnOrganisationAloneIsRefused() {
        ModelException e = assertThrows(ModelException.class,
                () -> history.perform(Edit.of("Add seat", Change.create(new Seat(63, 12, 3L, null, SeatRole.CHAIR)))));
        assertEquals("The chair of \"Anti-social Behaviour Task Group\" must be a person", e.getMessage());
        assertNull(model.seat(63));
    }

    @Test
    void aFileWhereTheyDisagreeKeepsItsFieldsAndNobodyIsDropped() {
        AuthorityModel old = new AuthorityModel(model.authority());
        Body board = Body.create(70, "Board", BodyKind.PARTNERSHIP_BOARD, Layer.STRATEGIC);
        old.load(List.of(new Organisation(71, "Council", null, Sector.LOCAL_GOVERNMENT),
                new Person(72, "Old Chair", PersonKind.COUNCILLOR, null, 71L, null, null),
                new Person(73, "New Chair", PersonKind.COUNCILLOR, null, 71L, null, null),
                board.with(BodyField.CHAIR, 73L), new Seat(74, 70, 71L, 72L, SeatRole.CHAIR),
                Body.create(75, "Group", BodyKind.SUB_GROUP, Layer.OPERATIONAL),
                new Seat(76, 75, 71L, 72L, SeatRole.LEAD_MEMBER)));
        RoleSeats.Reconciled agreeing = RoleSeats.reconcileAll(old);
        old.apply(agreeing.edit());
        assertEquals(SeatRole.MEMBER, old.seat(74).role(), "the old chair still sits on the board");
        assertEquals(73L, old.seatsOn(70).stream().filter(s -> s.role() == SeatRole.CHAIR).findFirst().orElseThrow()
                .personId());
        assertEquals(72L, old.body(75).governance().leadMemberId(), "a seat with no field fills the field");
        assertEquals(List.of("Board: Old Chair now sits as member (was chair)",
                "Board: a seat as chair for New Chair was added, as its field said",
                "Group: the lead member is now Old Chair, as its seats said"), agreeing.report());
        assertTrue(RoleSeats.reconcileAll(old).edit().isEmpty(), "once agreed, nothing more to do");
    }
}
