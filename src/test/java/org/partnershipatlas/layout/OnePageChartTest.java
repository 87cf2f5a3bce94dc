package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Layer;

/**
 * The whole structure arranged for one page tells the same truth as the map: every body once, no box
 * on another, no line through a box, no two kinds of line on one run, no body above what it answers
 * to, every box inside a band of its own layer; and it prints the sample's names larger than the
 * map's own chart would on the same page.
 */
class OnePageChartTest {
    /** An A3 landscape page, less its margins, the band labels, the title and the key beside it (points). */
    static final ToDoubleFunction<Rect> A3 = b -> Math.min(1078 / (b.width() + 150), 704 / (b.height() + 165));

    static Stream<Arguments> structures() {
        return Stream.of(Arguments.of("sample", SampleAuthority.build(LocalDate.of(2026, 12, 6))),
                Arguments.of("60 bodies", GeneratedAuthority.build(60, 20, 120, 7)),
                Arguments.of("200 bodies", GeneratedAuthority.build(200, 50, 400, 11)),
                Arguments.of("a register with no lines", flatRegister(25)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void theOnePageChartTellsTheTruth(String name, AuthorityModel model) {
        OnePageChart.Arrangement one = OnePageChart.best(model, ids(model), A3);
        assertNotNull(one);
        Diagram diagram = one.diagram();
        Set<Long> drawn = new HashSet<>();
        diagram.boxes().forEach(b -> assertTrue(drawn.add(b.bodyId()), "drawn twice: " + b.label()));
        assertEquals(Set.copyOf(ids(model)), drawn, "every body once");
        List<Diagram.Box> boxes = diagram.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!boxes.get(i).rect().grown(4).intersects(boxes.get(j).rect()),
                        boxes.get(i).label() + " touches " + boxes.get(j).label());
            }
        }
        assertEquals(model.lines().size(), diagram.lines().size(), "every line drawn");
        assertEquals(List.of(), DiagramTruth.linesThroughBoxes(diagram));
        assertEquals(List.of(), DiagramTruth.sharedRuns(diagram));
        Map<Long, Integer> bands = new HashMap<>();
        model.bodies().forEach(b -> bands.put(b.id(), b.layer().ordinal()));
        assertEquals(List.of(), DiagramTruth.upwardLines(diagram, bands));
        for (Diagram.Box box : boxes) {
            Layer layer = model.body(box.bodyId()).layer();
            assertTrue(diagram.bands().stream().anyMatch(b -> b.layer() == layer && b.top() <= box.rect().y()
                    && box.rect().maxY() <= b.bottom()), box.label() + " is not in a " + layer + " band");
            box.label().forEach(line -> assertTrue(line.length() <= OnePageChart.charsPerLine(box.rect().width()),
                    "\"" + line + "\" is longer than its box holds"));
        }
        assertEquals(diagram, OnePageChart.best(model, ids(model), A3).diagram(), "the same arrangement every time");
    }

    @Test
    void theSampleWrapsIntoRowsUnderItsTopAndPrintsLargerThanTheMapsChart() {
        AuthorityModel sample = SampleAuthority.build(LocalDate.of(2026, 12, 6));
        OnePageChart.Arrangement one = OnePageChart.best(sample, ids(sample), A3);
        double mapChart = A3.applyAsDouble(MapDiagram.of(MapDiagram.laidOut(sample)).bounds());
        assertTrue(one.rows() >= 2, one.rows() + " rows");
        assertTrue(one.scale() * 13 >= 7, "names at " + one.scale() * 13 + " pt");
        assertTrue(one.scale() > 1.3 * mapChart, one.scale() + " against the map's chart at " + mapChart);
        Diagram.Box board = one.diagram().boxes().stream()
                .filter(b -> sample.body(b.bodyId()).name().equals("Northmoor Together Board")).findFirst()
                .orElseThrow();
        double width = one.diagram().bounds().width();
        assertTrue(Math.abs(board.rect().centreX() - one.diagram().bounds().centreX()) <= width / 10,
                "the board over the middle of the structure");
        // the executive's partnerships on the second row still answer to it by a line of their own kind
        long below = one.diagram().boxes().stream().filter(b -> sample.body(b.bodyId()).layer() == Layer.EXECUTIVE
                && b.rect().y() > board.rect().maxY() + 400).count();
        assertTrue(below > 0, "a second row of executive bodies");
        assertTrue(one.diagram().bands().stream().filter(b -> b.layer() == Layer.EXECUTIVE).count() >= 2,
                "the second row has its own executive band");
    }

    @Test
    void aNewEmptyAuthorityHasNothingToArrangeAndAHugeOneIsNotTried() {
        AuthorityModel empty = new AuthorityModel(new Authority("New council", AuthorityKind.DISTRICT, null, null));
        assertNull(OnePageChart.best(empty, List.of(), A3));
        AuthorityModel large = GeneratedAuthority.build(300, 50, 600, 3);
        assertTrue(OnePageChart.best(large, ids(large), A3, 7 / 13.0) == null, "300 bodies cannot print at 7 pt on A3");
    }

    private static List<Long> ids(AuthorityModel model) {
        return model.bodies().stream().map(Body::id).toList();
    }

    /** A register as councils publish it: a flat list of groups, nothing yet said about who answers to whom. */
    private static AuthorityModel flatRegister(int n) {
        AuthorityModel model = new AuthorityModel(new Authority("Flat council", AuthorityKind.DISTRICT, null, null));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            changes.add(Change.create(Body.create(model.newId(), "Imported group number " + (i + 1),
                    BodyKind.TASK_GROUP, i % 3 == 0 ? Layer.EXECUTIVE : Layer.OPERATIONAL)));
        }
        model.apply(new Edit("Import", changes));
        return model;
    }
}
