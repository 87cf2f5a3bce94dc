package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.PersonKind;

class HealthCheckRulesTest {
    private final Mini m = new Mini();

    private Finding only(Rule rule) {
        List<Finding> found = m.findings(rule);
        assertEquals(1, found.size(), rule + ": " + found);
        return found.get(0);
    }

    private void none(Rule rule) {
        assertEquals(List.of(), m.findings(rule), rule.toString());
    }

    @Test
    void aSignificantPartnershipNeedsALeadMemberScrutinyAnAccountableBodyAndTerms() {
        long cllr = m.person("Cllr Lee", PersonKind.COUNCILLOR);
        long p = m.significant("Safer Minton", cllr, m.council);
        none(Rule.NO_LEAD_MEMBER);
        none(Rule.NO_SCRUTINY);
        none(Rule.NO_ACCOUNTABLE_BODY);
        none(Rule.NO_TERMS_OF_REFERENCE);
        m.clear(p, BodyField.LEAD_MEMBER);
        m.clear(p, BodyField.SCRUTINY_COMMITTEE);
        m.clear(p, BodyField.ACCOUNTABLE_BODY);
        m.clear(p, BodyField.TERMS_OF_REFERENCE);
        Finding lead = only(Rule.NO_LEAD_MEMBER);
        assertEquals(Severity.HIGH, lead.severity());
        assertEquals(List.of(p), lead.bodyIds());
        assertEquals("\"Safer Minton\" is a significant partnership with no lead member, so no councillor answers "
                + "for it to cabinet.", lead.message());
        assertEquals("Appoint a lead member for \"Safer Minton\".", lead.suggestedAction());
        assertTrue(only(Rule.NO_SCRUTINY).message().contains("no scrutiny arrangement"));
        assertTrue(only(Rule.NO_ACCOUNTABLE_BODY).message().contains("nobody is answerable for its money"));
        assertTrue(only(Rule.NO_TERMS_OF_REFERENCE).message().contains("not written down"));

        m.set(p, BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(9_999));
        none(Rule.NO_LEAD_MEMBER);
    }

    @Test
    void reviewsOverdueDueSoonAndNeverDone() {
        long p = m.body("Housing Partnership", Classification.PARTNERSHIP);
        assertEquals("\"Housing Partnership\" is a partnership that has never been reviewed, so nobody has "
                + "checked that it works and adds value.", only(Rule.NEVER_REVIEWED).message());
        m.set(p, BodyField.LAST_REVIEWED, Mini.TODAY.minusYears(2));
        none(Rule.NEVER_REVIEWED);
        m.set(p, BodyField.NEXT_REVIEW_DUE, Mini.TODAY.minusDays(1));
        Finding overdue = only(Rule.REVIEW_OVERDUE);
        assertEquals("The review of \"Housing Partnership\" was due on 24/11/2026 and is overdue, so the council "
                + "cannot show that it still adds value.", overdue.message());
        assertEquals(Severity.MEDIUM, overdue.severity(), "not a partnership needing oversight");
        m.set(p, BodyField.NEXT_REVIEW_DUE, Mini.TODAY);
        none(Rule.REVIEW_OVERDUE);
        assertEquals("The review of \"Housing Partnership\" is due on 25/11/2026, within 90 days.",
                only(Rule.REVIEW_DUE_SOON).message());
        m.set(p, BodyField.NEXT_REVIEW_DUE, Mini.TODAY.plusDays(91));
        none(Rule.REVIEW_DUE_SOON);
    }

    @Test
    void aReportingLoopNamesItsBodiesInOrder() {
        long board = m.board("Board");
        long a = m.body("Alpha Group", Classification.WORKING_GROUP);
        long b = m.body("Beta Group", Classification.WORKING_GROUP);
        long c = m.body("Gamma Group", Classification.WORKING_GROUP);
        m.line(a, board);
        m.line(a, b);
        m.line(b, c);
        none(Rule.REPORTING_LOOP);
        m.line(c, a);
        Finding loop = only(Rule.REPORTING_LOOP);
        assertEquals(List.of(a, b, c), loop.bodyIds());
        assertTrue(loop.message().startsWith("Reporting loop: Alpha Group → Beta Group → Gamma Group → Alpha Group."),
                loop.message());
    }

