package org.partnershipatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EditHistoryTest {
    @Test
    void undoingABodysCreationAlsoTakesTheMapPlaceTheMapGaveIt() {
        AuthorityModel model = new AuthorityModel(new Authority("Testshire", AuthorityKind.DISTRICT, null, null));
        EditHistory history = new EditHistory(model);
        Body body = Body.create(model.newId(), "Riverside Forum", BodyKind.FORUM, Layer.OPERATIONAL);
        history.perform(Edit.of("Add Riverside Forum", Change.create(body)));
        model.apply(Edit.of("Place new bodies", Change.create(new MapPosition(model.newId(), body.id(), 10, 20, false))));

        Edit applied = history.undo();

        assertNull(model.body(body.id()));
        assertNull(model.positionOf(body.id()));
        assertEquals(2, applied.changes().size(), "what is saved to the file removes both");
        history.redo();
        assertEquals(body, model.body(body.id()));
    }
}
