package org.partnershipatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.partnershipatlas.model.AuthorityModel;

/**
 * Proves a file can be written before the app writes to it. H2 recovers from a torn last write by
 * falling back to the chunk before it, and cannot tell that from damage: a file whose newest chunk
 * header was hit opens, takes writes and then drops them, and damage in its free-space map lets a
 * write overwrite live data. So a copy of the file is opened, read in full, checked against its
 * {@link ContentDigest}, written to, closed and read again. Only a file that passes is opened for
 * writing; the copy is removed whatever happens.
 */
final class IntegrityCheck {
    private static final String PROBE = "integrity_probe";

    private IntegrityCheck() {
    }

    /** Throws {@link AuthorityFileException} with reason DAMAGED when the file fails the trial. */
    static void verify(Path file, int version) throws AuthorityFileException {
        try {
            trial(file, version);
        } catch (AuthorityFileException e) {
            if (e.reason() == AuthorityFileException.Reason.DAMAGED && readable(file)) {
                throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED_BUT_READABLE, file,
                        e.getMessage(), e);
            }
            throw e;
        }
    }

    /** True when every entity can still be read, whatever the checksum says. */
    private static boolean readable(Path file) {
        try (Connection c = DriverManager.getConnection(AuthorityFiles.jdbcUrl(file, true, ";ACCESS_MODE_DATA=r"))) {
            new EntityReader(c).read();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A file just made, before it takes its name: read back in full and checked against the checksum
     * written with it. It has had no earlier life to be torn in, so one reading is the whole trial.
     *
     * @param shownAs the name the file will have, for the message
     */
    static void readBack(Path made, Path shownAs) throws AuthorityFileException {
        try (Connection c = DriverManager.getConnection(AuthorityFiles.jdbcUrl(made, true, ";ACCESS_MODE_DATA=r"))) {
            checkDigest(shownAs, c);
        } catch (SQLException | RuntimeException e) {
            throw damaged(shownAs, "it cannot be read back whole after it was written", e);
        }
    }

    private static void trial(Path file, int version) throws AuthorityFileException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("atlas-check");
            Path copy = folder.resolve("trial" + AuthorityFiles.H2_SUFFIX);
            Files.copy(file, copy);
            String url = AuthorityFiles.jdbcUrl(copy, true, "");
            if (version < Schema.CURRENT) {
                Schema.migrate(url);
            }
            String probe = Long.toString(System.nanoTime());
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                checkDigest(file, c);
                AuthorityStore.setMeta(c, PROBE, probe);
                c.commit();
            }
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                if (!probe.equals(Schema.meta(c, PROBE))) {
                    throw damaged(file, "a change written to it is not there when it is read again", null);
                }
                checkDigest(file, c);
            }
        } catch (SQLException | RuntimeException e) {
            throw damaged(file, "it cannot be read back whole", e);
        } catch (IOException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                    "Could not check " + file.getFileName() + " before opening it: " + e.getMessage()
                            + ". It has not been changed.", e);
        } finally {
            removeQuietly(folder);
        }
    }

    /** Reads every entity and compares the digest recorded in the file, when it has one. */
    private static void checkDigest(Path file, Connection c) throws SQLException, AuthorityFileException {
        AuthorityModel model = new EntityReader(c).read();
        Long recorded = ContentDigest.recorded(c);
        if (recorded != null && recorded != ContentDigest.of(model)) {
            throw damaged(file, "what it holds does not match its own checksum", null);
        }
    }

    static AuthorityFileException damaged(Path file, String why, Throwable cause) {
        return new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                file.getFileName() + " is damaged (" + why + "), so Partnership Atlas will not write to it. "
                        + "It has not been changed. Open a copy you kept, or open it read-only to see what can "
                        + "still be read.", cause);
    }

    static void removeQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder the system will clear
        }
    }
}
