package org.partnershipatlas.ui.document;

import java.time.LocalDate;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * What a feature's view model may know of the window: the open document, the selection every panel
 * follows, the one path for edits, the background runner and today. A feature gets this and the
 * dialogs it owns, never the main view model, so features cannot reach one another through it.
 */
public interface DocumentContext {
    /** The open document, null when none is open. */
    ObjectProperty<DocumentSession> sessionProperty();

    /** The body every panel shows, null when none is chosen. */
    ObjectProperty<Long> selectedBodyIdProperty();

    /** Goes up by one on every change to the open model, so views know to refresh. */
    IntegerProperty modelChangesProperty();

    /** Bodies to mark in every list, e.g. those a selected finding is about. */
    ObjectProperty<Set<Long>> highlightedBodyIdsProperty();

    /** The status bar's message while something runs in the background; "" when idle. */
    StringProperty busyMessageProperty();

    /**
     * Applies an edit as one undoable step, telling the user in plain words when the model refuses it.
     *
     * @return true when applied
     */
    boolean perform(Edit edit);

    /**
     * As {@link #perform(Edit)}, for an edit the history records as made {@code how}: an import of the
     * file {@code source}, a capture in a workshop.
     */
    boolean perform(Edit edit, org.partnershipatlas.model.How how, String source);

    /**
     * Applies an edit as one undoable step, leaving it to the caller to show a refusal beside the field
     * the user typed in rather than in a dialog.
     *
     * @return null when applied, else why the model refused it, in words
     */
    String attempt(Edit edit);

    TaskRunner runner();

    /** Today, by the app's clock. */
    LocalDate today();

    /** The open model, or null when nothing is open. */
    default AuthorityModel model() {
        DocumentSession session = sessionProperty().get();
        return session == null ? null : session.model();
    }

    /** True when nothing may be changed: no document, or a read-only copy. */
    default boolean isReadOnly() {
        DocumentSession session = sessionProperty().get();
        return session == null || session.isReadOnly();
    }

    /** The selected body as it now stands, or null. */
    default Body selectedBody() {
        AuthorityModel model = model();
        Long id = selectedBodyIdProperty().get();
        return model == null || id == null ? null : model.body(id);
    }
}
