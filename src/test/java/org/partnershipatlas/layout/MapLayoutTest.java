package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.MapPosition;

class MapLayoutTest {
    private final AuthorityModel sample = SampleAuthority.build(LocalDate.of(2026, 11, 25));

    private static AuthorityModel withPositions(AuthorityModel model, Map<Long, Point> positions) {
        List<Change> changes = new ArrayList<>();
        positions.forEach((id, p) -> changes.add(Change.create(new MapPosition(model.newId(), id, p.x(), p.y(), false))));
        model.apply(new Edit("Lay out", changes));
        return model;
    }

    @Test
    void everyBodyGetsAPositionAndNoTwoBoxesOverlap() {
        Diagram diagram = MapDiagram.of(withPositions(sample, MapDiagram.layout(sample, 1)));
        assertEquals(sample.bodies().size(), diagram.boxes().size());
        assertNoOverlaps(diagram);
    }

    @Test
    void theLayersAreBandsInOrderTopToBottom() {
        Diagram diagram = MapDiagram.of(withPositions(sample, MapDiagram.layout(sample, 1)));
        for (Diagram.Box box : diagram.boxes()) {
            Layer layer = sample.body(box.bodyId()).layer();
            for (Diagram.Box other : diagram.boxes()) {
                Layer otherLayer = sample.body(other.bodyId()).layer();
                if (layer.ordinal() < otherLayer.ordinal()) {
                    assertTrue(box.rect().maxY() <= other.rect().y(), sample.body(box.bodyId()).name() + " ("
                            + layer + ") should be above " + sample.body(other.bodyId()).name() + " (" + otherLayer + ")");
                }
            }
        }
        assertEquals(List.of(Layer.STRATEGIC, Layer.EXECUTIVE, Layer.OPERATIONAL),
                diagram.bands().stream().map(Diagram.Band::layer).toList());
        for (int i = 1; i < diagram.bands().size(); i++) {
            assertTrue(diagram.bands().get(i - 1).bottom() <= diagram.bands().get(i).top(), "bands do not overlap");
        }
    }

    @Test
    void theLspBoardIsAtTheTop() {
        Map<Long, Point> positions = MapDiagram.layout(sample, 1);
        long board = sample.bodies().stream().filter(b -> b.name().equals("Northmoor Together Board")).findFirst()
                .orElseThrow().id();
        double top = positions.values().stream().mapToDouble(Point::y).min().orElseThrow();
        assertEquals(top, positions.get(board).y());
    }

    @Test
    void theSameInputGivesTheSameLayout() {
        assertEquals(MapDiagram.layout(sample, 7), MapDiagram.layout(SampleAuthority.build(LocalDate.of(2026, 11, 25)), 7));
    }

    @Test
    void pinnedBodiesStayWhereTheUserPutThem() {
        withPositions(sample, MapDiagram.layout(sample, 1));
        Body digital = sample.bodies().stream().filter(b -> b.name().equals("Digital Inclusion Network")).findFirst()
                .orElseThrow();
        MapPosition before = sample.positionOf(digital.id());
        sample.apply(Edit.of("Move", Change.update(before, new MapPosition(before.id(), digital.id(), 5000, 20, true))));
        Map<Long, Point> again = MapDiagram.layout(sample, 1);
        assertEquals(new Point(5000, 20), again.get(digital.id()));
        assertTrue(MapDiagram.of(sample).boxes().stream().anyMatch(b -> b.bodyId() == digital.id() && b.pinned()));
    }

    @Test
    void theShapeGrammarFollowsClassificationAndMarksOversight() {
        Diagram diagram = MapDiagram.of(withPositions(sample, MapDiagram.layout(sample, 1)));
        Diagram.Box nep = box(diagram, "Northmoor Economic Partnership");
        assertEquals(Classification.PARTNERSHIP, nep.classification());
        assertTrue(nep.oversight());
        assertTrue(nep.warning(), "needs oversight and has no lead member");
        Diagram.Box csp = box(diagram, "Safer Northmoor Partnership");
        assertTrue(csp.oversight());
        assertFalse(csp.warning());
        assertFalse(box(diagram, "Green Spaces Network").oversight());
        assertEquals(List.of("Anti-social Behaviour", "Task Group"), MapDiagram.wrap("Anti-social Behaviour Task Group"));
    }

    @Test
    void aThousandBodyAuthorityLaysOutWithoutOverlaps() {
        AuthorityModel big = GeneratedAuthority.build(1_000, 300, 2_000, 3);
        Diagram diagram = MapDiagram.of(withPositions(big, MapDiagram.layout(big, 1)));
        assertEquals(1_000, diagram.boxes().size());
        assertNoOverlaps(diagram);
    }

