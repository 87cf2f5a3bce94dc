package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Seat;

class SeatOverlayTest {
    private final AuthorityModel sample = LaidOut.sample();
    private final Diagram diagram = MapDiagram.of(sample);
    private final SeatOverlay overlay = SeatOverlay.of(sample, diagram);

    @Test
    void everyOrganisationWithASeatIsPlacedUnderTheStructureWithoutOverlapping() {
        Set<Long> seated = new HashSet<>();
        sample.seats().stream().map(Seat::organisationId).filter(java.util.Objects::nonNull).forEach(seated::add);
        assertEquals(seated.size(), overlay.organisations().size());
        for (SeatOverlay.Org org : overlay.organisations()) {
            assertTrue(org.rect().y() > diagram.bounds().maxY(), org.label() + " sits below the operational band");
        }
        assertNoOverlaps(overlay.organisations());
    }

    @Test
    void everySeatOfAnOrganisationIsALineFromItsBoxToTheBody() {
        long organisationSeats = sample.seats().stream().filter(s -> s.organisationId() != null).count();
        assertEquals(organisationSeats, overlay.seats().size());
        SeatOverlay.Link link = overlay.seats().get(0);
        SeatOverlay.Org org = overlay.organisations().stream()
                .filter(o -> o.organisationId() == link.organisationId()).findFirst().orElseThrow();
        assertEquals(org.rect().centreX(), link.from().x(), 0.01);
        assertEquals(org.rect().y(), link.from().y(), 0.01);
        Diagram.Box body = diagram.boxes().stream().filter(b -> b.bodyId() == link.bodyId()).findFirst().orElseThrow();
        assertEquals(body.rect().maxY(), link.to().y(), 0.01);
    }

    @Test
    void theSeatCountIsTheNumberOfBodiesAnOrganisationSitsOn() {
        SeatOverlay.Org busiest = overlay.organisations().stream()
                .max(java.util.Comparator.comparingInt(SeatOverlay.Org::seatCount)).orElseThrow();
        long seats = sample.seats().stream().filter(s -> Long.valueOf(busiest.organisationId()).equals(s.organisationId()))
                .count();
        assertEquals(seats, busiest.seatCount());
        assertTrue(busiest.seatCount() >= 12, "the sample's over-committed organisation sits on twelve bodies");
    }

    @Test
    void organisationsAtTheLeftOfTheMapSitOnBodiesAtTheLeft() {
        double middle = diagram.bounds().centreX();
        SeatOverlay.Org leftmost = overlay.organisations().stream()
                .min(java.util.Comparator.comparingDouble(o -> o.rect().x())).orElseThrow();
        double mean = overlay.seats().stream().filter(l -> l.organisationId() == leftmost.organisationId())
                .mapToDouble(l -> l.to().x()).average().orElseThrow();
        assertTrue(mean < middle, "placed under the middle of its bodies, not at random");
    }

    @Test
    void aLargeAuthorityIsPlacedQuicklyAndStillWithoutOverlaps() {
        AuthorityModel large = LaidOut.withLayout(GeneratedAuthority.build(1000, 300, 2900, 7L));
        SeatOverlay big = SeatOverlay.of(large, MapDiagram.of(large));
        assertFalse(big.organisations().isEmpty());
        assertNoOverlaps(big.organisations());
    }

    @Test
    void longNamesAreCutToTwoLines() {
        List<String> label = SeatOverlay.label(new org.partnershipatlas.model.Organisation(1,
                "Northmoor and District Council for Voluntary Service and Community Action Trust", null,
                org.partnershipatlas.model.Sector.VOLUNTARY_AND_COMMUNITY));
        assertEquals(2, label.size());
        assertTrue(label.get(1).endsWith("…"), label.toString());
        assertTrue(label.stream().allMatch(l -> l.length() <= SeatOverlay.CHARS), label.toString());
    }

    private static void assertNoOverlaps(List<SeatOverlay.Org> orgs) {
        for (int i = 0; i < orgs.size(); i++) {
            for (int j = i + 1; j < orgs.size(); j++) {
                assertFalse(orgs.get(i).rect().intersects(orgs.get(j).rect()),
                        orgs.get(i).label() + " overlaps " + orgs.get(j).label());
            }
        }
    }
}
