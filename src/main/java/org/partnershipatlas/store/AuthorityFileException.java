package org.partnershipatlas.store;

import java.nio.file.Path;

/**
 * A file the app cannot open or write as asked. The message names the file and says what is wrong
 * in words a council officer can act on; {@link #reason()} lets the UI offer the right way out
 * (open read-only when locked, pick another folder when read-only...).
 */
public class AuthorityFileException extends Exception {

    /** What went wrong, each with a different way out for the user. */
    public enum Reason {
        MISSING,
        LOCKED,
        NOT_AN_AUTHORITY_FILE,
        DAMAGED,
        /** Damaged, so never written to, but it can still be read: a read-only copy is offered. */
        DAMAGED_BUT_READABLE,
        NEWER_VERSION,
        NOT_WRITABLE,
        WRITE_FAILED
    }

    private final Reason reason;
    private final Path file;

    public AuthorityFileException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public AuthorityFileException(Reason reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
