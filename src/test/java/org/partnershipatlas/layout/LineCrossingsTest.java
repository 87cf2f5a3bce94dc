package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.LineKind;

/** The benchmark's counts find what they count: a line through a box, two lines crossing. */
class LineCrossingsTest {
    private static Diagram.Box box(long id, double x, double y) {
        return new Diagram.Box(id, new Rect(x, y, 100, 40), Classification.PARTNERSHIP, List.of("B" + id), "", -1,
                false, false, false);
    }

    @Test
    void aLineThroughABoxItDoesNotJoinIsCountedAndOneAroundItIsNot() {
        List<Diagram.Box> boxes = List.of(box(1, 0, 0), box(2, 0, 100), box(3, 0, 200));
        Diagram.Line through = new Diagram.Line(1, 3, 1, LineKind.REPORTS_TO,
                List.of(new Point(50, 200), new Point(50, 40)));
        Diagram.Line around = new Diagram.Line(2, 3, 1, LineKind.ADVISES, List.of(new Point(100, 220),
                new Point(130, 220), new Point(130, 20), new Point(100, 20)));
        assertEquals(1, LineCrossings.throughBoxes(new Diagram(boxes, List.of(through), List.of(), new Rect(0, 0, 200, 240))));
        assertEquals(0, LineCrossings.throughBoxes(new Diagram(boxes, List.of(around), List.of(), new Rect(0, 0, 200, 240))));
        assertEquals(DiagramTruth.linesThroughBoxes(MapDiagram.of(LaidOut.sample())).size(),
                LineCrossings.throughBoxes(MapDiagram.of(LaidOut.sample())), "the same count as the tests' own check");
    }

    @Test
    void twoLinesCrossingAreCountedOnce() {
        List<Point> across = List.of(new Point(0, 50), new Point(100, 50));
        List<Point> down = List.of(new Point(50, 0), new Point(50, 100));
        List<Point> beside = List.of(new Point(200, 0), new Point(200, 100));
        assertEquals(1, LineCrossings.count(List.of(across, down, beside)));
    }
}
