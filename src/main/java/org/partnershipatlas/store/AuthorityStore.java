package org.partnershipatlas.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;

/**
 * One open authority file. Every edit is written in its own transaction the moment it is made, so
 * there is never unsaved work to lose. Opening checks the file before touching it: a locked,
 * foreign, damaged or newer file is refused with a message and left byte-for-byte as it was.
 */
public final class AuthorityStore implements AutoCloseable {
    /** H2 error codes this class turns into messages for people. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int DATABASE_NOT_FOUND = 90146;
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    private final EntityWriter writer;
    private final String appVersion;
    private final int upgradedFrom;
    private boolean versionRecorded;

    private AuthorityStore(Path file, Connection connection, String appVersion, int upgradedFrom) {
        this.file = file;
        this.connection = connection;
        this.writer = new EntityWriter(connection);
        this.appVersion = appVersion;
        this.upgradedFrom = upgradedFrom;
    }

    /**
     * Writes a new authority file holding the whole model. It is built beside the target and moved
     * into place only when complete, so an existing file at that path survives any failure.
     */
    public static AuthorityStore create(Path file, AuthorityModel model, String appVersion)
            throws AuthorityFileException {
        Path target = AuthorityFiles.withExtension(file).toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, target,
                    "Cannot save " + target.getFileName() + ": the folder " + folder + " does not exist.");
        }
        if (!Files.isWritable(folder)) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, target,
                    "Cannot save " + target.getFileName() + " in " + folder
                            + ": you do not have permission to write in that folder. Choose another folder.");
        }
        Path partial = folder.resolve("." + AuthorityFiles.documentName(target) + "-writing" + AuthorityFiles.H2_SUFFIX);
        try {
            Files.deleteIfExists(partial);
            String url = AuthorityFiles.jdbcUrl(partial, false, "");
            Schema.migrate(url);
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                EntityWriter bulk = new EntityWriter(c);
                for (Entity entity : model.entities()) {
                    bulk.merge(entity);
                }
                bulk.close();
                setMeta(c, "app_version", appVersion);
                c.commit();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                    "Could not write " + target.getFileName() + " in " + folder + ": " + e.getMessage(), e);
        }
        return open(target, appVersion);
    }

    /**
     * Opens an authority file for reading and writing, upgrading an older schema after keeping a copy
     * of the file as it was.
     */
    public static AuthorityStore open(Path file, String appVersion) throws AuthorityFileException {
        Path target = file.toAbsolutePath();
        int version = inspect(target);
        int upgradedFrom = -1;
        if (version < Schema.CURRENT) {
            if (!Files.isWritable(target) || !Files.isWritable(target.getParent())) {
                throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, target,
                        target.getFileName() + " was made by an older Partnership Atlas and needs upgrading, "
                                + "but its folder cannot be written to. Copy it somewhere you can write and open it there.");
            }
            Path backup = backupPath(target, version);
            try {
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
                Schema.migrate(AuthorityFiles.jdbcUrl(target, true, ""));
            } catch (IOException | RuntimeException e) {
                throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                        "Could not upgrade " + target.getFileName() + ": " + e.getMessage()
                                + ". The file as it was is kept in " + backup.getFileName() + ".", e);
            }
            upgradedFrom = version;
        }
        try {
            Connection connection = DriverManager.getConnection(AuthorityFiles.jdbcUrl(target, true, ""));
            connection.setAutoCommit(false);
            return new AuthorityStore(target, connection, appVersion, upgradedFrom);
        } catch (SQLException e) {
            throw translate(target, e);
        }
    }

    /** The file format this version writes and reads. */
    public static int currentFormat() {
        return Schema.CURRENT;
    }

    /**
     * Opens a file only to read it: nothing is written, not even an upgrade. An older file is read
     * through an upgraded temporary copy.
     */
    public static AuthorityStore openReadOnly(Path file, String appVersion) throws AuthorityFileException {
        Path target = file.toAbsolutePath();
        if (inspect(target) < Schema.CURRENT) {
            return openCopyOf(target, appVersion);
        }
        try {
            Connection connection = DriverManager.getConnection(
                    AuthorityFiles.jdbcUrl(target, true, ";ACCESS_MODE_DATA=r"));
            connection.setAutoCommit(false);
            return new AuthorityStore(target, connection, appVersion, -1);
        } catch (SQLException e) {
            throw translate(target, e);
        }
    }

    /**
     * Opens a copy of a file that another program holds open, taken as it was last saved. The copy
     * lives in a temporary folder; the original is only read. The caller shows it read-only.
     */
    public static AuthorityStore openCopyOf(Path file, String appVersion) throws AuthorityFileException {
        Path source = file.toAbsolutePath();
        try {
            Path folder = Files.createTempDirectory("atlas-read-only");
            Path copy = folder.resolve(source.getFileName());
            Files.copy(source, copy);
            copy.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return open(copy, appVersion);
        } catch (IOException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, source,
                    "Could not take a read-only copy of " + source.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads the file without changing it and says which schema it holds; refuses what is not an
     * authority file this version can open. Public so that "info" and the UI can ask cheaply.
     */
    public static int inspect(Path file) throws AuthorityFileException {
        Path target = file.toAbsolutePath();
        if (!Files.exists(target)) {
            throw new AuthorityFileException(AuthorityFileException.Reason.MISSING, target,
                    target.getFileName() + " is not there any more: it may have been moved, renamed or deleted ("
                            + target.getParent() + ").");
        }
        if (!Files.isRegularFile(target) || !target.getFileName().toString().endsWith(AuthorityFiles.H2_SUFFIX)
                || !startsWithH2Header(target)) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_AN_AUTHORITY_FILE, target,
                    target.getFileName() + " is not a Partnership Atlas authority file.");
        }
        String url = AuthorityFiles.jdbcUrl(target, true, ";ACCESS_MODE_DATA=r");
        try (Connection c = DriverManager.getConnection(url)) {
            int version = Schema.versionOf(c);
            if (version < 0) {
                throw new AuthorityFileException(AuthorityFileException.Reason.NOT_AN_AUTHORITY_FILE, target,
                        target.getFileName() + " is a database, but not a Partnership Atlas authority file.");
            }
            if (version > Schema.CURRENT) {
                String writer = Schema.meta(c, "app_version");
                throw new AuthorityFileException(AuthorityFileException.Reason.NEWER_VERSION, target,
                        target.getFileName() + " was saved by a newer Partnership Atlas"
                                + (writer == null ? "" : " (" + writer + ")") + " and uses file format " + version
                                + "; this version reads up to format " + Schema.CURRENT
                                + ". Install the newer version to open it. The file has not been changed.");
            }
            return version;
        } catch (SQLException e) {
            throw translate(target, e);
        }
    }

    /** Loads every entity into a fresh model. */
    public AuthorityModel load() throws AuthorityFileException {
        try {
            AuthorityModel model = new EntityReader(connection).read();
            connection.commit();
            return model;
        } catch (SQLException | RuntimeException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                    file.getFileName() + " could not be read; it may be damaged (" + e.getMessage() + ").", e);
        }
    }

    /** Writes one edit in one transaction: all of it is on disk when this returns, or none of it. */
    public synchronized void write(Edit edit) throws AuthorityFileException {
        writeAll(edit.changes());
    }

    private void writeAll(Collection<Change> changes) throws AuthorityFileException {
        try {
            for (Change change : changes) {
                writer.write(change);
            }
            if (!versionRecorded) {
                setMeta(connection, "app_version", appVersion);
                versionRecorded = true;
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, file,
                    "Could not save the change to " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version the file had before this open upgraded it, or -1 when it was current. */
    public int upgradedFrom() {
        return upgradedFrom;
    }

    /** The version of Partnership Atlas that last wrote the file, as recorded in it. */
    public synchronized String lastWrittenBy() throws AuthorityFileException {
        try {
            return Schema.meta(connection, "app_version");
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect, every edit was committed when made
        }
    }

    static Path backupPath(Path file, int version) {
        return file.resolveSibling(AuthorityFiles.documentName(file) + ".format" + version + "-backup"
                + AuthorityFiles.EXTENSION);
    }

    private static void setMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("MERGE INTO atlas_meta (name, val) KEY (name) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    private static boolean startsWithH2Header(Path file) throws AuthorityFileException {
        byte[] head = new byte[H2_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        } catch (AccessDeniedException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, file,
                    "You do not have permission to read " + file.getFileName() + ".", e);
        } catch (IOException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                    file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        return java.util.Arrays.equals(head, H2_HEADER);
    }

    private static AuthorityFileException translate(Path file, SQLException e) {
        if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
            return new AuthorityFileException(AuthorityFileException.Reason.LOCKED, file,
                    file.getFileName() + " is open in another Partnership Atlas window or program. "
                            + "Close it there first, or open a read-only copy.", e);
        }
        if (e.getErrorCode() == DATABASE_NOT_FOUND) {
            return new AuthorityFileException(AuthorityFileException.Reason.MISSING, file,
                    file.getFileName() + " is not there any more.", e);
        }
        return new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                file.getFileName() + " is damaged and cannot be opened (" + firstLine(e.getMessage())
                        + "). It has not been changed.", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover partial file is harmless and hidden
        }
    }
}
