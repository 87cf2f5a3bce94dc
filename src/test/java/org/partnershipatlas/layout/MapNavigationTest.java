package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.partnershipatlas.layout.MapNavigation.Step;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/** Arrow keys on the map move as through an organisation chart, in the order the boxes stand. */
class MapNavigationTest {
    private final AuthorityModel model = LaidOut.sample();
    private final Diagram diagram = MapDiagram.of(model);

    private long id(String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst().map(Body::id).orElseThrow();
    }

    private String name(Long id) {
        return model.body(id).name();
    }

    @Test
    void withNothingSelectedAnArrowSelectsTheTopBoard() {
        assertEquals("Northmoor Together Board", name(MapNavigation.step(diagram, null, Step.DOWN, id -> true)));
    }

    @Test
    void upGoesToWhatABodyAnswersToAndDownToTheFirstBodyUnderIt() {
        long safer = id("Safer Northmoor Partnership");
        assertEquals("Northmoor Together Executive", name(MapNavigation.step(diagram, safer, Step.UP, id -> true)));
        Long down = MapNavigation.step(diagram, safer, Step.DOWN, id -> true);
        assertEquals(safer, MapNavigation.step(diagram, down, Step.UP, id -> true), name(down) + " answers to Safer");
        long board = id("Northmoor Together Board");
        assertEquals(board, MapNavigation.step(diagram, board, Step.UP, id -> true), "nothing above the board");
    }

    @Test
    void leftAndRightGoAlongTheBodiesAnsweringToTheSameOneInTheOrderTheyStand() {
        long executive = id("Northmoor Together Executive");
        Long first = MapNavigation.step(diagram, executive, Step.DOWN, id -> true);
        Long second = MapNavigation.step(diagram, first, Step.RIGHT, id -> true);
        Rect a = diagram.boxes().stream().filter(b -> b.bodyId() == first).findFirst().orElseThrow().rect();
        Rect b = diagram.boxes().stream().filter(x -> x.bodyId() == second).findFirst().orElseThrow().rect();
        assertEquals(true, b.x() > a.x() || b.x() == a.x() && b.y() > a.y(), name(second) + " stands after " + name(first));
        assertEquals(executive, MapNavigation.step(diagram, second, Step.UP, id -> true));
        assertEquals(first, MapNavigation.step(diagram, second, Step.LEFT, id -> true));
        assertEquals(first, MapNavigation.step(diagram, first, Step.LEFT, id -> true), "Down went to the first one");
    }

    @Test
    void aHiddenBodyIsSkipped() {
        long safer = id("Safer Northmoor Partnership");
        long executive = id("Northmoor Together Executive");
        assertEquals(safer, MapNavigation.step(diagram, safer, Step.UP, id -> id != executive),
                "the executive is filtered out, so Up stays");
    }
}
