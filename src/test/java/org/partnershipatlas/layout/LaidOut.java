package org.partnershipatlas.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.MapPosition;

/** The sample with the map's layered layout applied, as a document opened in the app would have it. */
public final class LaidOut {
    private LaidOut() {
    }

    public static AuthorityModel sample() {
        return withLayout(SampleAuthority.build(LocalDate.of(2026, 11, 25)));
    }

    public static AuthorityModel withLayout(AuthorityModel model) {
        Map<Long, Point> positions = MapDiagram.layout(model, 1);
        List<Change> changes = new ArrayList<>();
        positions.forEach((id, p) -> changes.add(Change.create(new MapPosition(model.newId(), id, p.x(), p.y(), false))));
        model.apply(new Edit("Lay out", changes));
        return model;
    }
}
