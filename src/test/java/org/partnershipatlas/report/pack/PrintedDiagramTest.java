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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
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
        try (PDDocument pdf = Loader.loadPDF(diagramPdf.toFile())) {
            assertEquals(parts, pdf.getNumberOfPages(), "one page a part");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                Sizes sizes = new Sizes();
                sizes.setStartPage(page);
                sizes.setEndPage(page);
                String text = sizes.getText(pdf);
                assertTrue(text.contains("Key"), "page " + page + " has the key");
                assertTrue(sizes.smallest >= 7 - 0.05, "page " + page + ": text at " + sizes.smallest + " pt (\""
                        + sizes.smallestText + "\")");
                float width = pdf.getPage(page - 1).getMediaBox().getWidth();
                float height = pdf.getPage(page - 1).getMediaBox().getHeight();
                assertTrue(sizes.maxX <= width && sizes.maxY <= height && sizes.minX >= 0 && sizes.minY >= 0,
                        "page " + page + ": text runs off the page");
            }
        }
    }

    /** The size, in points, of every glyph on a page as printed, and how far the text reaches. */
    private static final class Sizes extends PDFTextStripper {
        float smallest = Float.MAX_VALUE;
        String smallestText = "";
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = 0;
        float maxY = 0;

        Sizes() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                if (p.getUnicode().isBlank()) {
                    continue;
                }
                float size = Math.abs(p.getYScale());
                if (size < smallest) {
                    smallest = size;
                    smallestText = text;
                }
                minX = Math.min(minX, p.getXDirAdj());
                minY = Math.min(minY, p.getYDirAdj() - p.getHeightDir());
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                maxY = Math.max(maxY, p.getYDirAdj());
            }
            super.writeString(text, positions);
        }
    }
}
