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

    /** Points at which a name prints when the whole map and its key are fitted to one landscape page. */
    static double wholeOnOnePage(AuthorityModel model, PackOptions.Paper paper) {
        return PackExporter.namePointsOnOnePage(model, paper);
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
}
