package org.partnershipatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/** The map never states a line of accountability that is not there, on the sample and on generated authorities. */
class LinesTellTheTruthTest {

    static Stream<Arguments> authorities() {
        return Stream.of(Arguments.of("sample", LaidOut.sample()),
                Arguments.of("300 bodies", LaidOut.withLayout(GeneratedAuthority.build(300, 100, 600, 5))),
                Arguments.of("1,000 bodies", LaidOut.withLayout(GeneratedAuthority.build(1_000, 300, 2_000, 3))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void noLinePassesThroughABoxItDoesNotJoin(String name, AuthorityModel model) {
        Diagram diagram = MapDiagram.of(model);
        assertEquals(model.lines().size(), diagram.lines().size());
        List<String> problems = DiagramTruth.linesThroughBoxes(diagram);
        assertTrue(problems.isEmpty(), problems.size() + " segments cross boxes, first: "
                + problems.stream().limit(5).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void linesOfDifferentKindsOrToDifferentBodiesNeverShareARun(String name, AuthorityModel model) {
        List<String> problems = DiagramTruth.sharedRuns(MapDiagram.of(model));
        assertTrue(problems.isEmpty(), problems.size() + " shared runs, first: " + problems.stream().limit(5).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void everyBodyIsBelowWhatItReportsTo(String name, AuthorityModel model) {
        Map<Long, Integer> bands = new HashMap<>();
        for (Body body : model.bodies()) {
            bands.put(body.id(), body.layer().ordinal());
        }
        List<String> problems = DiagramTruth.upwardLines(MapDiagram.of(model), bands);
        assertTrue(problems.isEmpty(), problems.size() + " upward, first: " + problems.stream().limit(5).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("authorities")
    void theTopBoardIsCentredOverTheStructure(String name, AuthorityModel model) {
        Diagram diagram = MapDiagram.of(model);
        Diagram.Box top = diagram.boxes().stream().min(java.util.Comparator.comparingDouble(b -> b.rect().y()))
                .orElseThrow();
        double centre = diagram.bounds().centreX();
        assertTrue(Math.abs(top.rect().centreX() - centre) <= diagram.bounds().width() / 10,
                top.label() + " at " + top.rect().centreX() + ", diagram centre " + centre + " of width "
                        + diagram.bounds().width());
    }
}
