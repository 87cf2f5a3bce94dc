package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.w3c.dom.NodeList;

/** Every file of a pack, opened with the readers councils use: POI, an XML parser, ImageIO, LibreOffice. */
class PackFilesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    static AuthorityModel sample;
    static List<Path> files;

    @BeforeAll
    static void export() throws Exception {
        sample = SampleAuthority.build(TODAY);
        Action first = sample.actions().iterator().next();
        sample.apply(Edit.of("t", Change.update(first, new Action(first.id(), "=HYPERLINK(\"http://x\")", first.owner(),
                first.ownerId(), first.targetDate(), first.status(), first.source(), first.bodyIds(), null, first.raised()))));
        List<String> steps = new ArrayList<>();
        files = PackExporter.export(sample, PackOptions.defaults(), HealthCheck.run(sample, TODAY), TODAY,
                dir.resolve("pack"), (fraction, message) -> steps.add(message), () -> false);
        assertTrue(steps.contains("Done"), steps.toString());
    }

    private static Path file(String ending) {
        return files.stream().filter(f -> f.getFileName().toString().endsWith(ending)).findFirst().orElseThrow();
    }

    /** The structure's printed parts on the default paper: an SVG and a PNG each, beside eight other files. */
    private static int expectedFiles() {
        int parts = StructureAppendix.parts(sample, sample.bodies().stream().toList(), PackOptions.defaults().paper())
                .size();
        return 8 + 2 * parts;
    }

    @Test
    void theFilesAreNamedForTheAuthorityAndNoPartialFileIsLeft() throws Exception {
        assertTrue(expectedFiles() > 9, "the sample prints in several parts");
        assertEquals(expectedFiles(), files.size());
        for (Path f : files) {
            assertTrue(f.getFileName().toString().startsWith("Northmoor District Council "), f.toString());
            assertTrue(Files.size(f) > 0, f.toString());
        }
        try (var listing = Files.list(dir.resolve("pack"))) {
            assertEquals(expectedFiles(), listing.count(), "nothing but the pack's files");
        }
    }

    @Test
    void theDocxHasRealHeadingsRepeatedTableHeadersAndAltTextOnEveryDiagram() throws Exception {
        try (InputStream in = Files.newInputStream(file("appendices 2026-11-25.docx"));
             XWPFDocument docx = new XWPFDocument(in)) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(7, headings.size(), headings.toString());
            assertEquals("Appendix 1: Review of partnerships: report", headings.get(0));
            assertEquals("Appendix 2: The action plan", headings.get(1), "the plan cabinet approves is Appendix 2");
            assertEquals("Appendix 3: How the partnerships relate", headings.get(2));
            for (XWPFTable table : docx.getTables()) {
                assertTrue(table.getRow(0).isRepeatHeader(), "header row repeats: " + table.getText());
            }
            assertTrue(docx.getAllPictures().size() >= 2);
            String xml = docx.getDocument().xmlText();
            int pictures = xml.split("<wp:docPr ", -1).length - 1;
            int described = xml.split("<wp:docPr [^>]*descr=\"[^\"]+\"", -1).length - 1;
            assertEquals(pictures, described, "every picture has a description");
            // Word draws each diagram from its SVG (sharp at any zoom); the PNG is for older readers
            int vectors = xml.split(":svgBlip ", -1).length - 1;
            assertEquals(pictures, vectors, "every picture carries its SVG");
            long svgs = docx.getAllPictures().stream()
                    .filter(p -> p.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_SVG).count();
            assertEquals(pictures, svgs);
            for (var picture : docx.getAllPictures()) {
                if (picture.getPictureType() == org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_SVG) {
                    String svg = new String(picture.getData(), java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(svg.contains("<text") && svg.contains("Northmoor"), "names are text, not pixels");
                }
            }
            StringBuilder text = new StringBuilder();
            docx.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            docx.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            for (Body body : sample.bodies()) {
                assertTrue(text.toString().contains(body.name()), body.name());
            }
            assertTrue(xml.contains("TOC \\o"), "a contents field");
            assertTrue(docx.getFooterList().get(0)._getHdrFtr().xmlText().contains("PAGE"), "page numbers");
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            int answers = 0;
            for (int i = 1; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).getText().equals("Answer")) {
                    answers++;
                    assertTrue(paragraphs.get(i - 1).getText().matches("\\d+\\. .+"),
                            "a numbered question before each answer area: " + paragraphs.get(i - 1).getText());
                }
            }
            assertTrue(answers > 20, "one answer area a question: " + answers);
            assertTrue(docx.getParagraphs().stream().noneMatch(p -> p.getText().equals(" ")),
                    "no paragraph holding only a space for a screen reader to call blank");
            var footer = docx.getFooterList().get(0).getParagraphs().get(0).getCTP();
            assertEquals(2, footer.sizeOfFldSimpleArray());
            assertTrue(java.util.Arrays.stream(footer.getRArray()).anyMatch(r -> r.sizeOfInstrTextArray() > 0
                    && r.getInstrTextArray(0).getStringValue().contains("STYLEREF \"heading 1\"")),
                    "the footer names the appendix the page is in (Word fills it from the page's Heading 1)");
            for (var field : footer.getFldSimpleArray()) {
                assertEquals(java.math.BigInteger.valueOf(16), field.getRArray(0).getRPr().getSzArray(0).getVal(),
                        field.getInstr() + " in the footer's 8 pt");
            }
        }
    }

    /**
     * The register in Word keeps every word and date whole: each column, less the cell's margins, is
     * wider than its longest word at the size the cells are set in (measured with Arial's widths).
     */
    @Test
    void theDocxRegisterNeverBreaksAWordOrADate() throws Exception {
        try (InputStream in = Files.newInputStream(file("appendices 2026-11-25.docx"));
             XWPFDocument docx = new XWPFDocument(in)) {
            XWPFTable register = docx.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() > 7)
                    .findFirst().orElseThrow();
            java.awt.Font regular;
            java.awt.Font bold;
            try (InputStream r = PackFilesTest.class.getResourceAsStream("fonts/LiberationSans-Regular.ttf");
                 InputStream b = PackFilesTest.class.getResourceAsStream("fonts/LiberationSans-Bold.ttf")) {
                regular = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, r);
                bold = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, b);
            }
            var context = new java.awt.font.FontRenderContext(null, true, true);
            var grid = register.getCTTbl().getTblGrid();
            long margins = 2L * ((java.math.BigInteger) register.getCTTbl().getTblPr().getTblCellMar().getLeft().getW()).longValue();
            int checked = 0;
            for (int row = 0; row < register.getNumberOfRows(); row++) {
                var cells = register.getRow(row).getTableCells();
                for (int c = 0; c < cells.size(); c++) {
                    double room = ((java.math.BigInteger) grid.getGridColArray(c).getW()).longValue() - margins;
                    for (var run : cells.get(c).getParagraphs().get(0).getRuns()) {
                        java.awt.Font font = (row == 0 ? bold : regular).deriveFont((float) run.getFontSizeAsDouble()
                                .doubleValue());
                        for (String word : run.text().split("\\s+")) {
                            double width = font.getStringBounds(word, context).getWidth() * 20;
                            assertTrue(width <= room, "\"" + word + "\" (" + Math.round(width) + " twips) in a column of "
                                    + Math.round(room));
                            checked++;
                        }
                    }
                }
            }
            assertTrue(checked > 500, "words checked: " + checked);
        }
    }

    @Test
    void theSvgIsXmlWithEveryBodysNameAndTheKey() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        StringBuilder all = new StringBuilder();
        int svgs = 0;
        for (Path svg : files.stream().filter(f -> f.getFileName().toString().endsWith(".svg")).toList()) {
            NodeList nodes = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text");
            StringBuilder one = new StringBuilder();
            for (int i = 0; i < nodes.getLength(); i++) {
                one.append(nodes.item(i).getTextContent()).append(' ');
            }
            assertTrue(one.toString().contains("Key"), svg + " has the key");
            assertTrue(one.toString().contains("Part " + (++svgs)), svg + " is titled as its part");
            all.append(one);
        }
        String text = all.toString().replaceAll("\\s+", " ");
        for (Body body : sample.bodies()) {
            assertTrue(text.contains(org.partnershipatlas.layout.MapDiagram.wrap(body.name()).get(0)), body.name());
        }
    }

    @Test
    void theDiagramPdfIsVectorWithSelectableNames() throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file("diagram.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (Body body : sample.bodies()) {
                assertTrue(text.contains(org.partnershipatlas.layout.MapDiagram.wrap(body.name()).get(0)), body.name());
            }
            var page = pdf.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            boolean hasImage = false;
            for (var name : page.getResources().getXObjectNames()) {
                hasImage |= page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertTrue(!hasImage, "the diagram is drawn, not pasted in as a picture");
        }
    }

    @Test
    void thePngSaysItIs300DotsAnInch() throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(file("diagram part 1.png").toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var tree = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_1.0");
            var size = (javax.imageio.metadata.IIOMetadataNode) tree.getElementsByTagName("HorizontalPixelSize").item(0);
            assertEquals(25.4 / 300, Double.parseDouble(size.getAttribute("value")), 0.001);
            assertTrue(reader.getWidth(0) > 2000, "large enough to print: " + reader.getWidth(0));
        }
    }

    @Test
    void theSpreadsheetsHoldEveryRowAndNeutraliseAFormula() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file("register.xlsx")))) {
            assertEquals(sample.bodies().size() + 1, book.getSheetAt(0).getPhysicalNumberOfRows());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file("action plan.xlsx")))) {
            var sheet = book.getSheetAt(0);
            assertEquals(sample.actions().size() + 1, sheet.getPhysicalNumberOfRows());
            boolean neutralised = false;
            for (var row : sheet) {
                neutralised |= row.getCell(0).getStringCellValue().equals("'=HYPERLINK(\"http://x\")");
            }
            assertTrue(neutralised, "the formula is text");
        }
        String csv = Files.readString(file("action plan.csv"));
        assertTrue(csv.contains("'=HYPERLINK"), csv);
    }

    @Test
    void libreOfficeOpensTheDocxAndTheXlsx() throws Exception {
        String soffice = soffice();
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice is not installed here, so the real-reader check is skipped (.ci/run installs it)");
        Path out = Files.createDirectories(dir.resolve("converted"));
        for (Path input : List.of(file("appendices 2026-11-25.docx"), file("register.xlsx"), file("action plan.xlsx"))) {
            Process process = new ProcessBuilder(soffice, "--headless", "--norestore",
                    "-env:UserInstallation=file://" + dir.resolve("lo-profile").toAbsolutePath(), "--convert-to", "pdf",
                    "--outdir", out.toString(), input.toString()).redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(4, TimeUnit.MINUTES), "LibreOffice finished");
            assertEquals(0, process.exitValue(), said);
            String name = input.getFileName().toString().replaceAll("\\.[a-z]+$", ".pdf");
            assertTrue(Files.size(out.resolve(name)) > 1000, "LibreOffice wrote " + name + ": " + said);
        }
    }

    private static String soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
