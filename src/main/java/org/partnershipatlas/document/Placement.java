package org.partnershipatlas.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.EditHistory;
import org.partnershipatlas.model.MapPosition;

/**
 * The place on the map of each body an edit creates without one, made part of that edit: undoing
 * the edit takes the places with the bodies, so the undo history needs to know nothing of the map.
 */
final class Placement implements EditHistory.Completion {
    @Override
    public List<Change> after(AuthorityModel model, Edit applied) {
        List<Body> unplaced = new ArrayList<>();
        for (Change change : applied.changes()) {
            if (change.before() == null && change.after() instanceof Body body && model.positionOf(body.id()) == null
                    && model.body(body.id()) != null) {
                unplaced.add(body);
            }
        }
        if (unplaced.isEmpty()) {
            return List.of();
        }
        Map<Long, Point> places = MapDiagram.placeAll(model, unplaced);
        List<Change> changes = new ArrayList<>();
        for (Body body : unplaced) {
            Point at = places.get(body.id());
            changes.add(Change.create(new MapPosition(model.newId(), body.id(), at.x(), at.y(), false)));
        }
        return changes;
    }
}
