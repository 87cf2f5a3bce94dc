package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.imports.Appointments.Appointment;
import org.partnershipatlas.io.imports.Appointments.Terms;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.SeatRole;

class AppointmentsTest {

    private static List<Appointment> read(String cell) {
        return Appointments.read(cell, null);
    }

    @Test
    void aMemberWithADeputyAndAnEndDateIsTwoSeatsEndingTogether() {
        List<Appointment> seats = read("Councillor Ahmed (deputy Councillor Brook) (until May 2027)");
        assertEquals(2, seats.size());
        assertEquals("Cllr Ahmed", seats.get(0).person());
        assertEquals(SeatRole.MEMBER, seats.get(0).role());
        assertEquals(PersonKind.COUNCILLOR, seats.get(0).kind());
        assertEquals("Cllr Brook", seats.get(1).person());
        assertEquals(SeatRole.SUBSTITUTE, seats.get(1).role());
        assertEquals(LocalDate.of(2027, 5, 31), seats.get(0).terms().until());
        assertEquals(LocalDate.of(2027, 5, 31), seats.get(1).terms().until());
        assertNull(seats.get(0).terms().notes());
    }

    @Test
    void rolesInFrontOfNamedCouncillorsArePairedInOrder() {
        List<Appointment> seats = read("Leader and Deputy Leader (Councillors Cole and Dunn)");
        assertEquals(List.of("Cllr Cole", "Cllr Dunn"), seats.stream().map(Appointment::person).toList());
        assertEquals(List.of("Leader", "Deputy Leader"), seats.stream().map(Appointment::place).toList());
    }

    @Test
    void aCabinetPortfolioIsThePlaceOfTheCouncillorNamed() {
        List<Appointment> seats = read("Cabinet Member for Health and Wellbeing (Councillor Evans)");
        assertEquals(1, seats.size());
        assertEquals("Cllr Evans", seats.get(0).person());
        assertEquals("Cabinet Member for Health and Wellbeing", seats.get(0).place());
        List<Appointment> after = read("Councillor Dunn (Deputy Leader)");
        assertEquals("Cllr Dunn", after.get(0).person());
        assertEquals("Deputy Leader", after.get(0).place());
        assertEquals(SeatRole.MEMBER, after.get(0).role());
    }

    @Test
    void oneTitleBeforeSeveralNamesMakesEachOfThemACouncillor() {
        assertEquals(List.of("Cllr Fox", "Cllr Grant"), read("Councillor Fox and Grant").stream()
                .map(Appointment::person).toList());
        assertEquals(List.of("Cllr Fox", "Cllr Grant", "Cllr Hussain"), read("Cllrs Fox, Grant & Hussain").stream()
                .map(Appointment::person).toList());
        assertEquals(List.of("Cllr Ann Lee", "Cllr Bob Moss"), read("Cllr Ann Lee, Cllr Bob Moss").stream()
                .map(Appointment::person).toList());
        assertEquals(List.of("Cllr Ann Lee", "Cllr Bob Moss"), read("Cllr Ann Lee\nCllr Bob Moss").stream()
                .map(Appointment::person).toList());
    }

    @Test
    void placesHeldByRoleOrByNumberHaveNoOneNamed() {
        List<Appointment> ward = read("Northgate Ward Member");
        assertEquals(1, ward.size());
        assertNull(ward.get(0).person());
        assertEquals("Northgate Ward Member", ward.get(0).place());
        List<Appointment> two = read("2 places");
        assertEquals(2, two.size());
        assertNull(two.get(1).person());
        assertEquals("Council place 2 of 2", two.get(1).place());
        assertEquals(3, read("three").size());
        assertEquals("Vacancy", read("Vacancy").get(0).place());
    }

    @Test
    void peopleWhoAreNotCouncillorsKeepTheirNamesAndJobTitles() {
        Appointment hill = read("Mrs Jane Hill").get(0);
        assertEquals("Mrs Jane Hill", hill.person());
        assertEquals(PersonKind.PARTNER, hill.kind());
        Appointment patel = read("Sam Patel, Director (Place)").get(0);
        assertEquals("Sam Patel, Director (Place)", patel.person());
        assertEquals(PersonKind.OFFICER, patel.kind());
        assertEquals("Sam Patel", PersonNames.split(patel.person()).name());
        assertEquals("Director (Place)", PersonNames.split(patel.person()).title());
    }

    @Test
    void aColumnOfCouncillorsMakesABareNameACouncillor() {
        Appointment bare = Appointments.read("Jane Hill", PersonKind.COUNCILLOR).get(0);
        assertEquals("Cllr Jane Hill", bare.person());
        assertEquals(PersonKind.COUNCILLOR, bare.kind());
        assertEquals("Mrs Jane Hill", Appointments.read("Mrs Jane Hill", PersonKind.COUNCILLOR).get(0).person());
    }

    @Test
    void termsGiveDatesWhereTheyCanBeReadAndNotesWhereTheyCannot() {
        Terms expiring = Appointments.terms("four-year term, expiring Annual Council 2027");
        assertNull(expiring.until());
        assertEquals("four-year term, expiring Annual Council 2027", expiring.notes());
        Terms since = Appointments.terms("Representative since 01 April 2024");
        assertEquals(LocalDate.of(2024, 4, 1), since.from());
        assertNull(since.notes());
        Terms range = Appointments.terms("01/06/2024 - 31/05/2028");
        assertEquals(LocalDate.of(2024, 6, 1), range.from());
        assertEquals(LocalDate.of(2028, 5, 31), range.until());
        assertEquals(LocalDate.of(2026, 5, 31), Appointments.terms("Until May 2026").until());
        assertEquals(LocalDate.of(2027, 5, 20), Appointments.terms("20/05/2027").until());
        Terms both = Appointments.terms("Appointed 1st June 2023, term ends 31 May 2027");
        assertEquals(LocalDate.of(2023, 6, 1), both.from());
        assertEquals(LocalDate.of(2027, 5, 31), both.until());
        assertNull(both.notes());
        assertEquals("1 year", Appointments.terms("1 year").notes());
    }

    @Test
    void termsInBracketsWithNoDateStayAsNotesOfEverySeat() {
        List<Appointment> seats = read("Councillor Ahmed (four-year term)");
        assertEquals("Cllr Ahmed", seats.get(0).person());
        assertEquals("four-year term", seats.get(0).terms().notes());
    }
}
