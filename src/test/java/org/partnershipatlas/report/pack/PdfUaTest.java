package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;

/**
 * The pack's PDFs are accessible: they pass veraPDF's PDF/UA-1 profile with no failed rule and carry
 * their fonts. The sample's PDFs are written once for both checks.
 */
class PdfUaTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    static Path dir;
    static List<Path> files;

    @BeforeAll
    static void export() throws Exception {
        AuthorityModel sample = SampleAuthority.build(DAY);
        PackOptions all = PackOptions.defaults();
        PackOptions pdfs = new PackOptions(all.appendices(), all.themeIds(), all.columns(),
                java.util.EnumSet.of(PackOptions.Format.PDF), all.paper(), all.confidential());
        files = PackExporter.export(sample, pdfs, HealthCheck.run(sample, DAY), DAY, dir, (f, m) -> { }, () -> false);
    }

    @Test
    void theAppendicesAndTheDiagramPassPdfUa() throws Exception {
        for (Path file : files) {
            if (file.toString().endsWith(".pdf")) {
                Map<String, String> failed = PdfUa.failedRules(file);
                assertEquals(Map.of(), failed, file.getFileName().toString());
            }
        }
        // each part of the diagram PDF is titled by a real heading, not a paragraph or pixels
        Path diagram = files.stream().filter(f -> f.getFileName().toString().endsWith("structure diagram.pdf"))
                .findFirst().orElseThrow();
        try (var pdf = Loader.loadPDF(diagram.toFile())) {
            List<String> headings = new java.util.ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), "H1", headings);
            assertEquals(pdf.getNumberOfPages(), headings.size(), "a heading a part");
        }
    }

    private static void collect(List<Object> kids, String type, List<String> found) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (type.equals(e.getStructureType())) {
                    found.add(e.getStructureType());
                }
                collect(e.getKids(), type, found);
            }
        }
    }

    @Test
    void everyFontInThePackAndTheDiagramIsEmbedded() throws Exception {
        int pdfs = 0;
        for (Path file : files) {
            if (!file.toString().endsWith(".pdf")) {
                continue;
            }
            pdfs++;
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                Set<String> seen = new TreeSet<>();
                List<String> bare = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    fonts(page.getResources(), seen, bare, 0);
                }
                assertTrue(seen.size() >= 1, file.getFileName() + " has text");
                assertEquals(List.of(), bare, file.getFileName() + ": fonts not embedded");
                assertTrue(seen.stream().allMatch(n -> n.contains("LiberationSans")), seen.toString());
            }
        }
        assertEquals(2, pdfs, "the appendices and the diagram");
    }

    private static void fonts(PDResources resources, Set<String> seen, List<String> bare, int depth) throws Exception {
        if (resources == null || depth > 4) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            seen.add(font.getName());
            if (!font.isEmbedded()) {
                bare.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), seen, bare, depth + 1);
            }
        }
    }
}
