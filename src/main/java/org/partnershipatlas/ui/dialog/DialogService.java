package org.partnershipatlas.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The main window's own questions (a new authority, a new body, thresholds, the significance scheme)
 * on top of the common ones, behind one interface so view models can be tested with scripted answers
 * and the real app uses JavaFX dialogs. Features with dialogs of their own declare them beside the feature.
 */
public interface DialogService extends CommonDialogs {
    /** The name and kind of a new authority, or empty when the user cancelled. */
    Optional<NewAuthority> askNewAuthority();

    /**
     * Asks for a new body: its name, kind, layer and what it answers to. {@code above} are the bodies
     * it may answer to; {@code first} says the authority has no body yet, so the board is proposed.
     */
    Optional<NewBody> askNewBody(java.util.List<org.partnershipatlas.model.Body> above, boolean first);

    /** The authority's thresholds and rates as the user changed them, or empty when cancelled. */
    Optional<org.partnershipatlas.model.AuthoritySettings> editSettings(
            org.partnershipatlas.model.AuthoritySettings current);

    /** The significance scheme as the user changed it, or empty when cancelled. */
    Optional<org.partnershipatlas.model.SignificanceScheme> editScheme(
            org.partnershipatlas.model.SignificanceScheme current);

    /** What the user typed for a new authority. */
    record NewAuthority(String name, org.partnershipatlas.model.AuthorityKind kind) {
    }

    /** What the user typed for a new body; {@code answersTo} is null when it answers to nothing yet. */
    record NewBody(String name, org.partnershipatlas.model.BodyKind kind, org.partnershipatlas.model.Layer layer,
                   Long answersTo, org.partnershipatlas.model.LineKind how) {
        public NewBody(String name, org.partnershipatlas.model.BodyKind kind, org.partnershipatlas.model.Layer layer) {
            this(name, kind, layer, null, null);
        }

        /** The body and, when it answers to one, its line, as the changes of one edit. */
        public java.util.List<org.partnershipatlas.model.Change> changes(org.partnershipatlas.model.AuthorityModel model,
                                                                        org.partnershipatlas.model.Body body) {
            java.util.List<org.partnershipatlas.model.Change> changes = new java.util.ArrayList<>();
            changes.add(org.partnershipatlas.model.Change.create(body));
            if (answersTo != null) {
                changes.add(org.partnershipatlas.model.Change.create(new org.partnershipatlas.model.AccountabilityLine(
                        model.newId(), body.id(), answersTo, how == null ? kind.usualLine() : how)));
            }
            return changes;
        }
    }
}
