package org.partnershipatlas.app;

/** A command could not do what was asked: a bad file or bad arguments. Its message is one line for stderr. */
final class CommandException extends Exception {
    CommandException(String message) {
        super(message);
    }
}
