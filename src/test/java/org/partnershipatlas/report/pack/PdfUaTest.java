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
    }
}
