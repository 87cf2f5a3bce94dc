package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/** The PDF pack read back with PDFBox, as a reader would: its text, its pages, its bookmarks. */
class PackPdfTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    Path dir;
    private final AuthorityModel sample = SampleAuthority.build(TODAY);
    private final List<Finding> findings = HealthCheck.run(sample, TODAY);

    private String text(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void thePdfHoldsEveryBodyEveryRegisterRowAndEveryActionAndEveryPageRenders() throws Exception {
        PackDocument pack = PackContent.build(sample, PackOptions.defaults(), findings, TODAY);
        Path pdf = dir.resolve("pack.pdf");
        new PdfPackWriter(pack, PackOptions.Paper.A4, () -> false).write(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = text(document);
            for (Body body : sample.bodies()) {
                assertTrue(text.contains(body.name()), body.name());
            }
            for (Action action : sample.actions()) {
                assertTrue(text.contains(action.description().replaceAll("\\s+", " ")), action.description());
            }
            for (int n = 1; n <= 7; n++) {
                assertTrue(text.contains("Appendix " + n + ": "), "appendix " + n);
            }
            assertTrue(text.contains("When will Northmoor Housing Partnership be reviewed? Its review was due on"));
            assertTrue(text.contains("page 1 of " + document.getNumberOfPages()));
            // each page's footer names the appendix it is in
            PDFTextStripper stripper = new PDFTextStripper();
            for (int n = 1; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String page = stripper.getText(document).replaceAll("\\s+", " ");
                assertTrue(page.matches(".*(Appendix [1-7]: [^·]+|Review of partnerships: appendices) · page " + n + " of "
                        + document.getNumberOfPages() + ".*"), "page " + n + ": " + page.substring(
                        Math.max(0, page.length() - 160)));
            }
            java.util.Set<String> headings = new java.util.HashSet<>();
            pack.appendices().forEach(a -> a.blocks().forEach(b -> {
                if (b instanceof PackDocument.Heading h) {
                    headings.add(h.text());
                }
            }));
            // no page holds only a heading (or a heading and a line), and none ends with one
            for (int n = 2; n <= document.getNumberOfPages(); n++) {
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                String footer = " · page " + n + " of ";
                List<String> lines = java.util.Arrays.stream(stripper.getText(document).split("\\R"))
                        .filter(l -> !l.isBlank() && !l.contains(footer)).toList();
                assertTrue(lines.size() >= 3, "page " + n + " is nearly empty: " + lines);
                String last = lines.get(lines.size() - 1).strip();
                assertFalse(headings.contains(last), "page " + n + " ends with the heading \"" + last + "\"");
            }
            stripper.setStartPage(document.getNumberOfPages());
            assertTrue(stripper.getText(document).contains("Appendix 7: Questions for scrutiny"),
                    "the last page is in the last appendix");
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            // the contents entries are links to the first page of their appendix
            List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> links = document.getPage(0)
                    .getAnnotations();
            assertEquals(7, links.size());
            for (var annotation : links) {
                var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation;
                var to = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        link.getDestination();
                int target = document.getPages().indexOf(to.getPage());
                String heading = link.getContents().replaceAll("^Go to (.*), page \\d+$", "$1");
                stripper.setStartPage(target + 1);
                stripper.setEndPage(target + 1);
                assertTrue(stripper.getText(document).replaceAll("\\s+", " ").startsWith(heading), heading);
                assertTrue(link.getContents().endsWith("page " + (target + 1)), link.getContents());
            }
            assertEquals(7, countTopBookmarks(document));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                renderer.renderImageWithDPI(i, 20);
            }
        }
    }

    /** No text runs past a page's margins: every glyph of every page lies within them. */
    @Test
    void nothingIsPrintedPastTheMargins() throws Exception {
        Path pdf = dir.resolve("margins.pdf");
        new PdfPackWriter(PackContent.build(sample, PackOptions.defaults(), findings, TODAY), PackOptions.Paper.A4,
                () -> false).write(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> outside = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        float width = p.getPageWidth();
                        float right = p.getXDirAdj() + p.getWidthDirAdj();
                        // the margin is 56 points; half a point for rounding
                        if (p.getXDirAdj() < 55.5f || right > width - 55.5f) {
                            outside.add("page " + getCurrentPageNo() + ": \"" + text + "\" from " + p.getXDirAdj()
                                    + " to " + right + " of " + width);
                            return;
                        }
                    }
                }
            };
            stripper.getText(document);
            assertEquals(List.of(), outside);
        }
    }

    @Test
    void theRegistersHeaderRowIsRepeatedOnEveryPageItRunsOnTo() throws Exception {
        PackOptions options = new PackOptions(java.util.Set.of(2), java.util.Set.of(),
                PackOptions.defaults().columns(), PackOptions.defaults().formats(), PackOptions.Paper.A4, false);
        Path pdf = dir.resolve("register.pdf");
        new PdfPackWriter(PackContent.build(sample, options, findings, TODAY), PackOptions.Paper.A4, () -> false)
                .write(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int registerPages = 0;
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                if (sample.bodies().stream().noneMatch(b -> text.contains(b.name()))) {
                    continue;
                }
                assertTrue(text.contains("Classification") && text.contains("Scrutiny"), "page " + page + " has the header");
                registerPages++;
            }
            assertTrue(registerPages >= 3, "70 rows run over several pages: " + registerPages);
            assertTrue(!text(document).contains("Risk rating"), "the risk rating is confidential unless ticked in");
        }
    }

    @Test
    void thePdfIsTaggedWithHeadingsTablesListsAndFiguresThatCarryTheirAlternativeText() throws Exception {
        PackDocument pack = PackContent.build(sample, PackOptions.defaults(), findings, TODAY);
        Path pdf = dir.resolve("tagged.pdf");
        new PdfPackWriter(pack, PackOptions.Paper.A4, () -> false).write(pdf);
        long figures = pack.appendices().stream().flatMap(a -> a.blocks().stream())
                .filter(b -> b instanceof PackDocument.Figure).count();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            List<String> alts = new java.util.ArrayList<>();
            walk(root.getKids(), counts, alts);
            assertEquals(1, counts.get("Document"));
            assertEquals(8, counts.get("H1"), "the title and the seven appendix headings: " + counts);
            assertEquals(figures, (long) counts.get("Figure"), counts.toString());
            assertEquals(figures, alts.stream().filter(a -> a != null && !a.isBlank()).count(), "every figure has alt text");
            assertTrue(counts.get("TH") > 16 && counts.get("TD") > 500, counts.toString());
            assertTrue(counts.get("LI") >= sample.bodies().size(), "the structure in words is a real list");
            assertTrue(document.getPage(1).getStructParents() >= 0, "pages are in the parent tree");
        }
    }

    private static void walk(List<Object> kids, java.util.Map<String, Integer> counts, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                counts.merge(e.getStructureType(), 1, Integer::sum);
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                walk(e.getKids(), counts, alts);
            }
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        PackDocument pack = PackContent.build(sample, PackOptions.defaults(), findings, TODAY);
        try {
            new PdfPackWriter(pack, PackOptions.Paper.A4, () -> true).write(pdf);
        } catch (java.util.concurrent.CancellationException expected) {
            // as asked
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static int countTopBookmarks(PDDocument document) {
        int n = 0;
        for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
            n++;
        }
        return n;
    }

    /** Writes the sample's pack where a person can look at it: target/pack-look/pack.pdf. */
    public static void main(String[] args) throws Exception {
        AuthorityModel model = SampleAuthority.build(TODAY);
        Path out = Path.of("target/pack-look");
        Files.createDirectories(out);
        new PdfPackWriter(PackContent.build(model, PackOptions.defaults(), HealthCheck.run(model, TODAY), TODAY),
                PackOptions.Paper.valueOf(args.length > 0 ? args[0] : "A4"), () -> false).write(out.resolve("pack.pdf"));
    }
}
