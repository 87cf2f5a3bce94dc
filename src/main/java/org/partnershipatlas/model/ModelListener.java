package org.partnershipatlas.model;

/** Told after an edit has been applied to the model (also for undo and redo), so views can refresh. */
@FunctionalInterface
public interface ModelListener {
    void applied(Edit edit);
}
