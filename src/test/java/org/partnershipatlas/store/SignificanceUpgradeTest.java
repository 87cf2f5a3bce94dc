package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.analysis.SignificanceAssessment;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.SignificanceCriterion;

/** A format 3 file recorded significance by hand; format 4 derives it. The upgrade must keep every band. */
class SignificanceUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aBodyRecordedAsSignificantStaysSignificantAfterTheUpgrade() throws Exception {
        Path file = dir.resolve("Format3.atlas.mv.db");
        String url = AuthorityFiles.jdbcUrl(file, false, "");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("3")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO authority VALUES (0, 'Vale Council', 'DISTRICT', NULL, NULL)");
            st.execute("INSERT INTO action (id, description, owner, status, source) "
                    + "VALUES (30, 'Review the forum', 'COUNCIL', 'NOT_STARTED', 'ANNUAL_REVIEW')");
            st.execute("INSERT INTO body (id, name, kind, layer, classification, significance) VALUES "
                    + "(1, 'Vale Housing Partnership', 'THEMED_PARTNERSHIP', 'EXECUTIVE', 'PARTNERSHIP', 'SIGNIFICANT'), "
                    + "(2, 'Vale Arts Forum', 'FORUM', 'OPERATIONAL', 'PARTNERSHIP', 'NOT_SIGNIFICANT'), "
                    + "(3, 'Vale Youth Forum', 'FORUM', 'OPERATIONAL', 'PARTNERSHIP', NULL)");
        }
        assertEquals(3, AuthorityStore.inspect(file));
        AuthorityModel model;
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            assertEquals(3, store.upgradedFrom());
            model = store.load();
        }
        assertTrue(Oversight.needed(model, model.body(1)), "recorded significant, still significant");
        assertEquals(Set.of(SignificanceCriterion.CORPORATE_PRIORITY, SignificanceCriterion.RISK_TO_SERVICES),
                model.judgementFor(1).met());
        assertTrue(model.judgementFor(1).id() > 30, "the new judgement's id clashes with nothing");
        assertTrue(!SignificanceAssessment.of(model, model.body(2)).significant());
        assertTrue(!SignificanceAssessment.of(model, model.body(3)).significant());
        assertEquals(null, model.judgementFor(2));
    }
}
