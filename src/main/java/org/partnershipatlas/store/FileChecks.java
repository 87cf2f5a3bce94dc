package org.partnershipatlas.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What can be told about a file before it is opened for writing, and the words for what goes wrong
 * on the way. H2 speaks in SQL states and class names; a council officer needs to know whether the
 * file is elsewhere, someone else's, damaged or newer, and that it has not been changed.
 */
final class FileChecks {
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int DATABASE_NOT_FOUND = 90146;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int FILE_ENCRYPTION_ERROR = 90049;

    private FileChecks() {
    }

    /**
     * The file a path names, following symbolic links: a link to an authority file opens that file;
     * a link to nothing, or a loop of links, is refused rather than written over.
     */
    static Path resolve(Path file) throws AuthorityFileException {
        Path target = file.toAbsolutePath();
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        try {
            return target.toRealPath();
        } catch (IOException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.MISSING, target,
                    target.getFileName() + " is a shortcut (symbolic link) to a file that is not there, or to "
                            + "itself; open the file it should point to instead. Nothing has been changed.", e);
        }
    }

    /** Reads the file without changing it and says which schema it holds. */
    static int inspect(Path file) throws AuthorityFileException {
        Path target = resolve(file);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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
        } catch (SQLException | RuntimeException e) {
            throw e instanceof SQLException sql ? translate(target, sql)
                    : IntegrityCheck.damaged(target, "its structure cannot be read", e);
        }
    }

    static AuthorityFileException translate(Path file, SQLException e) {
        int code = e.getErrorCode();
        if (code == DATABASE_ALREADY_OPEN) {
            return new AuthorityFileException(AuthorityFileException.Reason.LOCKED, file,
                    file.getFileName() + " is open in another Partnership Atlas window or program. "
                            + "Close it there first, or open a read-only copy.", e);
        }
        if (code == DATABASE_NOT_FOUND) {
            return new AuthorityFileException(AuthorityFileException.Reason.MISSING, file,
                    file.getFileName() + " is not there any more.", e);
        }
        if (code == WRONG_USER_OR_PASSWORD || code == FILE_ENCRYPTION_ERROR) {
            return new AuthorityFileException(AuthorityFileException.Reason.NOT_AN_AUTHORITY_FILE, file,
                    file.getFileName() + " is protected by a password. Partnership Atlas files never are, so it "
                            + "was made by another program. It has not been changed.", e);
        }
        return IntegrityCheck.damaged(file, "parts of it cannot be read", e);
    }

    private static boolean startsWithH2Header(Path file) throws AuthorityFileException {
        try {
            return AuthorityFiles.hasH2Header(file);
        } catch (AccessDeniedException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.NOT_WRITABLE, file,
                    "You do not have permission to read " + file.getFileName() + ".", e);
        } catch (IOException e) {
            throw new AuthorityFileException(AuthorityFileException.Reason.DAMAGED, file,
                    file.getFileName() + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
