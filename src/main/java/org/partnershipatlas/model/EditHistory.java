package org.partnershipatlas.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo for one session of one document (Scene Builder's JobManager): every edit applied
 * through it can be taken back in order. Each call returns the {@link Step} it took, so the caller can
 * write exactly what was applied to the file and, if that write fails, take the step back with
 * {@link #takeBack(Step)}, which leaves the model and both stacks as they were before it.
 */
public final class EditHistory {
    private final AuthorityModel model;
    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();

    /**
     * What an edit brings with it once applied, worked out on the model as the edit leaves it (the
     * place on the map of a body it creates): made part of the same step, so one undo takes both back.
     */
    @FunctionalInterface
    public interface Completion {
        List<Change> after(AuthorityModel model, Edit applied);
    }

    /**
     * One step taken: how, the edit as the user made it, what was applied to the model (for an undo,
     * the inverse), and the redo stack a new edit cleared, so a failed write can restore it.
     */
    public record Step(How how, Edit original, Edit applied, List<Edit> clearedRedo) {
    }

    public EditHistory(AuthorityModel model) {
        this.model = model;
    }

    /** Applies the edit and makes it the next to undo; a refused edit leaves history untouched. */
    public Edit perform(Edit edit) {
        return step(edit, How.EDIT, null).applied();
    }

    /** Undoes the latest edit and returns what was applied to do so (the edit's inverse). */
    public Edit undo() {
        return undoStep().applied();
    }

    /** Re-applies the latest undone edit and returns it. */
    public Edit redo() {
        return redoStep().applied();
    }

    /**
     * Applies an edit made {@code how} (typed, imported, captured in a workshop), with what
     * {@code completion} adds to it, as one step.
     */
    public Step step(Edit edit, How how, Completion completion) {
        Edit applied = model.apply(edit);
        if (completion != null) {
            List<Change> more = completion.after(model, applied);
            if (!more.isEmpty()) {
                Edit extra;
                try {
                    extra = model.apply(new Edit(edit.label(), more));
                } catch (RuntimeException e) {
                    model.apply(applied.inverse());
                    throw e;
                }
                List<Change> all = new ArrayList<>(applied.changes());
                all.addAll(extra.changes());
                applied = new Edit(applied.label(), all);
            }
        }
        undoable.push(applied);
        List<Edit> cleared = List.copyOf(redoable);
        redoable.clear();
        return new Step(how, edit, applied, cleared);
    }

    public Step undoStep() {
        Edit edit = undoable.pop();
        Edit applied;
        try {
            applied = model.apply(edit.inverse());
        } catch (RuntimeException e) {
            undoable.push(edit);
            throw e;
        }
        redoable.push(edit);
        return new Step(How.UNDO, edit, applied, List.of());
    }

    public Step redoStep() {
        Edit edit = redoable.pop();
        Edit applied;
        try {
            applied = model.apply(edit);
        } catch (RuntimeException e) {
            redoable.push(edit);
            throw e;
        }
        undoable.push(applied);
        return new Step(How.REDO, edit, applied, List.of());
    }

    /**
     * Takes back a step whose write failed: the model returns to what it was before the step, and so
     * do the stacks (a failed undo is undoable again, a failed redo redoable again, a failed edit gone
     * with the redo stack it had cleared restored). Steps are taken back latest first.
     */
    public void takeBack(Step step) {
        model.apply(step.applied().inverse());
        switch (step.how()) {
            case UNDO -> {
                redoable.removeFirstOccurrence(step.original());
                undoable.push(step.original());
            }
            case REDO -> {
                undoable.removeFirstOccurrence(step.applied());
                redoable.push(step.original());
            }
            default -> {
                undoable.removeFirstOccurrence(step.applied());
                if (redoable.isEmpty()) {
                    List<Edit> restored = new ArrayList<>(step.clearedRedo());
                    java.util.Collections.reverse(restored);
                    restored.forEach(redoable::push);
                }
            }
        }
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
}
