package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;

/**
 * Before format 7 a body's chair was a field and, separately, perhaps a seat: the two could disagree. The
 * upgrade must leave them agreeing, keep everyone who sat on the body, and say what it changed.
 */
class RolesUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aFormat6FileWhoseChairFieldAndSeatDisagreeIsMadeToAgreeAndTheChangeIsReported() throws Exception {
        Path file = dir.resolve("Format6.atlas.mv.db");
        String url = AuthorityFiles.jdbcUrl(file, false, "");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("6")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO authority VALUES (0, 'Vale Council', 'DISTRICT', NULL, NULL)");
            st.execute("INSERT INTO person (id, name, kind) VALUES (1, 'Cllr Old Chair', 'COUNCILLOR'), "
                    + "(2, 'Cllr New Chair', 'COUNCILLOR'), (3, 'Sam Officer', 'OFFICER')");
            st.execute("INSERT INTO body (id, name, kind, layer, classification, chair_id, lead_officer_id) VALUES "
                    + "(10, 'Vale Safety Partnership', 'THEMED_PARTNERSHIP', 'EXECUTIVE', 'PARTNERSHIP', 2, 3)");
            // The seats still name the old chair; nobody holds the lead officer's seat.
            st.execute("INSERT INTO seat (id, body_id, person_id, role) VALUES (20, 10, 1, 'CHAIR')");
        }
        assertEquals(6, AuthorityStore.inspect(file));

        List<String> report;
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            assertEquals(6, store.upgradedFrom());
            AuthorityModel model = store.load();
            report = store.upgradeReport();
            assertAgrees(model);
        }
        assertTrue(report.stream().anyMatch(s -> s.contains("Cllr Old Chair") && s.contains("member")), report.toString());
        assertTrue(report.stream().anyMatch(s -> s.contains("Cllr New Chair") && s.contains("chair")), report.toString());
        assertTrue(report.stream().anyMatch(s -> s.contains("Sam Officer")), report.toString());

        try (AuthorityStore again = AuthorityStore.open(file, "t")) {
            assertEquals(-1, again.upgradedFrom(), "the agreement was written, not only shown");
            assertAgrees(again.load());
            assertEquals(List.of(), again.upgradeReport());
        }
    }

    private static void assertAgrees(AuthorityModel model) {
        List<Seat> seats = model.seatsOn(10);
        assertEquals(List.of(2L), seats.stream().filter(s -> s.role() == SeatRole.CHAIR).map(Seat::personId).toList());
        assertEquals(List.of(3L),
                seats.stream().filter(s -> s.role() == SeatRole.LEAD_OFFICER).map(Seat::personId).toList());
        assertEquals(List.of(SeatRole.MEMBER),
                seats.stream().filter(s -> Long.valueOf(1).equals(s.personId())).map(Seat::role).toList(),
                "the old chair still sits on the body");
        assertEquals(Long.valueOf(2), org.partnershipatlas.model.BodyField.CHAIR.read(model.body(10)));
    }
}
