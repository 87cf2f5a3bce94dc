package org.partnershipatlas.document;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.EditHistory;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * The one path by which a document changes, shared by the window and the command line (Scene
 * Builder's JobManager): an edit is applied to the model with its places on the map, becomes one
 * step of the undo history, and is written to the file with its lines of history in one
 * transaction; a write that fails is taken back so the model never shows what the file does not
 * hold. The window applies at once and writes on a background thread, in order; the command line
 * does both at once through {@link #perform}.
 */
public final class EditPath {
    private final AuthorityModel model;
    private final EditHistory history;
    private final Supplier<String> author;
    private final Clock clock;
    private volatile AuthorityStore store;

    /**
     * An edit applied to the model and waiting to be written: the step to take back if the write
     * fails, and the lines of history to write with it.
     */
    public record Pending(EditHistory.Step step, List<AuditEntry> audit) {
        public String label() {
            return step.applied().label();
        }
    }

    public EditPath(AuthorityModel model, AuthorityStore store, Supplier<String> author, Clock clock) {
        this.model = model;
        this.history = new EditHistory(model);
        this.store = store;
        this.author = author;
        this.clock = clock;
    }

    /**
     * Applies an edit made {@code how}; {@code source} names the file of an import.
     *
     * @throws ModelException when the model refuses it; nothing changes then
     */
    public Pending apply(Edit edit, How how, String source) {
        EditHistory.Step step = history.step(edit, how, new Placement());
        return pending(step, source);
    }

    /** Takes back the latest edit in the model; null when there is none. */
    public Pending undo() {
        return history.canUndo() ? pending(history.undoStep(), null) : null;
    }

    /** Makes the latest undone edit again; null when there is none. */
    public Pending redo() {
        return history.canRedo() ? pending(history.redoStep(), null) : null;
    }

    /**
     * Applies a change that is not the user's to undo, such as where the map first puts the bodies
     * of a file made elsewhere: it is written and recorded, but not offered by Undo.
     */
    public Pending applyUnrecorded(Edit edit) {
        Edit applied = model.apply(edit);
        return pending(new EditHistory.Step(How.MAP, edit, applied, List.of()), null);
    }

    /** Writes an applied edit and its lines of history; safe on a background thread, in order. */
    public void write(Pending pending) throws AuthorityFileException {
        store.write(pending.step().applied(), pending.audit());
    }

    /** Takes back an applied edit whose write failed; latest first. */
    public void takeBack(Pending pending) {
        if (pending.step().how() == How.MAP) {
            model.apply(pending.step().applied().inverse());
            return;
        }
        history.takeBack(pending.step());
    }

    /**
     * Applies and writes at once (the command line): on a failed write the edit is taken back and
     * the failure thrown, so nothing is half done.
     */
    public Pending perform(Edit edit, How how, String source) throws AuthorityFileException {
        Pending pending = apply(edit, how, source);
        try {
            write(pending);
        } catch (AuthorityFileException | RuntimeException e) {
            takeBack(pending);
            throw e;
        }
        return pending;
    }

    /** Makes another file the one edits go to, after Save As has written the model there. */
    public AuthorityStore switchTo(AuthorityStore newStore) {
        AuthorityStore old = store;
        store = newStore;
        return old;
    }

    public AuthorityModel model() {
        return model;
    }

    public AuthorityStore store() {
        return store;
    }

    public EditHistory history() {
        return history;
    }

    /** Who the history names for changes made now. */
    public String author() {
        return author.get();
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private Pending pending(EditHistory.Step step, String source) {
        return new Pending(step, AuditRows.of(model, step.applied(), step.how(), author(), now(), source));
    }
}
