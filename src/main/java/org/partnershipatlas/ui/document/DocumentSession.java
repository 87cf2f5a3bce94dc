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
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.EditHistory;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * One open authority: the model, its undo history and its file. An edit changes the model at once
 * (so the screen answers immediately) and is written to the file in its own transaction in the
 * background, strictly in order. If a write fails, the edits not yet saved are taken back out of the
 * model and the user is told, so the screen never shows what the file does not hold.
 */
public final class DocumentSession {
    private final AuthorityModel model;
    private final EditHistory history;
    private final TaskRunner runner;
    private final Consumer<String> onSaveFailure;
    private final boolean readOnly;
    private final boolean sample;
    private AuthorityStore store;
    private final Deque<Edit> unsaved = new ArrayDeque<>();
    private boolean writing;
    private final List<Runnable> whenSaved = new ArrayList<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");

    public DocumentSession(AuthorityStore store, AuthorityModel model, TaskRunner runner, boolean readOnly,
                           boolean sample, Consumer<String> onSaveFailure) {
        this.store = store;
        this.model = model;
        this.history = new EditHistory(model);
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
        refuseWhenReadOnly();
        if (edit.isEmpty()) {
            return;
        }
        save(history.perform(edit));
    }

    /**
     * Applies and saves a change that is not the user's to undo, such as the computed layout of the
     * map (a cache of where boxes go); nothing else may use it.
     */
    public void performUnrecorded(Edit edit) {
        if (readOnly || edit.isEmpty()) {
            return;
        }
        save(model.apply(edit));
    }

    public void undo() {
        refuseWhenReadOnly();
        if (history.canUndo()) {
            save(history.undo());
        }
    }

    public void redo() {
        refuseWhenReadOnly();
        if (history.canRedo()) {
            save(history.redo());
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
        AuthorityStore old = store;
        store = newStore;
        old.close();
    }

    /** Closes the file once everything is saved; {@code then} runs on the UI thread afterwards. */
    public void close(Runnable then) {
        whenSaved(() -> runner.run("Closing " + store.file().getFileName(), progress -> {
            store.close();
            return null;
        }, ok -> then.run(), failed -> then.run()));
    }

    public AuthorityModel model() {
        return model;
    }

    public AuthorityStore store() {
        return store;
    }

    public Path file() {
        return store.file();
    }

    public boolean isReadOnly() {
        return readOnly;
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

    /** True while edits are waiting to be written. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    private void refuseWhenReadOnly() {
        if (readOnly) {
            throw new ModelException("This is a read-only copy of " + store.file().getFileName()
                    + "; changes cannot be made to it.");
        }
    }

    private void save(Edit applied) {
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
        Edit next = unsaved.peek();
        AuthorityStore target = store;
        runner.run("Saving " + next.label(), progress -> {
            target.write(next);
            return null;
        }, ok -> {
            unsaved.poll();
            writing = false;
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
            Edit edit = unsaved.pollLast();
            model.apply(edit.inverse());
            history.forget(edit);
        }
        refreshUndoState();
    }

    private void refreshUndoState() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.nextUndoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.nextRedoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }
}
