package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.report.pack.PackExporter;
import org.partnershipatlas.report.pack.PackOptions;
import org.partnershipatlas.report.pack.PrintedText;

/**
 * The paper figures in {@code atlas bench}: how small the names print when the whole structure is
 * forced onto one page, and, for the pack of a generated authority, how many diagram pages it takes
 * and the smallest text on them, measured in the PDF as printed.
 */
final class PaperBench {
    private PaperBench() {
    }

    /**
     * {@code sample-a3-min-pt}: the whole structure printed on one landscape page of this paper, as the
     * pack's structure diagram prints it; the smallest text on that page, measured in the PDF. When the
     * structure does not fit one page readably, the size its names would print at on one page instead.
     */
    static void wholeOnOnePage(AuthorityModel model, PackOptions.Paper paper, Path folder, PrintStream out)
            throws IOException {
        PackOptions d = PackOptions.defaults();
        PackOptions options = new PackOptions(java.util.Set.of(1), d.themeIds(), d.columns(),
                java.util.EnumSet.of(PackOptions.Format.PDF), paper, false);
        java.time.LocalDate today = java.time.LocalDate.now();
        Path diagram = PackExporter.export(model, options, org.partnershipatlas.analysis.HealthCheck.run(model, today),
                today, folder, (fraction, message) -> { }, () -> false).stream()
                .filter(p -> p.getFileName().toString().endsWith("structure diagram.pdf")).findFirst().orElseThrow();
        List<PrintedText.Page> pages = PrintedText.measure(diagram);
        String name = "sample-" + paper.name().toLowerCase() + "-min-pt";
        if (pages.size() == 1) {
            out.printf("%s %.1f pt (the whole structure on one page, smallest text \"%s\")%n", name,
                    pages.get(0).smallest(), pages.get(0).smallestText());
        } else {
            out.printf("%s %.1f pt (on one page; the pack prints it on %d pages instead)%n", name,
                    PackExporter.namePointsOnOnePage(model, paper), pages.size());
        }
    }

    static void diagramPages(List<Path> pack, PrintStream out) throws IOException {
        Path diagram = pack.stream().filter(p -> p.getFileName().toString().endsWith("structure diagram.pdf"))
                .findFirst().orElse(null);
        if (diagram == null) {
            out.println("pack-1000-diagram-pages n/a (no diagram PDF)");
            return;
        }
        List<PrintedText.Page> pages = PrintedText.measure(diagram);
        out.printf("pack-1000-diagram-pages %d pages%n", pages.size());
        out.printf("pack-1000-min-pt %.1f pt%n", pages.stream().mapToDouble(PrintedText.Page::smallest).min().orElse(0));
        out.printf("pack-1000-pages-without-key %d%n", pages.stream().filter(p -> !p.hasKey()).count());
    }

    /** The test library that checks PDF/UA-1 (veraPDF), on the class path only when the bench runs with the tests'. */
    static final String PDF_UA_CHECK = "org.partnershipatlas.report.pack.PdfUa";

    /**
     * {@code pdfua-failed-rules}: the PDF/UA-1 rules veraPDF finds failed in the pack's two PDFs. veraPDF
     * is a test library (GPL/MPL, not shipped), so this figure is measured only when the bench runs
     * with the test class path (README, "Speed"); otherwise it says so.
     */
    static void pdfUa(List<Path> pack, PrintStream out) {
        java.lang.reflect.Method check;
        try {
            check = Class.forName(PDF_UA_CHECK).getMethod("failedRules", Path.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            out.println("pdfua-failed-rules n/a (veraPDF is not on the class path; run the bench with the test "
                    + "class path, README \"Speed\")");
            return;
        }
        java.util.Map<String, Object> failed = new java.util.TreeMap<>();
        long start = System.nanoTime();
        try {
            for (Path pdf : pack) {
                if (pdf.getFileName().toString().endsWith(".pdf")) {
                    ((java.util.Map<?, ?>) check.invoke(null, pdf)).forEach((rule, why) -> failed.put(
                            pdf.getFileName() + " " + rule, why));
                }
            }
        } catch (ReflectiveOperationException e) {
            out.println("pdfua-failed-rules n/a (veraPDF could not check the pack: "
                    + org.partnershipatlas.model.Text.failure(e) + ")");
            return;
        }
        out.printf("pdfua-failed-rules %d%s (veraPDF, PDF/UA-1, both PDFs of the 1,000-body pack, %d ms)%n",
                failed.size(), failed.isEmpty() ? "" : " " + failed, (System.nanoTime() - start) / 1_000_000);
    }
}
