package org.partnershipatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The authority file's schema: which version a file has and how to bring it to {@link #CURRENT}.
 * Flyway runs only when a file needs creating or upgrading, so opening an up-to-date file costs one
 * query instead of a classpath scan (decision record 0003).
 */
final class Schema {
    /** The highest migration under db/migration; a test keeps the two in step. */
    static final int CURRENT = 10;
    /** Held so that its level sticks: java.util.logging forgets the level of a logger nobody holds. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Schema() {
    }

    /** The schema version recorded in the file, or -1 when the file has no Partnership Atlas schema. */
    static int versionOf(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet tables = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME IN ('flyway_schema_history', 'ATLAS_META')")) {
            tables.next();
            if (tables.getInt(1) < 2) {
                return -1;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet format = st.executeQuery("SELECT val FROM atlas_meta WHERE name = 'format'")) {
            if (!format.next() || !"partnership-atlas".equals(format.getString(1))) {
                return -1;
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                     + "WHERE \"success\" = TRUE")) {
            return rs.next() ? rs.getInt(1) : -1;
        }
    }

    /** Reads a meta value such as the version of the app that last wrote the file. */
    static String meta(Connection connection, String name) throws SQLException {
        try (var st = connection.prepareStatement("SELECT val FROM atlas_meta WHERE name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void migrate(String jdbcUrl) {
        Flyway.configure()
                .dataSource(jdbcUrl, "", "")
                .locations("classpath:db/migration")
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator")
                .load()
                .migrate();
    }
}
