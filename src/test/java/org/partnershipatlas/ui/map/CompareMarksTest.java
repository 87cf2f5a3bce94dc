package org.partnershipatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

class CompareMarksTest {
    @Test
    void theSamplesYearIsMarkedNewChangedAndClosedInWords() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        AuthorityModel then = SampleAuthority.lastYear(today);
        AuthorityModel now = SampleAuthority.build(today);
        CompareMarks marks = CompareMarks.of("Review 2025/26", StructureComparison.compare(then,
                today.minusYears(1), now, today));
        assertEquals(List.of("Older People's Forum"), marks.closed());
        assertEquals(2, marks.added().size());
        assertTrue(marks.added().contains(id(now, "Nature Recovery Task Group")));
        assertEquals("RECLASSIFIED", marks.changed().get(id(now, "Mental Health Alliance")));
        assertEquals("2 CHANGES", marks.changed().get(id(now, "Safer Northmoor Partnership")),
                "a new lead member and a new contribution");
        assertTrue(marks.changed().values().stream().noneMatch(String::isBlank));
    }

    private static long id(AuthorityModel model, String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).map(Body::id).findFirst().orElseThrow();
    }
}
