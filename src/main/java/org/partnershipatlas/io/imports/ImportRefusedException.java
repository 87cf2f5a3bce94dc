package org.partnershipatlas.io.imports;

/**
 * A source that cannot be imported at all (empty, damaged, not the format its name says, unsafe XML,
 * from a newer version): the message names the file and what is wrong, fit to show as it is.
 */
public final class ImportRefusedException extends Exception {
    public ImportRefusedException(String message) {
        super(message);
    }

    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
