package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.LineKind;

/**
 * The projector's scenes and the profile pages' small diagrams follow the map's rules: no line behind
 * a box, no two trunks sharing a run, every line drawn down to up with its kind, and the overview
 * showing who answers to whom.
 */
class ScenesTellTheTruthTest {

    static Stream<Arguments> authorities() {
        return Stream.of(Arguments.of("sample", LaidOut.sample()),
                Arguments.of("300 bodies", LaidOut.withLayout(GeneratedAuthority.build(300, 100, 600, 5))));
    }

    /** The scene as a diagram description, so the map's own checks apply to it. */
    static Diagram asDiagram(WorkshopScene scene) {
        Map<String, Long> ids = new HashMap<>();
        List<Diagram.Box> boxes = new ArrayList<>();
        for (WorkshopScene.Item item : scene.items()) {
            long id = ids.size();
            ids.put(item.key(), id);
            boxes.add(new Diagram.Box(id, item.rect(), Classification.PARTNERSHIP, item.label(), "", -1, false, false,
                    false));
        }
        List<Diagram.Line> lines = new ArrayList<>();
        for (WorkshopScene.Link link : scene.links()) {
            lines.add(new Diagram.Line(lines.size(), ids.get(link.from()), ids.get(link.to()), link.kind(), link.route()));
        }
        return new Diagram(boxes, lines, List.of(), new Rect(0, 0, WorkshopScene.WIDTH, WorkshopScene.HEIGHT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void noProjectorLineRunsBehindABoxOrAlongAnotherTrunk(String name, AuthorityModel model) {
        for (WorkshopScene scene : WorkshopScenesTest.everyScene(model)) {
            Diagram diagram = asDiagram(scene);
            List<String> through = DiagramTruth.linesThroughBoxes(diagram);
            assertTrue(through.isEmpty(), scene.title() + ": " + through);
            List<String> shared = DiagramTruth.sharedRuns(diagram);
            assertTrue(shared.isEmpty(), scene.title() + ": " + shared);
            for (Diagram.Line line : diagram.lines()) {
                Rect from = diagram.boxes().get((int) line.fromBodyId()).rect();
                Rect to = diagram.boxes().get((int) line.toBodyId()).rect();
                assertTrue(line.route().size() >= 2 && touches(line.route().get(0), from)
                        && touches(line.route().get(line.route().size() - 1), to),
                        scene.title() + ": a line does not run from its box to the one it answers to");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void everyLineBetweenTwoBodiesOnAScreenIsDrawn(String name, AuthorityModel model) {
        for (WorkshopScene scene : WorkshopScenesTest.everyScene(model)) {
            int expected = 0;
            for (AccountabilityLine line : model.lines()) {
                if (scene.itemFor(line.fromBodyId()) != null && scene.itemFor(line.toBodyId()) != null
                        && line.fromBodyId() != line.toBodyId()) {
                    expected++;
                }
            }
            assertEquals(expected, scene.links().size(), scene.title());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void theOverviewPutsAnExecutiveGroupAboveThePartnershipsThatAnswerToIt(String name, AuthorityModel model) {
        WorkshopScene overview = WorkshopScenes.overview(model, "Step 1");
        int checked = 0;
        for (AccountabilityLine line : model.lines()) {
            WorkshopScene.Item lower = overview.itemFor(line.fromBodyId());
            WorkshopScene.Item upper = overview.itemFor(line.toBodyId());
            if (lower == null || upper == null
                    || (line.kind() != LineKind.REPORTS_TO && line.kind() != LineKind.SUB_GROUP_OF)) {
                continue;
            }
            assertTrue(lower.rect().y() >= upper.rect().maxY(), String.join(" ", lower.label()) + " is drawn beside or "
                    + "above " + String.join(" ", upper.label()) + ", which it answers to");
            checked++;
        }
        assertTrue(checked > 0, "the overview shows lines of accountability");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void aProfileDiagramPutsTheBodyBetweenWhatItAnswersToAndWhatAnswersToIt(String name, AuthorityModel model) {
        Diagram whole = MapDiagram.of(model);
        for (Body body : model.bodies()) {
            List<Long> above = new ArrayList<>();
            List<Long> below = new ArrayList<>();
            for (AccountabilityLine line : model.linesOf(body.id())) {
                if (line.fromBodyId() == body.id() && line.toBodyId() != body.id()) {
                    above.add(line.toBodyId());
                } else if (line.toBodyId() == body.id() && line.fromBodyId() != body.id()) {
                    below.add(line.fromBodyId());
                }
            }
            above = above.stream().distinct().filter(id -> !below.contains(id)).toList();
            Diagram small = MapDiagram.neighbourhood(whole, body.id(), above, below);
            assertTrue(DiagramTruth.linesThroughBoxes(small).isEmpty(), body.name() + ": "
                    + DiagramTruth.linesThroughBoxes(small));
            assertTrue(DiagramTruth.sharedRuns(small).isEmpty(), body.name() + ": " + DiagramTruth.sharedRuns(small));
            Rect centre = rectOf(small, body.id());
            for (long up : above) {
                assertTrue(rectOf(small, up).maxY() <= centre.y(), body.name() + ": what it answers to is not above it");
            }
            for (long down : below) {
                assertTrue(rectOf(small, down).y() >= centre.maxY(), body.name() + ": what answers to it is not below");
            }
            for (Diagram.Line line : small.lines()) {
                Point end = line.route().get(line.route().size() - 1);
                assertTrue(touches(end, rectOf(small, line.toBodyId())), body.name() + ": a line's arrow is not at the "
                        + "body it answers to");
            }
        }
    }

    private static Rect rectOf(Diagram diagram, long id) {
        return diagram.boxes().stream().filter(b -> b.bodyId() == id).findFirst().orElseThrow().rect();
    }

    private static boolean touches(Point p, Rect r) {
        return p.x() >= r.x() - 1 && p.x() <= r.maxX() + 1 && p.y() >= r.y() - 1 && p.y() <= r.maxY() + 1;
    }

}