    @Test
    void aBodyWithNoWayUpIsReportedOnceAtTheTopOfItsPiece() {
        long board = m.board("Board");
        long lone = m.body("Lone Network", Classification.NETWORK);
        long child = m.body("Lone Sub-group", Classification.WORKING_GROUP);
        m.line(child, lone, LineKind.SUB_GROUP_OF);
        Finding orphan = only(Rule.ORPHAN);
        assertEquals(List.of(lone), orphan.bodyIds());
        assertEquals("\"Lone Network\" and the body under it have no line of accountability up to Board, so "
                + "nobody oversees them.", orphan.message());
        m.line(lone, board, LineKind.ADVISES);
        none(Rule.ORPHAN);
    }

    @Test
    void userMarkedTopsReplaceTheBoards() {
        m.board("Board");
        long exec = m.body("Executive", Classification.PARTNERSHIP);
        var s = m.model.settings();
        m.model.apply(org.partnershipatlas.model.Edit.of("tops", org.partnershipatlas.model.Change.update(s,
                new org.partnershipatlas.model.AuthoritySettings(s.reviewDueSoonDays(), s.maxSeats(), s.maxChairs(),
                        List.of(exec), s.meetingMinutes(), s.preparationMinutes(), s.officerHourlyRate(),
                        s.councillorHourlyRate(), s.partnerHourlyRate()))));
        assertTrue(only(Rule.ORPHAN).message().startsWith("\"Board\" has no line of accountability up to Executive"));
    }

    @Test
    void appointmentsThatHaveEndedAndThatEndWithinTheDueSoonWindow() {
        long board = m.body("Minton Board", Classification.PARTNERSHIP);
        long lee = m.person("Cllr Lee", PersonKind.COUNCILLOR);
        long kim = m.person("Cllr Kim", PersonKind.COUNCILLOR);
        long ash = m.person("Cllr Ash", PersonKind.COUNCILLOR);
        m.seatUntil(board, m.council, lee, Mini.TODAY.minusDays(1));
        m.seatUntil(board, m.council, kim, Mini.TODAY.plusDays(m.model.settings().reviewDueSoonDays()));
        m.seatUntil(board, m.council, ash, Mini.TODAY.plusDays(m.model.settings().reviewDueSoonDays() + 1));
        Finding ended = only(Rule.APPOINTMENT_ENDED);
        assertEquals("1 appointment to \"Minton Board\" has ended with no reappointment recorded: Cllr Lee (member, "
                + "until 24/11/2026).", ended.message());
        assertEquals(Severity.MEDIUM, ended.severity());
        assertEquals(List.of(lee), ended.personIds());
        Finding ending = only(Rule.APPOINTMENT_ENDING);
        assertEquals(List.of(kim), ending.personIds(), "an appointment ending after the window is not yet raised");
        assertEquals(Severity.LOW, ending.severity());
        m.seatUntil(board, m.council, ash, Mini.TODAY);
        assertEquals(2, m.findings(Rule.APPOINTMENT_ENDING).get(0).personIds().size(), "ending today is not ended");
    }

    @Test
    void aPersonWhoSitsForNoOrganisation() {
        long board = m.body("Minton Board", Classification.PARTNERSHIP);
        long pat = m.person("Pat Resident", PersonKind.PARTNER);
        m.seat(board, m.council, pat);
        none(Rule.NO_ORGANISATION);
        long forum = m.body("Minton Forum", Classification.NETWORK);
        m.seat(forum, null, pat);
        Finding found = only(Rule.NO_ORGANISATION);
        assertEquals(List.of(forum), found.bodyIds(), "the seat held for the council says whom Pat represents there");
        assertTrue(found.message().startsWith("Pat Resident sits on Minton Forum for no organisation"),
                found.message());
    }

