package org.partnershipatlas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One step the user can undo: a label for the Edit menu ("Undo Change chair") and the changes it
 * makes, applied in order and undone in reverse. A multi-field edit, a bulk edit or a whole import
 * is one Edit, so one undo takes it back.
 */
public record Edit(String label, List<Change> changes) {
    public Edit {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("an edit needs a label");
        }
        changes = List.copyOf(changes);
    }

    public static Edit of(String label, Change... changes) {
        return new Edit(label, List.of(changes));
    }

    public Edit inverse() {
        List<Change> reversed = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).inverse());
        }
        return new Edit(label, reversed);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
