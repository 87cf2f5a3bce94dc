package org.partnershipatlas.model;

/** An edit the model refuses because it cannot be true; the message names what and why, for the user. */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }
}
