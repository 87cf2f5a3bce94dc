package org.partnershipatlas.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.RoleSeats;
import org.partnershipatlas.model.Entity;

/**
 * One open authority file. Every edit is written in its own transaction the moment it is made and
 * synced to the disk before the call returns, so a change reported as saved survives the program
 * being killed or the power going (decision record 18). Opening checks the file before touching it: a
 * locked, foreign, damaged or newer file is refused with a message and left byte-for-byte as it was.
 */
public final class AuthorityStore implements AutoCloseable {
    /** The meta row holding the file's {@link ContentDigest}. */
    static final String DIGEST = "content_digest";
    /** An edit with at least this many changes is written into a copy that then replaces the file. */
    static final int BULK_CHANGES = 500;
    /** The first schema in which a body's named roles and its seats are one. */
    private static final int ROLES_AS_SEATS = 7;

    private final Path file;
    private final String appVersion;
    private final int upgradedFrom;
    private final boolean readOnly;
    /** A temporary folder holding the copy this store reads, removed on close; null for a real file. */
    private final Path temporaryFolder;
    private Connection connection;
    private EntityWriter writer;
    private boolean versionRecorded;
    private Long digest;
    private List<String> upgradeReport = List.of();

    private AuthorityStore(Path file, Connection connection, String appVersion, int upgradedFrom, boolean readOnly,
            Path temporaryFolder) {
        this.file = file;
        this.connection = connection;
        this.writer = new EntityWriter(connection);
        this.appVersion = appVersion;
        this.upgradedFrom = upgradedFrom;
        this.readOnly = readOnly;
        this.temporaryFolder = temporaryFolder;
    }

    /**
     * Writes a new authority file holding the whole model. It is built beside the target and moved
     * into place only when complete, so an existing file at that path survives any failure.
     */
    public static AuthorityStore create(Path file, AuthorityModel model, String appVersion)
            throws AuthorityFileException {
        return create(file, model, appVersion, null, HistoryTables.started(java.time.LocalDateTime.now(),
                "Partnership Atlas", "History starts here (a new file)"));
    }

