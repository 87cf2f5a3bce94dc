package org.partnershipatlas.report.pack;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF's PDF/UA-1 check of a PDF, for the tests and for {@code atlas bench} when it runs with the
 * test class path (veraPDF is a test library, not shipped): each failed rule with how often it
 * failed and why.
 */
public final class PdfUa {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Failed rules ("7.21.4.1-1") with a count and the first message; empty when the PDF passes. */
    public static Map<String, String> failedRules(Path pdf) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> messages = new TreeMap<>();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    messages.putIfAbsent(rule, assertion.getMessage());
                }
            }
        }
        Map<String, String> failed = new TreeMap<>();
        counts.forEach((rule, n) -> failed.put(rule, n + " x " + messages.get(rule)));
        return failed;
    }
}
