package org.partnershipatlas.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Made the committed fixture src/test/resources/fixtures/format1.atlas.mv.db: a file at schema 1,
 * as the first release wrote it. Kept so the fixture can be explained and remade, not run by tests.
 */
public final class MakeFormatOneFixture {
    private MakeFormatOneFixture() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.deleteIfExists(file);
        String url = AuthorityFiles.jdbcUrl(file, false, "");
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("1")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO atlas_meta VALUES ('app_version', '0.0.1')");
            st.execute("INSERT INTO authority VALUES (0, 'Oldham Vale District Council', 'DISTRICT', "
                    + "DATE '2024-04-01', DATE '2025-03-31')");
            st.execute("INSERT INTO theme VALUES (1, 'Health and wellbeing')");
            st.execute("INSERT INTO organisation VALUES (2, 'Oldham Vale District Council', 'LOCAL_GOVERNMENT')");
            st.execute("INSERT INTO person VALUES (3, 'Cllr Jo Marsh', 'COUNCILLOR', 2, NULL, NULL)");
            st.execute("INSERT INTO body (id, name, kind, layer, classification, lead_member_id, "
                    + "council_contribution_p, next_review_due) VALUES (4, 'Health and Wellbeing Board', "
                    + "'THEMED_PARTNERSHIP', 'STRATEGIC', 'PARTNERSHIP', 3, 1500000, DATE '2025-01-31')");
            st.execute("INSERT INTO body_theme VALUES (4, 0, 1)");
            st.execute("INSERT INTO seat VALUES (5, 4, 2, 3, 'LEAD_MEMBER')");
        }
    }
}
