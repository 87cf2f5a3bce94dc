package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Theme;

class SeatMatrixTest {
    private final AuthorityModel sample = SampleAuthority.build(LocalDate.of(2026, 11, 25));

    @Test
    void everySeatOfAnOrganisationIsACellAndEveryBodyAColumnInLayerOrder() {
        SeatMatrix matrix = SeatMatrix.of(sample, null);
        assertEquals(sample.bodies().size(), matrix.columns().size());
        for (Seat seat : sample.seats()) {
            if (seat.organisationId() != null) {
                assertTrue(matrix.role(seat.organisationId(), seat.bodyId()) != null, "seat " + seat);
            }
        }
        for (int i = 1; i < matrix.columns().size(); i++) {
            int before = sample.body(matrix.columns().get(i - 1).bodyId()).layer().ordinal();
            int after = sample.body(matrix.columns().get(i).bodyId()).layer().ordinal();
            assertTrue(before <= after, "strategic, then executive, then operational");
        }
    }

    @Test
    void rowsAreGroupedBySectorBusiestFirst() {
        SeatMatrix matrix = SeatMatrix.of(sample, null);
        for (int i = 1; i < matrix.rows().size(); i++) {
            SeatMatrix.Row a = matrix.rows().get(i - 1);
            SeatMatrix.Row b = matrix.rows().get(i);
            int sa = sample.organisation(a.organisationId()).sector().ordinal();
            int sb = sample.organisation(b.organisationId()).sector().ordinal();
            assertTrue(sa < sb || (sa == sb && a.seats() >= b.seats()), a + " before " + b);
        }
    }

    @Test
    void aThemeShowsOnlyItsBodiesAndTheOrganisationsAtTheirTables() {
        Theme theme = sample.themes().iterator().next();
        SeatMatrix matrix = SeatMatrix.of(sample, b -> b.themeIds().contains(theme.id()));
        long themed = sample.bodies().stream().filter(b -> b.themeIds().contains(theme.id())).count();
        assertEquals(themed, matrix.columns().size());
        for (SeatMatrix.Row row : matrix.rows()) {
            assertTrue(sample.seats().stream().anyMatch(s -> Long.valueOf(row.organisationId()).equals(s.organisationId())
                    && sample.body(s.bodyId()).themeIds().contains(theme.id())), row.name());
        }
        Body other = sample.bodies().stream().filter(b -> !b.themeIds().contains(theme.id())).findFirst().orElseThrow();
        assertNull(matrix.role(matrix.rows().get(0).organisationId(), other.id()));
    }

    @Test
    void aChairOutranksAMembershipOnTheSameBodyAndEachRoleHasAGlyph() {
        assertEquals(SeatRole.CHAIR, SeatMatrix.stronger(SeatRole.MEMBER, SeatRole.CHAIR));
        assertEquals(SeatRole.ACCOUNTABLE_BODY, SeatMatrix.stronger(SeatRole.ACCOUNTABLE_BODY, SeatRole.OBSERVER));
        java.util.Set<String> glyphs = new java.util.HashSet<>();
        for (SeatRole role : SeatRole.values()) {
            glyphs.add(SeatMatrix.glyph(role));
        }
        assertEquals(SeatRole.values().length - 1, glyphs.size(), "lead officer and lead member share L; every other role has its own");
    }
}
