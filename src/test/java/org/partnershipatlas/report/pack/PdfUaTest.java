package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;

/** The pack's PDFs pass veraPDF's PDF/UA-1 profile with no failed rule. */
class PdfUaTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void theAppendicesAndTheDiagramPassPdfUa() throws Exception {
        AuthorityModel sample = SampleAuthority.build(DAY);
        List<Path> files = PackExporter.export(sample, PackOptions.defaults(), HealthCheck.run(sample, DAY), DAY,
                dir, (f, m) -> { }, () -> false);
        for (Path file : files) {
            if (file.toString().endsWith(".pdf")) {
                Map<String, String> failed = PdfUa.failedRules(file);
                assertEquals(Map.of(), failed, file.getFileName().toString());
            }
        }
        // each part of the diagram PDF is titled by a real heading, not a paragraph or pixels
        Path diagram = files.stream().filter(f -> f.getFileName().toString().endsWith("structure diagram.pdf"))
                .findFirst().orElseThrow();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(diagram.toFile())) {
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
}
