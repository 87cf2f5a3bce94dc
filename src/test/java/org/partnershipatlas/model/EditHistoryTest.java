package org.partnershipatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private final AuthorityModel model = new AuthorityModel(new Authority("Testshire", AuthorityKind.DISTRICT, null,
            null));
    private final EditHistory history = new EditHistory(model);

    @Test
    void whatAnEditBringsWithItIsPartOfTheSameStepAndGoesWithItsUndo() {
        Body body = Body.create(model.newId(), "Riverside Forum", BodyKind.FORUM, Layer.OPERATIONAL);
        history.step(Edit.of("Add Riverside Forum", Change.create(body)), How.EDIT,
                (m, applied) -> List.of(Change.create(new MapPosition(m.newId(), body.id(), 10, 20, false))));
        assertEquals(10, model.positionOf(body.id()).x());

        history.undo();

        assertNull(model.body(body.id()));
        assertNull(model.positionOf(body.id()));
        history.redo();
        assertEquals(20, model.positionOf(body.id()).y());
    }

    @Test
    void aStepTakenBackLeavesTheModelAndBothStacksAsTheyWere() {
        Body body = Body.create(model.newId(), "Riverside Forum", BodyKind.FORUM, Layer.OPERATIONAL);
        history.perform(Edit.of("Add Riverside Forum", Change.create(body)));
        Body renamed = body.withName("River Forum");
        history.perform(Edit.of("Rename", Change.update(body, renamed)));

        EditHistory.Step undo = history.undoStep();
        assertEquals("Riverside Forum", model.body(body.id()).name());
        history.takeBack(undo);
        assertEquals("River Forum", model.body(body.id()).name(), "the failed undo is taken back");
        assertTrue(history.canUndo());
        assertFalse(history.canRedo(), "nothing to redo: the undo never happened");
        assertEquals("Rename", history.nextUndoLabel().orElseThrow());

        history.undo();
        EditHistory.Step redo = history.redoStep();
        history.takeBack(redo);
        assertEquals("Riverside Forum", model.body(body.id()).name());
        assertEquals("Rename", history.nextRedoLabel().orElseThrow(), "the failed redo can be tried again");
        history.redo();
        assertEquals("River Forum", model.body(body.id()).name());

        history.undo();
        EditHistory.Step other = history.step(Edit.of("Rename again", Change.update(model.body(body.id()),
                model.body(body.id()).withName("Riverside Network"))), How.EDIT, null);
        assertFalse(history.canRedo());
        history.takeBack(other);
        assertEquals("Riverside Forum", model.body(body.id()).name());
        assertEquals("Rename", history.nextRedoLabel().orElseThrow(), "the redo the failed edit cleared is back");
    }
}
