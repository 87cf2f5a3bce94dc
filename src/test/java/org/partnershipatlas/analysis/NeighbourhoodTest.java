package org.partnershipatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.Classification;

class NeighbourhoodTest {
    @Test
    void countsLinesInEitherDirection() {
        Mini m = new Mini();
        long board = m.board("Board");
        long exec = m.body("Executive", Classification.PARTNERSHIP);
        long group = m.body("Group", Classification.WORKING_GROUP);
        long task = m.body("Task", Classification.WORKING_GROUP);
        long apart = m.body("Apart", Classification.NETWORK);
        m.line(exec, board);
        m.line(group, exec);
        m.line(task, group);
        assertEquals(Set.of(exec), Neighbourhood.within(m.model, exec, 0));
        assertEquals(Set.of(board, exec, group), Neighbourhood.within(m.model, exec, 1));
        assertEquals(Set.of(board, exec, group, task), Neighbourhood.within(m.model, exec, 2));
        assertEquals(Set.of(apart), Neighbourhood.within(m.model, apart, 3));
    }
}
