package org.partnershipatlas.ui.document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.partnershipatlas.document.EditPath;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.EditHistory;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * One open authority in the window: the {@link EditPath} (model, undo history, file, history lines)
 * with what the screen binds to. An edit changes the model at once (so the screen answers
 * immediately) and is written with its lines of history in its own transaction in the background,
 * strictly in order. If a write fails, the edits not yet saved are taken back out of the model, latest
 * first, and the user is told, so the screen never shows what the file does not hold.
 */
public final class DocumentSession {
    private final EditPath path;
    private final TaskRunner runner;
    private final Consumer<String> onSaveFailure;
    private final boolean readOnly;
    private final boolean sample;
    private final Deque<EditPath.Pending> unsaved = new ArrayDeque<>();
    private PreparedDocument.Origin reviewOrigin;
    private org.partnershipatlas.model.Review review;
    private boolean writing;
    private final List<Runnable> whenSaved = new ArrayList<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final javafx.beans.property.ReadOnlyIntegerWrapper saved =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "saved");

    public DocumentSession(EditPath path, TaskRunner runner, boolean readOnly, boolean sample,
                           Consumer<String> onSaveFailure) {
        this.path = path;
        this.runner = runner;
        this.readOnly = readOnly;
        this.sample = sample;
        this.onSaveFailure = onSaveFailure;
    }

    /**
     * Applies an edit and queues it for writing.
     *
     * @throws ModelException when the model refuses it; nothing changes then
     */
    public void perform(Edit edit) {
        perform(edit, How.EDIT, null);
    }

    /**
     * As {@link #perform(Edit)}, for an edit made {@code how} (an import of the file {@code source}, a
     * workshop capture), which the history records as such.
     */
    public void perform(Edit edit, How how, String source) {
        refuseWhenReadOnly();
        if (edit.isEmpty()) {
            return;
        }
        save(path.apply(edit, how, source));
    }

    /**
     * Applies and saves a change that is not the user's to undo, such as the computed layout of the
     * map (a cache of where boxes go); nothing else may use it.
     */
    public void performUnrecorded(Edit edit) {
        if (readOnly || edit.isEmpty()) {
            return;
        }
        save(path.applyUnrecorded(edit));
    }

    public void undo() {
        refuseWhenReadOnly();
        EditPath.Pending undone = path.undo();
        if (undone != null) {
            save(undone);
        }
    }

    public void redo() {
        refuseWhenReadOnly();
        EditPath.Pending redone = path.redo();
        if (redone != null) {
            save(redone);
        }
    }

    /** Runs {@code then} once every edit made so far is on disk (at once when none is waiting). */
    public void whenSaved(Runnable then) {
        if (unsaved.isEmpty() && !writing) {
            then.run();
        } else {
            whenSaved.add(then);
        }
    }

    /** Makes another file the one edits go to, after Save As has written the model there. */
    public void switchTo(AuthorityStore newStore) {
        path.switchTo(newStore).close();
    }

    /** Closes the file once everything is saved; {@code then} runs on the UI thread afterwards. */
    public void close(Runnable then) {
        AuthorityStore store = path.store();
        whenSaved(() -> runner.run("Closing " + store.file().getFileName(), progress -> {
            store.close();
            return null;
        }, ok -> then.run(), failed -> then.run()));
    }

    public AuthorityModel model() {
        return path.model();
    }

    public AuthorityStore store() {
        return path.store();
    }

    public Path file() {
        return path.store().file();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Marks this document as a recorded review, opened read-only from {@code origin}. */
    public void showsReview(org.partnershipatlas.model.Review shown, PreparedDocument.Origin origin) {
        this.review = shown;
        this.reviewOrigin = origin;
    }

    /** The recorded review this document shows, or null for the file as it stands. */
    public org.partnershipatlas.model.Review review() {
        return review;
    }

    /** The file a review was opened from; null when this is not a review. */
    public PreparedDocument.Origin reviewOrigin() {
        return reviewOrigin;
    }

    /** True for the bundled sample, opened from a fresh temporary copy. */
    public boolean isSample() {
        return sample;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** Goes up by one as each edit reaches the file, so what reads the file (the history) knows to read again. */
    public javafx.beans.property.ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** True while edits are waiting to be written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    private void refuseWhenReadOnly() {
        if (readOnly) {
            throw new ModelException("This is a read-only copy of " + file().getFileName()
                    + "; changes cannot be made to it.");
        }
    }

    private void save(EditPath.Pending applied) {
        unsaved.add(applied);
        refreshUndoState();
        writeNext();
    }

    private void writeNext() {
        if (writing || unsaved.isEmpty()) {
            saving.set(writing);
            if (!writing) {
                List<Runnable> waiting = new ArrayList<>(whenSaved);
                whenSaved.clear();
                waiting.forEach(Runnable::run);
            }
            return;
        }
        writing = true;
        saving.set(true);
        EditPath.Pending next = unsaved.peek();
        runner.run("Saving " + next.label(), progress -> {
            path.write(next);
            return null;
        }, ok -> {
            unsaved.poll();
            writing = false;
            saved.set(saved.get() + 1);
            writeNext();
        }, failure -> {
            writing = false;
            takeBackUnsaved();
            onSaveFailure.accept(failure.getMessage() + " The change has been taken back.");
            writeNext();
        });
    }

    private void takeBackUnsaved() {
        while (!unsaved.isEmpty()) {
            path.takeBack(unsaved.pollLast());
        }
        refreshUndoState();
    }

    private void refreshUndoState() {
        EditHistory history = path.history();
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.nextUndoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.nextRedoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }
}
