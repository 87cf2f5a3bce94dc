package org.partnershipatlas.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo for one session of one document (Scene Builder's JobManager): every edit applied
 * through it can be taken back in order. It returns the edit actually applied so the caller can
 * write exactly that to the file.
 */
public final class EditHistory {
    private final AuthorityModel model;
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();

    public EditHistory(AuthorityModel model) {
        this.model = model;
    }

    /** Applies the edit and makes it the next to undo; a refused edit leaves history untouched. */
    public Edit perform(Edit edit) {
        Edit applied = model.apply(edit);
        undoable.push(applied);
        redoable.clear();
        return applied;
    }

    /** Undoes the latest edit and returns what was applied to do so (the edit's inverse). */
    public Edit undo() {
        Edit edit = undoable.pop();
        Edit inverse = withPlacesOfRemovedBodies(edit.inverse());
        Edit applied;
        try {
            applied = model.apply(inverse);
        } catch (RuntimeException e) {
            undoable.push(edit);
            throw e;
        }
        redoable.push(edit);
        return applied;
    }

    /** Re-applies the latest undone edit and returns it. */
    public Edit redo() {
        Edit edit = redoable.pop();
        Edit applied;
        try {
            applied = model.apply(edit);
        } catch (RuntimeException e) {
            redoable.push(edit);
            throw e;
        }
        undoable.push(applied);
        return applied;
    }

    /** Forgets an edit that could not be saved, after the caller has reverted it in the model. */
    public void forget(Edit applied) {
        undoable.removeFirstOccurrence(applied);
        redoable.removeFirstOccurrence(applied);
    }

    public Optional<String> nextUndoLabel() {
        return Optional.ofNullable(undoable.peek()).map(Edit::label);
    }

    public Optional<String> nextRedoLabel() {
        return Optional.ofNullable(redoable.peek()).map(Edit::label);
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /**
     * The map places a new body by itself (its position is not the user's edit), so taking back the
     * body's creation takes its place on the map with it; otherwise the undo would be refused.
     */
    private Edit withPlacesOfRemovedBodies(Edit inverse) {
        java.util.List<Change> changes = new java.util.ArrayList<>();
        java.util.Set<Entity> removed = new java.util.HashSet<>();
        for (Change change : inverse.changes()) {
            if (change.isDelete()) {
                removed.add(change.before());
            }
        }
        for (Change change : inverse.changes()) {
            if (change.isDelete() && change.before() instanceof Body body) {
                MapPosition place = model.positionOf(body.id());
                if (place != null && !removed.contains(place)) {
                    changes.add(Change.delete(place));
                }
            }
        }
        if (changes.isEmpty()) {
            return inverse;
        }
        changes.addAll(inverse.changes());
        return new Edit(inverse.label(), changes);
    }
}