    private Diagram.Box box(Diagram diagram, String name) {
        return diagram.boxes().stream().filter(b -> sample.body(b.bodyId()).name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aNewBodyFindsAFreePlaceUnderItsParentAndNothingElseMoves() {
        AuthorityModel model = LaidOut.sample();
        Body safer = model.bodies().stream().filter(b -> b.name().equals("Safer Northmoor Partnership")).findFirst()
                .orElseThrow();
        Map<Long, MapPosition> before = new java.util.HashMap<>();
        model.positions().forEach(p -> before.put(p.bodyId(), p));
        Body added = Body.create(model.newId(), "Modern Slavery Task Group", org.partnershipatlas.model.BodyKind.TASK_GROUP,
                Layer.OPERATIONAL);
        model.apply(new Edit("Add", List.of(Change.create(added), Change.create(new org.partnershipatlas.model.AccountabilityLine(
                model.newId(), added.id(), safer.id(), org.partnershipatlas.model.LineKind.SUB_GROUP_OF)))));
        Point at = MapDiagram.placeNew(model, added);
        model.apply(new Edit("Place", List.of(Change.create(new MapPosition(model.newId(), added.id(), at.x(), at.y(),
                false)))));
        Diagram diagram = MapDiagram.of(model);
        assertNoOverlaps(diagram);
        Rect parent = diagram.boxes().stream().filter(b -> b.bodyId() == safer.id()).findFirst().orElseThrow().rect();
        assertTrue(at.y() >= parent.maxY(), "under the body it answers to");
        assertTrue(DiagramTruth.linesThroughBoxes(diagram).isEmpty(), DiagramTruth.linesThroughBoxes(diagram).toString());
        before.forEach((id, p) -> assertEquals(p, model.positionOf(id), "nothing else moved"));
    }

    @Test
    void anEditThatMovesNoBoxKeepsTheRoutesAndAMoveRoutesAgain() {
        AuthorityModel model = LaidOut.sample();
        Diagram before = MapDiagram.of(model);
        Body safer = model.bodies().stream().filter(b -> b.name().equals("Safer Northmoor Partnership")).findFirst()
                .orElseThrow();
        model.apply(new Edit("Reclassify", List.of(Change.update(safer, safer.with(org.partnershipatlas.model.BodyField.CLASSIFICATION, Classification.NETWORK)))));
        Diagram after = MapDiagram.of(model, before);
        assertTrue(after.lines() == before.lines(), "no box moved: the routes are kept");
        assertEquals(Classification.NETWORK, after.boxes().stream().filter(b -> b.bodyId() == safer.id()).findFirst()
                .orElseThrow().classification(), "the box shows the change");
        MapPosition at = model.positionOf(safer.id());
        model.apply(new Edit("Move", List.of(Change.update(at, new MapPosition(at.id(), at.bodyId(), at.x() + 400,
                at.y() + 300, true)))));
        Diagram moved = MapDiagram.of(model, after);
        assertTrue(moved.lines() != after.lines(), "a box moved: the lines are routed again");
        assertTrue(DiagramTruth.linesThroughBoxes(moved).isEmpty(), DiagramTruth.linesThroughBoxes(moved).toString());
    }

    @Test
    void aFlatListOfBodiesAnsweringToNothingStandsInColumnsNotOneLongRow() {
        AuthorityModel model = new AuthorityModel(new org.partnershipatlas.model.Authority("Flatford",
                org.partnershipatlas.model.AuthorityKind.DISTRICT, null, null));
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            changes.add(Change.create(Body.create(model.newId(), "Outside body " + i,
                    org.partnershipatlas.model.BodyKind.OUTSIDE_BODY, Layer.OPERATIONAL)));
        }
        model.apply(new Edit("Import", changes));
        LaidOut.withLayout(model);
        Diagram diagram = MapDiagram.of(model);
        assertNoOverlaps(diagram);
        assertTrue(diagram.bounds().width() < 8 * MapDiagram.BOX_WIDTH, "30 bodies in a few columns, not a row "
                + diagram.bounds().width() + " wide");
        Set<Long> all = new java.util.HashSet<>();
        model.bodies().forEach(b -> all.add(b.id()));
        List<PrintedParts.Part> parts = PrintedParts.plan(model, all, 1066, 359);
        assertTrue(parts.size() > 1, "an A4 page does not hold thirty bodies readably");
        for (PrintedParts.Part part : parts) {
            assertTrue(part.diagram().bounds().width() <= 1066 && part.diagram().bounds().height() <= 359,
                    part.title() + " is " + part.diagram().bounds());
        }
        assertEquals(30, parts.stream().mapToInt(p -> p.diagram().boxes().size()).sum(), "each body once");
    }

    private static void assertNoOverlaps(Diagram diagram) {
        List<Diagram.Box> boxes = new ArrayList<>(diagram.boxes());
        boxes.sort((a, b) -> Double.compare(a.rect().x(), b.rect().x()));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size() && boxes.get(j).rect().x() < boxes.get(i).rect().maxX(); j++) {
                assertFalse(boxes.get(i).rect().intersects(boxes.get(j).rect()),
                        boxes.get(i).bodyId() + " overlaps " + boxes.get(j).bodyId());
            }
        }
    }
}
