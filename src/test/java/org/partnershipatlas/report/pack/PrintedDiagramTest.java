package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.DiagramTruth;
import org.partnershipatlas.layout.PrintedParts;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/**
 * The structure on paper: cut by structure into parts that each print whole, every name at 7 points
 * or more, the key on every diagram page, no line through a box on any part, every body on a part.
 */
class PrintedDiagramTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("sample, A4", SampleAuthority.build(TODAY), PackOptions.Paper.A4),
                Arguments.of("sample, A3", SampleAuthority.build(TODAY), PackOptions.Paper.A3),
                Arguments.of("300 bodies, A3", GeneratedAuthority.build(300, 100, 600, 5), PackOptions.Paper.A3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBodyIsOnAPartAndNoPartDrawsALineThroughABox(String name, AuthorityModel model, PackOptions.Paper paper) {
        List<PrintedParts.Part> parts = StructureAppendix.parts(model, model.bodies().stream().toList(), paper);
        Set<Long> drawn = new HashSet<>();
        for (PrintedParts.Part part : parts) {
            Diagram diagram = part.diagram();
            diagram.boxes().forEach(b -> drawn.add(b.bodyId()));
            assertTrue(DiagramTruth.linesThroughBoxes(diagram).isEmpty(), part.title() + ": "
                    + DiagramTruth.linesThroughBoxes(diagram));
            assertTrue(DiagramTruth.sharedRuns(diagram).isEmpty(), part.title() + ": " + DiagramTruth.sharedRuns(diagram));
        }
        for (Body body : model.bodies()) {
            assertTrue(drawn.contains(body.id()), body.name() + " is on no part");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDiagramPageHasTheKeyAndNoNameUnderSevenPoints(String name, AuthorityModel model, PackOptions.Paper paper)
            throws IOException {
        PackOptions d = PackOptions.defaults();
        PackOptions options = new PackOptions(Set.of(1), d.themeIds(), d.columns(),
                java.util.EnumSet.of(PackOptions.Format.PDF), paper, false);
        List<Path> files = PackExporter.export(model, options, HealthCheck.run(model, TODAY), TODAY, dir,
                (f, m) -> { }, () -> false);
        Path diagramPdf = files.stream().filter(f -> f.getFileName().toString().endsWith("structure diagram.pdf"))
                .findFirst().orElseThrow();
        int parts = StructureAppendix.parts(model, model.bodies().stream().toList(), paper).size();
        List<PrintedText.Page> pages = PrintedText.measure(diagramPdf);
        assertEquals(parts, pages.size(), "one page a part");
        for (PrintedText.Page page : pages) {
            assertTrue(page.hasKey(), "page " + page.number() + " has the key");
            assertTrue(page.smallest() >= 7 - 0.05, "page " + page.number() + ": text at " + page.smallest() + " pt (\""
                    + page.smallestText() + "\")");
            assertTrue(!page.offPage(), "page " + page.number() + ": text runs off the page");
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(PackOptions.Paper.class)
    void aPackForOneThemeLaysOutThatThemeAloneOnFewPages(PackOptions.Paper paper) {
        AuthorityModel sample = SampleAuthority.build(TODAY);
        org.partnershipatlas.model.Theme safety = sample.themes().stream()
                .filter(t -> t.name().toLowerCase().contains("safe")).findFirst().orElseThrow();
        Set<Long> scope = PackContent.scope(sample, Set.of(safety.id()));
        List<Body> bodies = sample.bodies().stream().filter(b -> scope.contains(b.id())).toList();
        List<PrintedParts.Part> parts = StructureAppendix.parts(sample, bodies, paper);
        Set<Long> drawn = new HashSet<>();
        parts.forEach(p -> p.diagram().boxes().forEach(b -> drawn.add(b.bodyId())));
        assertEquals(scope, drawn, "the theme's bodies and what they answer to, and nothing else");
        assertEquals(1, parts.size(), "one page for one theme");
        List<PrintedParts.Part> whole = StructureAppendix.parts(sample, sample.bodies().stream().toList(), paper);
        // on A4 the whole structure takes several parts; on A3 it is one page arranged in rows
        assertEquals(paper == PackOptions.Paper.A4, whole.size() > 1, whole.size() + " parts for the whole on " + paper);
    }

    @org.junit.jupiter.api.Test
    void onA3TheWholeSampleIsOnePageInRowsAndTheAppendixSaysHowToReadThem() {
        AuthorityModel sample = SampleAuthority.build(TODAY);
        List<Body> all = sample.bodies().stream().toList();
        List<PrintedParts.Part> parts = StructureAppendix.parts(sample, all, PackOptions.Paper.A3);
        assertEquals(1, parts.size());
        assertEquals("The whole structure", parts.get(0).title());
        assertTrue(StructureAppendix.inRows(parts.get(0).diagram()), "wrapped onto rows");
        String rows = "drawn in rows";
        assertTrue(StructureAppendix.blocks(sample, all, PackOptions.Paper.A3).stream()
                .anyMatch(b -> b instanceof PackDocument.Paragraph p && p.text().contains(rows)));
        assertTrue(StructureAppendix.blocks(sample, all, PackOptions.Paper.A4).stream()
                .noneMatch(b -> b instanceof PackDocument.Paragraph p && p.text().contains(rows)), "A4 is in parts");
    }

    @org.junit.jupiter.api.Test
    void everyPageOfTheWholePackPrintsItsTextAtSevenPointsOrMore() throws IOException {
        AuthorityModel sample = SampleAuthority.build(TODAY);
        PackOptions d = PackOptions.defaults();
        PackOptions options = new PackOptions(d.appendices(), d.themeIds(), d.columns(),
                java.util.EnumSet.of(PackOptions.Format.PDF), PackOptions.Paper.A4, false);
        Path pdf = PackExporter.export(sample, options, HealthCheck.run(sample, TODAY), TODAY, dir, (f, m) -> { },
                () -> false).stream().filter(f -> f.getFileName().toString().contains("cabinet appendices"))
                .findFirst().orElseThrow();
        for (PrintedText.Page page : PrintedText.measure(pdf)) {
            assertTrue(page.smallest() >= 7 - 0.05, "page " + page.number() + ": \"" + page.smallestText() + "\" at "
                    + page.smallest() + " pt (the profiles' diagrams included)");
        }
    }
}
