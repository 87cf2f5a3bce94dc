package org.partnershipatlas.ui.map;

import java.util.List;
import java.util.Locale;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * Changes made on the map itself: drawing a line, renaming in place, changing a body's kind,
 * adding a body where the user clicked, deleting. Each is one undoable edit through the window's
 * view model, which explains any refusal.
 */
public final class MapEdits {
    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.DialogService dialogs;
    private final Runnable deleteSelectedBody;
    private final java.util.function.LongConsumer addActionFor;

    public MapEdits(DocumentContext main, org.partnershipatlas.ui.dialog.DialogService dialogs, Runnable deleteSelectedBody,
                    java.util.function.LongConsumer addActionFor) {
        this.addActionFor = addActionFor;
        this.main = main;
        this.dialogs = dialogs;
        this.deleteSelectedBody = deleteSelectedBody;
    }

    /**
     * Draws an accountability line from one body to another, as one undoable step; refused (with a
     * message) when it cannot be true, e.g. a body reporting to itself.
     */
    public boolean connect(long fromBodyId, long toBodyId, org.partnershipatlas.model.LineKind kind) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly()) {
            return false;
        }
        AuthorityModel model = session.model();
        var line = new org.partnershipatlas.model.AccountabilityLine(model.newId(), fromBodyId, toBodyId, kind);
        return main.perform(Edit.of("Draw line: " + model.body(fromBodyId).name() + " "
                + kind.label().toLowerCase(Locale.ROOT) + " " + model.body(toBodyId).name(), Change.create(line)));
    }

    /** Renames a body where it sits; one undoable step, refused with a message when blank. */
    public boolean rename(long bodyId, String name) {
        DocumentSession session = main.sessionProperty().get();
        Body body = session == null ? null : session.model().body(bodyId);
        if (body == null || body.name().equals(name == null ? null : name.strip())) {
            return false;
        }
        return main.perform(Edit.of("Rename " + body.name(), Change.update(body, body.withName(name))));
    }

    /**
     * Lets the layout place a body that was dragged by hand again: its place is kept until the next
     * Tidy up, which then moves it with the rest. One undoable step.
     */
    public boolean unpin(long bodyId) {
        DocumentSession session = main.sessionProperty().get();
        MapPosition position = session == null ? null : session.model().positionOf(bodyId);
        if (position == null || !position.pinned() || session.isReadOnly()) {
            return false;
        }
        return main.perform(Edit.of("Unpin " + session.model().body(bodyId).name(), Change.update(position,
                new MapPosition(position.id(), bodyId, position.x(), position.y(), false))));
    }

    /** Changes what sort of group a body is (board, sub-group, network...); one undoable step. */
    public boolean changeKind(long bodyId, org.partnershipatlas.model.BodyKind kind) {
        DocumentSession session = main.sessionProperty().get();
        Body body = session == null ? null : session.model().body(bodyId);
        if (body == null || body.kind() == kind) {
            return false;
        }
        return main.perform(Edit.of("Change kind of " + body.name(), Change.update(body,
                body.with(org.partnershipatlas.model.BodyField.KIND, kind))));
    }

    /** Asks for a new body's name, kind and layer and puts it where the user right-clicked, pinned. */
    public boolean addBodyAt(double mapX, double mapY) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly()) {
            return false;
        }
        AuthorityModel model = session.model();
        var details = dialogs.askNewBody(List.copyOf(model.bodies()), model.bodies().isEmpty());
        if (details.isEmpty()) {
            return false;
        }
        Body body = Body.create(model.newId(), details.get().name(), details.get().kind(), details.get().layer());
        List<Change> changes = new java.util.ArrayList<>(details.get().changes(model, body));
        changes.add(Change.create(new MapPosition(model.newId(), body.id(), mapX, mapY, true)));
        if (main.perform(new Edit("Add " + body.name(), changes))) {
            main.selectedBodyIdProperty().set(body.id());
            return true;
        }
        return false;
    }

    /**
     * Removes one accountability line after asking, naming both bodies; one undoable step. False when
     * the user says no or the line has gone.
     */
    public boolean removeLine(long lineId) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly()) {
            return false;
        }
        AuthorityModel model = session.model();
        var line = model.line(lineId);
        if (line == null) {
            return false;
        }
        String description = describe(model, line);
        if (!dialogs.confirm("Remove line", "Remove the line \"" + description + "\"? You can undo this.",
                "Remove")) {
            return false;
        }
        return main.perform(Edit.of("Remove line: " + description, Change.delete(line)));
    }

    /** "Safer Northmoor Partnership reports to Northmoor Together Executive". */
    static String describe(AuthorityModel model, org.partnershipatlas.model.AccountabilityLine line) {
        return model.body(line.fromBodyId()).name() + " " + line.kind().label().toLowerCase(Locale.ROOT) + " "
                + model.body(line.toBodyId()).name();
    }

    /** Deletes a body (after the window asks), with its lines and seats; undoable. */
    public void delete(long bodyId) {
        main.selectedBodyIdProperty().set(bodyId);
        deleteSelectedBody.run();
    }


    /** A body's menu > Add action for this body: a new action about it, open in the action plan. */
    public void addActionFor(long bodyId) {
        if (!main.isReadOnly()) {
            addActionFor.accept(bodyId);
        }
    }
}