    /**
     * As {@link #create(Path, AuthorityModel, String)}, carrying over the history and recorded reviews
     * of {@code historyFrom} (Save As), then {@code first} as the new file's next entry.
     */
    public static AuthorityStore create(Path file, AuthorityModel model, String appVersion, AuthorityStore historyFrom,
                                        AuditEntry first) throws AuthorityFileException {
        Path target = FileChecks.resolve(AuthorityFiles.withExtension(file));
        RoleSeats.Reconciled agreeing = RoleSeats.reconcileAll(model);
        if (!agreeing.edit().isEmpty()) {
            model.apply(agreeing.edit());
        }
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
        if (Files.isDirectory(target)) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, target,
                    "Cannot save as " + target.getFileName() + ": a folder of that name is there. Choose another name.");
        }
        // a name of its own, so that two programs making the same file at once never share a partial file
        Path partial = AuthorityFiles.hiddenSibling(target, "writing-" + Long.toHexString(System.nanoTime())
                + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(partial);
            String url = AuthorityFiles.jdbcUrl(partial, false, "");
            Schema.migrate(url);
            try (Connection c = DriverManager.getConnection(url)) {
                c.setAutoCommit(false);
                EntityWriter bulk = EntityWriter.forNewFile(c);
                for (Entity entity : model.entities()) {
                    bulk.merge(entity);
                }
                bulk.close();
                if (historyFrom != null) {
                    historyFrom.copyHistoryInto(c);
                }
                HistoryTables.insert(c, List.of(first));
                setMeta(c, "app_version", appVersion);
                setMeta(c, DIGEST, Long.toString(ContentDigest.of(model)));
                c.commit();
                sync(c);
            }
            IntegrityCheck.readBack(partial, target);
            refuseIfOpenElsewhere(target);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AuthorityFileException e) {
            deleteQuietly(partial);
            throw e;
        } catch (SQLException e) {
            deleteQuietly(partial);
            AuthorityFileException translated = FileChecks.translate(target, e);
            throw translated.reason() == AuthorityFileException.Reason.LOCKED
                    ? new AuthorityFileException(AuthorityFileException.Reason.LOCKED, target, "Another program is "
                            + "writing " + target.getFileName() + " at this moment; try again when it has finished.", e)
                    : new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                            "Could not write " + target.getFileName() + " in " + folder + ": "
                                    + org.partnershipatlas.model.Text.failure(e) + ".", e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, target,
                    "Could not write " + target.getFileName() + " in " + folder + ": " + org.partnershipatlas.model.Text.failure(e) + ".", e);
        }
        // read back whole against its checksum before it was moved into place, so not tried again on a copy
        Connection connection = connect(target, false);
        return new AuthorityStore(target, connection, appVersion, -1, false, null);
    }

    /**
     * Opens an authority file for reading and writing, upgrading an older schema after keeping a copy
     * of the file as it was. The file is proved writable on a copy first ({@link IntegrityCheck}).
     */
    public static AuthorityStore open(Path file, String appVersion) throws AuthorityFileException {
        Path target = FileChecks.resolve(file);
        int version = FileChecks.inspect(target);
        IntegrityCheck.verify(target, version);
        int upgradedFrom = -1;
        if (version < Schema.CURRENT) {
            FileUpgrade.upgrade(target, version);
            upgradedFrom = version;
        }
        Connection connection = connect(target, false);
        deleteQuietly(AuthorityFiles.hiddenSibling(target, "importing"));
        return new AuthorityStore(target, connection, appVersion, upgradedFrom, false, null);
    }

    /** The file format this version writes and reads. */
    public static int currentFormat() {
        return Schema.CURRENT;
    }

    /**
     * Opens a file only to read it: nothing is written, not even an upgrade. An older file is read
     * through an upgraded temporary copy, which is removed when the store is closed.
     */
    public static AuthorityStore openReadOnly(Path file, String appVersion) throws AuthorityFileException {
        Path target = FileChecks.resolve(file);
        if (FileChecks.inspect(target) < Schema.CURRENT) {
            return openCopyOf(target, appVersion);
        }
        return new AuthorityStore(target, connect(target, true), appVersion, -1, true, null);
    }

    /**
     * Opens a copy of a file as it was last saved: for one that another program holds open, or one
     * that is damaged but can still be read. The copy lives in a temporary folder that is removed
     * when the store is closed; the original is only read. The caller shows it read-only.
     */
    public static AuthorityStore openCopyOf(Path file, String appVersion) throws AuthorityFileException {
        Path source = FileChecks.resolve(file);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("atlas-read-only");
            Path copy = folder.resolve(source.getFileName());
            Files.copy(source, copy);
            int version = FileChecks.inspect(copy);
            if (version < Schema.CURRENT) {
                Schema.migrate(AuthorityFiles.jdbcUrl(copy, true, ""));
            }
            return new AuthorityStore(copy, connect(copy, false), appVersion, version < Schema.CURRENT ? version : -1,
                    true, folder);
        } catch (IOException | RuntimeException e) {
            IntegrityCheck.removeQuietly(folder);
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, source,
                    "Could not take a read-only copy of " + source.getFileName() + ": " + org.partnershipatlas.model.Text.failure(e), e);
        } catch (AuthorityFileException e) {
            IntegrityCheck.removeQuietly(folder);
            throw e;
        }
    }

    /**
     * Reads the file without changing it and says which schema it holds; refuses what is not an
     * authority file this version can open. Public so that "info" and the UI can ask cheaply.
     */
    public static int inspect(Path file) throws AuthorityFileException {
        return FileChecks.inspect(file);
    }

    /**
     * Loads every entity into a fresh model, checking it against the file's own checksum. A file
     * made before there was one gets its checksum now.
     */
    public synchronized AuthorityModel load() throws AuthorityFileException {
        try {
            AuthorityModel model = new EntityReader(connection).read();
            long computed = ContentDigest.of(model);
            Long recorded = ContentDigest.recorded(connection);
            if (recorded != null && recorded != computed && !readOnly) {
                throw IntegrityCheck.damaged(file, "what it holds does not match its own checksum", null);
            }
            digest = computed;
            if (recorded == null && !readOnly) {
                setMeta(connection, DIGEST, Long.toString(computed));
                connection.commit();
                sync(connection);
            } else {
                connection.commit();
            }
            if (upgradedFrom >= 0 && upgradedFrom < ROLES_AS_SEATS) {
                makeRolesAgree(model);
            }
            return model;
        } catch (SQLException | RuntimeException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                    file.getFileName() + " could not be read; it may be damaged (" + org.partnershipatlas.model.Text.failure(e) + ").", e);
        }
    }

    /**
     * Writes one edit in one transaction: all of it is on disk when this returns, or none of it. A
     * large edit (an import) is written into a copy of the file that replaces it only when complete.
     */
    public void write(Edit edit) throws AuthorityFileException {
        write(edit, List.of());
    }

    /**
     * Writes one edit and its lines of history in one transaction: the change is never on disk
     * without its record, nor the record without its change.
     */
    public synchronized void write(Edit edit, List<AuditEntry> audit) throws AuthorityFileException {
        if (readOnly) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, file,
                    file.getFileName() + " is open read-only; nothing was saved.");
        }
        if (digest == null) {
            load();
        }
        long next = digest;
        for (Change change : edit.changes()) {
            next += ContentDigest.of(change.after()) - ContentDigest.of(change.before());
        }
        if (edit.changes().size() >= BULK_CHANGES && temporaryFolder == null) {
            writeByReplacing(edit.changes(), audit, next);
        } else {
            writeAll(edit.changes(), audit, next);
        }
        digest = next;
    }

    private void writeAll(Collection<Change> changes, List<AuditEntry> audit, long nextDigest)
            throws AuthorityFileException {
        try {
            write(writer, connection, changes, audit, nextDigest);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, file,
                    "Could not save the change to " + file.getFileName() + ": " + org.partnershipatlas.model.Text.failure(e)
                            + ". Nothing of it was saved.", e);
        }
    }

    private void write(EntityWriter into, Connection c, Collection<Change> changes, List<AuditEntry> audit,
                       long nextDigest) throws SQLException {
        for (Change change : changes) {
            into.write(change);
        }
        HistoryTables.insert(c, audit);
        if (!versionRecorded) {
            setMeta(c, "app_version", appVersion);
        }
        setMeta(c, DIGEST, Long.toString(nextDigest));
        c.commit();
        versionRecorded = true;
        sync(c);
    }

    /**
     * H2 keeps a large transaction's rows in its file before the commit and sorts them out when it
     * next opens; a process killed in the middle of that has been seen to leave part of an import.
     * So a large edit goes into a copy beside the file, which is synced and then moved over it in
     * one rename: afterwards the file holds all of the edit or none of it.
     */
    private void writeByReplacing(Collection<Change> changes, List<AuditEntry> audit, long nextDigest)
            throws AuthorityFileException {
        Path work = AuthorityFiles.hiddenSibling(file, "importing");
        boolean moved = false;
        try {
            sync(connection);
            // the database is shut down before the copy: after a checkpoint, and even after its last
            // connection closed, H2 has been seen to leave a large text (a review's structure) out of
            // the file for a while, and the copy would lose it (ReviewsTest)
            writer.close();
            try (Statement st = connection.createStatement()) {
                st.execute("SHUTDOWN");
            }
            connection.close();
            Files.deleteIfExists(work);
            Files.copy(file, work);
            try (Connection c = DriverManager.getConnection(AuthorityFiles.jdbcUrl(work, true, ""))) {
                c.setAutoCommit(false);
                EntityWriter bulk = new EntityWriter(c);
                write(bulk, c, changes, audit, nextDigest);
                bulk.close();
            }
            try (FileChannel channel = FileChannel.open(work, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(work, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            syncFolder(file.getParent());
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(work);
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, file,
                    "Could not save the change to " + file.getFileName() + ": " + org.partnershipatlas.model.Text.failure(e)
                            + ". Nothing of it was saved.", e);
        } finally {
            reconnectIfClosed(moved);
        }
    }

    private void reconnectIfClosed(boolean moved) throws AuthorityFileException {
        try {
            if (connection.isClosed()) {
                connection = DriverManager.getConnection(AuthorityFiles.jdbcUrl(file, true, ""));
                connection.setAutoCommit(false);
                writer = new EntityWriter(connection);
            }
        } catch (SQLException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, file,
                    file.getFileName() + (moved ? " was saved, but" : " is unchanged, but it") + " could not be "
                            + "opened again: " + org.partnershipatlas.model.Text.failure(e) + ". Close it and open it again.", e);
        }
    }

    public Path file() {
        return file;
    }

    /** A read of the file's history or reviews, its failure told in the file's terms. */
    @FunctionalInterface
    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Query<T> read) throws AuthorityFileException {
        try {
            return read.run(connection);
        } catch (SQLException e) {
            throw FileChecks.translate(file, e);
        }
    }

    /** The history's entries matching {@code filter}, latest first: {@code limit} of them from {@code offset}. */
    public synchronized List<AuditEntry> history(HistoryFilter filter, int offset, int limit)
            throws AuthorityFileException {
        return query(c -> HistoryTables.entries(c, filter, offset, limit));
    }

    /** How many entries match {@code filter}. */
    public synchronized int historySize(HistoryFilter filter) throws AuthorityFileException {
        return query(c -> HistoryTables.count(c, filter));
    }

    /** Everyone who has changed the file. */
    public synchronized List<String> historyAuthors() throws AuthorityFileException {
        return query(HistoryTables::authors);
    }

    /** The recorded reviews, oldest first. */
    public synchronized List<Review> reviews() throws AuthorityFileException {
        return query(HistoryTables::reviews);
    }

    /** The structure a review froze, as the text it was recorded in; null when there is no such review. */
    public synchronized String reviewSnapshot(long reviewId) throws AuthorityFileException {
        return query(c -> HistoryTables.snapshot(c, reviewId));
    }

    /**
     * Records a review with the structure it froze and its line of history, in one transaction; the
     * review gets the next free id, which is returned with it.
     */
    public synchronized Review recordReview(Review review, String snapshot, AuditEntry entry)
            throws AuthorityFileException {
        if (readOnly) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, file,
                    file.getFileName() + " is open read-only; the review was not recorded.");
        }
        try {
            Review numbered = new Review(HistoryTables.lastReviewId(connection) + 1, review.name(), review.takenOn(),
                    review.note(), review.recordedBy(), review.recordedAt(), review.bodies());
            HistoryTables.insertReview(connection, numbered, snapshot);
            HistoryTables.insert(connection, List.of(entry));
            connection.commit();
            sync(connection);
            return numbered;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            throw new AuthorityFileException(AuthorityFileException.Reason.WRITE_FAILED, file,
                    "Could not record the review in " + file.getFileName() + ": "
                            + org.partnershipatlas.model.Text.failure(e) + ". Nothing of it was saved.", e);
        }
    }

    private synchronized void copyHistoryInto(Connection target) throws SQLException {
        HistoryTables.insert(target, HistoryTables.all(connection));
        HistoryTables.copyReviews(connection, target);
    }

    /**
     * A file from before schema 7 could say one chair in the body's field and another in its seats;
     * on its upgrade the two are made to agree (the field wins, an old seat-holder stays as a member)
     * and what changed is kept for the user to read.
     */
    private void makeRolesAgree(AuthorityModel model) throws AuthorityFileException {
        RoleSeats.Reconciled agreeing = RoleSeats.reconcileAll(model);
        if (agreeing.edit().isEmpty()) {
            return;
        }
        Edit applied = model.apply(agreeing.edit());
        if (!readOnly) {
            write(applied);
        }
        upgradeReport = List.copyOf(agreeing.report());
    }

    /**
     * What the upgrade changed in the file's content, one sentence each, so the user can check it;
     * empty when the upgrade only changed the format.
     */
    public List<String> upgradeReport() {
        return upgradeReport;
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
            throw FileChecks.translate(file, e);
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
        IntegrityCheck.removeQuietly(temporaryFolder);
    }

    static Path backupPath(Path file, int version) {
        return file.resolveSibling(AuthorityFiles.documentName(file) + ".format" + version + "-backup"
                + AuthorityFiles.EXTENSION);
    }

    static void setMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("MERGE INTO atlas_meta (name, val) KEY (name) VALUES (?, ?)")) {
            st.setString(1, name);
            st.setString(2, value);
            st.executeUpdate();
        }
    }

    /** Makes H2 write what is committed and the operating system put it on the disk. */
    private static void sync(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // not every system can sync a folder; the rename itself is atomic
        }
    }

    private static Connection connect(Path target, boolean readOnly) throws AuthorityFileException {
        try {
            Connection connection = DriverManager.getConnection(AuthorityFiles.jdbcUrl(target, true,
                    readOnly ? ";ACCESS_MODE_DATA=r" : ""));
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw FileChecks.translate(target, e);
        }
    }

    /** Saving over a file another program has open would pull it from under that program. */
    private static void refuseIfOpenElsewhere(Path target) throws AuthorityFileException {
        if (!Files.isRegularFile(target) || !AuthorityFiles.isDatabase(target)) {
            return;
        }
        try (Connection c = DriverManager.getConnection(AuthorityFiles.jdbcUrl(target, true, ";ACCESS_MODE_DATA=r"))) {
            c.isValid(1);
        } catch (SQLException e) {
            AuthorityFileException translated = FileChecks.translate(target, e);
            if (translated.reason() == AuthorityFileException.Reason.LOCKED) {
                throw new AuthorityFileException(AuthorityFileException.Reason.LOCKED, target, target.getFileName()
                        + " is open in another Partnership Atlas window or program, so it cannot be replaced. "
                        + "Close it there first, or choose another name.", e);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover partial file is harmless and hidden
        }
    }
}
