package org.partnershipatlas.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void readsTheFormsPeopleType() {
        LocalDate march = LocalDate.of(2026, 3, 31);
        assertEquals(march, Formats.parseDate("31/03/2026"));
        assertEquals(march, Formats.parseDate("31/3/2026"));
        assertEquals(march, Formats.parseDate("2026-03-31"));
        assertEquals(march, Formats.parseDate("31 Mar 2026"));
        assertEquals(march, Formats.parseDate("31-Mar-26"));
        assertEquals("31/03/2026", Formats.date(march));
    }

    @Test
    void refusesDaysThatDoNotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Formats.parseDate("31/02/2027"));
        assertEquals("\"31/02/2027\" is not a date; type it as 31/03/2026", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Formats.parseDate("next Tuesday"));
    }
}
