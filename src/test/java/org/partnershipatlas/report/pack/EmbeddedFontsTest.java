package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;

/** The pack's PDFs carry their fonts, as an accessible PDF must: text, tables, footers and diagrams alike. */
class EmbeddedFontsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void everyFontInThePackAndTheDiagramIsEmbedded() throws Exception {
        AuthorityModel sample = SampleAuthority.build(DAY);
        List<Path> files = PackExporter.export(sample, PackOptions.defaults(), HealthCheck.run(sample, DAY), DAY,
                dir, (f, m) -> { }, () -> false);
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