    @Test
    void anOrganisationOrPersonWithMoreSeatsThanTheThresholdButNotTheCouncil() {
        long police = m.organisation("Minton Police");
        long officer = m.person("Pat Officer", PersonKind.OFFICER);
        for (int i = 0; i < 8; i++) {
            long body = m.body("Group " + i, Classification.WORKING_GROUP);
            m.seat(body, police, null);
            m.seat(body, m.council, officer);
        }
        none(Rule.TOO_MANY_SEATS);
        long ninth = m.body("Group 9", Classification.WORKING_GROUP);
        m.seat(ninth, police, null);
        m.seat(ninth, m.council, officer);
        List<Finding> found = m.findings(Rule.TOO_MANY_SEATS);
        assertEquals(2, found.size(), "the police and the person, never the council itself: " + found);
        assertEquals("Minton Police sits on 9 bodies (more than 8), which stretches its capacity to take a full "
                + "part in each.", found.get(0).message());
        assertEquals("Pat Officer sits on 9 bodies (more than 8), which stretches its capacity to take a full "
                + "part in each.", found.get(1).message());
    }

    @Test
    void aPersonChairingMoreThanThreeBodiesAndChairsWithoutDeputies() {
        long chair = m.person("Sam Chair", PersonKind.OFFICER);
        long deputy = m.person("Dee Puty", PersonKind.OFFICER);
        for (int i = 1; i <= 3; i++) {
            long body = m.body("Group " + i, Classification.WORKING_GROUP);
            m.set(body, BodyField.CHAIR, chair);
            m.set(body, BodyField.VICE_CHAIR, deputy);
        }
        none(Rule.TOO_MANY_CHAIRS);
        none(Rule.SINGLE_POINT_OF_FAILURE);
        long fourth = m.body("Group 4", Classification.WORKING_GROUP);
        m.set(fourth, BodyField.CHAIR, chair);
        assertEquals("Sam Chair chairs 4 bodies (more than 3): Group 1, Group 2, Group 3 and Group 4.",
                only(Rule.TOO_MANY_CHAIRS).message());
        none(Rule.SINGLE_POINT_OF_FAILURE);
        long fifth = m.body("Group 5", Classification.WORKING_GROUP);
        m.set(fifth, BodyField.CHAIR, chair);
        assertEquals("If Sam Chair left, 2 bodies would have no chair and no vice chair: Group 4 and Group 5.",
                only(Rule.SINGLE_POINT_OF_FAILURE).message());
    }

    @Test
    void anOrganisationThatIsTheAccountableBodyForSeveralBodies() {
        long county = m.organisation("Minton County");
        long a = m.body("Fund Group", Classification.PARTNERSHIP);
        m.set(a, BodyField.ACCOUNTABLE_BODY, county);
        none(Rule.SINGLE_POINT_OF_FAILURE);
        long b = m.body("Care Group", Classification.PARTNERSHIP);
        m.set(b, BodyField.ACCOUNTABLE_BODY, county);
        assertEquals("If Minton County withdrew, 2 bodies would have no accountable body: Fund Group and Care Group.",
                only(Rule.SINGLE_POINT_OF_FAILURE).message());
    }

    @Test
    void aCouncillorOnABodyAndOnTheCommitteeThatScrutinisesIt() {
        long cllr = m.person("Cllr Hart", PersonKind.COUNCILLOR);
        long csp = m.body("Safer Minton", Classification.PARTNERSHIP);
        m.set(csp, BodyField.SCRUTINY_COMMITTEE, "Crime Scrutiny Committee");
        m.seat(csp, m.council, cllr);
        m.committee(cllr, "Overview Committee");
        none(Rule.SCRUTINY_CONFLICT);
        m.committee(cllr, "Crime Scrutiny Committee");
        Finding conflict = only(Rule.SCRUTINY_CONFLICT);
        assertEquals(Severity.HIGH, conflict.severity());
        assertEquals("Cllr Hart sits on \"Safer Minton\" and on the Crime Scrutiny Committee that scrutinises it, "
                + "so they would be scrutinising their own work.", conflict.message());
    }

    @Test
    void anOfficerOnAScrutinisedBodyIsNoConflict() {
        long officer = m.person("Ola Officer", PersonKind.OFFICER);
        long csp = m.body("Safer Minton", Classification.PARTNERSHIP);
        m.set(csp, BodyField.SCRUTINY_COMMITTEE, "Crime Scrutiny Committee");
        m.seat(csp, m.council, officer);
        m.committee(officer, "Crime Scrutiny Committee");
        none(Rule.SCRUTINY_CONFLICT);
    }

    @Test
    void anOrganisationThatIsABodysOnlyLinkToTheRest() {
        long board = m.board("Board");
        long forum = m.body("Youth Forum", Classification.NETWORK);
        long group = m.body("Youth Group", Classification.WORKING_GROUP);
        m.line(group, board);
        long charity = m.organisation("Young Minton");
        m.seat(group, charity, null);
        m.seat(forum, charity, null);
        Finding cut = only(Rule.HOLDS_STRUCTURE_TOGETHER);
        assertEquals(List.of(forum), cut.bodyIds());
        assertEquals("If Young Minton stepped back, Youth Forum would be cut off from the rest of the partnership: "
                + "Young Minton is its only link.", cut.message());
        m.line(forum, board, LineKind.ADVISES);
        none(Rule.HOLDS_STRUCTURE_TOGETHER);
    }

    @Test
    void aNetworkOrWorkingGroupHoldingMoney() {
        long network = m.body("Green Network", Classification.NETWORK);
        m.set(network, BodyField.COUNCIL_CONTRIBUTION, Money.ZERO);
        none(Rule.MONEY_WITHOUT_OVERSIGHT);
        m.set(network, BodyField.POOLED_BUDGET, Money.ofPounds(2_500));
        assertEquals("\"Green Network\" is classed as a network but holds £2,500 of council contribution or pooled "
                + "budget, so that money has no partnership governance or political oversight.",
                only(Rule.MONEY_WITHOUT_OVERSIGHT).message());
        m.set(network, BodyField.CLASSIFICATION, Classification.PARTNERSHIP);
        none(Rule.MONEY_WITHOUT_OVERSIGHT);
    }

    @Test
    void reportingCyclesOutOfStep() {
        long parent = m.body("Executive", Classification.PARTNERSHIP);
        long child = m.body("Task Group", Classification.WORKING_GROUP);
        m.line(child, parent, LineKind.SUB_GROUP_OF);
        m.set(parent, BodyField.REPORTING_CYCLE, Frequency.QUARTERLY);
        m.set(child, BodyField.REPORTING_CYCLE, Frequency.QUARTERLY);
        none(Rule.REPORTING_OUT_OF_STEP);
        m.set(child, BodyField.REPORTING_CYCLE, Frequency.TWICE_A_YEAR);
        assertEquals("\"Task Group\" reports twice a year but \"Executive\", which it reports to, reports quarterly, "
                + "so some of its reports go up without fresh information.", only(Rule.REPORTING_OUT_OF_STEP).message());
        m.set(child, BodyField.REPORTING_CYCLE, Frequency.QUARTERLY);
        m.set(child, BodyField.MEETING_FREQUENCY, Frequency.TWICE_A_YEAR);
        assertEquals("\"Task Group\" meets twice a year but is expected to report quarterly, so some reports cannot "
                + "have been agreed at a meeting.", only(Rule.REPORTING_OUT_OF_STEP).message());
    }

    @Test
    void themesWithoutAPartnershipOrScrutiny() {
        long housing = m.theme("Housing");
        long network = m.body("Landlords Network", Classification.NETWORK, housing);
        assertEquals("No partnership works on the theme \"Housing\", so nobody has agreed a joint programme for it.",
                only(Rule.THEME_WITHOUT_PARTNERSHIP).message());
        assertEquals("No body in the theme \"Housing\" has a scrutiny arrangement, so councillors do not review the "
                + "work on it.", only(Rule.THEME_WITHOUT_SCRUTINY).message());
        m.set(network, BodyField.SCRUTINY_COMMITTEE, "Housing Scrutiny");
        none(Rule.THEME_WITHOUT_SCRUTINY);
        m.body("Housing Partnership", Classification.PARTNERSHIP, housing);
        none(Rule.THEME_WITHOUT_PARTNERSHIP);
    }

    @Test
    void unclassifiedBodies() {
        long body = m.body("New Group", Classification.UNCLASSIFIED);
        assertEquals("\"New Group\" has not been classified as a partnership, network or working group, so nobody "
                + "knows whether it needs political oversight.", only(Rule.UNCLASSIFIED).message());
        m.set(body, BodyField.CLASSIFICATION, Classification.NETWORK);
        none(Rule.UNCLASSIFIED);
    }
}
