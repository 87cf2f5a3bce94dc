package org.partnershipatlas.report.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.ActionPlanExport;
import org.partnershipatlas.report.DiagramSheet;
import org.partnershipatlas.report.RegisterExport;

/**
 * Writes a cabinet appendix pack into a folder: the whole pack as DOCX and PDF, the structure diagram
 * on its own as SVG, PDF and a 300 dpi PNG, and the register and action plan as XLSX and CSV, as
 * chosen. Each file is written beside its name and moved into place, so a cancelled or failed export
 * leaves no half-written file.
 */
public final class PackExporter {
    /** How far an export has got, for a progress bar: 0 to 1 and what is being written. */
    public interface Progress {
        void update(double fraction, String message);
    }

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private PackExporter() {
    }

    public static List<Path> export(AuthorityModel model, PackOptions options, List<Finding> findings, LocalDate today,
                                    Path folder, Progress progress, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(folder);
        String stem = model.authority().name() + " ";
        List<Path> written = new ArrayList<>();
        Set<PackOptions.Format> formats = options.formats();
        int steps = formats.size() + 1;
        int step = 0;
        progress.update(0, "Gathering the appendices");
        PackDocument pack = PackContent.build(model, options, findings, today);
        AuthorityModel laidOut = MapDiagram.laidOut(model);
        java.util.Set<Long> scope = PackContent.scope(laidOut, options.themeIds());
        Diagram whole = MapDiagram.of(laidOut);
        Diagram diagram = options.themeIds().isEmpty() ? whole : MapDiagram.subset(whole, scope);
        String title = "How the partnerships relate";
        String subtitle = model.authority().name() + " · " + PackContent.DATE.format(today);
        for (PackOptions.Format format : PackOptions.Format.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("The export was cancelled");
            }
            progress.update((double) ++step / steps, "Writing the " + format.extension().toUpperCase() + " files");
            switch (format) {
                case DOCX -> written.add(write(folder, stem + "cabinet appendices " + FILE_DATE.format(today) + ".docx",
                        p -> new DocxPackWriter(pack, options.paper(), cancelled).write(p)));
                case PDF -> {
                    written.add(write(folder, stem + "cabinet appendices " + FILE_DATE.format(today) + ".pdf",
                            p -> new PdfPackWriter(pack, options.paper(), cancelled).write(p)));
                    written.add(write(folder, stem + "structure diagram.pdf", p -> new PdfPackWriter(
                            diagramOnly(pack, diagram, title, model, today), options.paper(), cancelled)
                            .withoutTitlePage().write(p)));
                }
                case SVG -> written.add(write(folder, stem + "structure diagram.svg",
                        p -> DiagramFiles.svg(diagram, title, subtitle, p)));
                case PNG -> written.add(write(folder, stem + "structure diagram.png",
                        p -> DiagramFiles.png(diagram, title, subtitle, options.paper(), p)));
                case XLSX -> {
                    written.add(write(folder, stem + "partnership register.xlsx", p -> RegisterExport.xlsx(model,
                            bodies(model, scope), options.printedColumns(), p)));
                    written.add(write(folder, stem + "action plan.xlsx", p -> ActionPlanExport.xlsx(model,
                            ActionPlanExport.ordered(model, PackContent.inScope(options, scope)), p)));
                }
                case CSV -> {
                    written.add(write(folder, stem + "partnership register.csv", p -> RegisterExport.csv(model,
                            bodies(model, scope), options.printedColumns(), p)));
                    written.add(write(folder, stem + "action plan.csv", p -> ActionPlanExport.csv(model,
                            ActionPlanExport.ordered(model, PackContent.inScope(options, scope)), p)));
                }
            }
        }
        progress.update(1, "Done");
        return written;
    }

    private interface Writer {
        void write(Path target) throws IOException;
    }

    private static Path write(Path folder, String name, Writer writer) throws IOException {
        Path target = folder.resolve(name.replaceAll("[\\\\/:*?\"<>|]", "-"));
        writer.write(target);
        return target;
    }

    private static List<Body> bodies(AuthorityModel model, java.util.Set<Long> scope) {
        return model.bodies().stream().filter(b -> scope.contains(b.id()))
                .sorted(java.util.Comparator.comparing((Body b) -> b.layer().ordinal())
                        .thenComparing(Body::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The structure diagram's pages alone: the overview sheet and its readable parts. */
    private static PackDocument diagramOnly(PackDocument pack, Diagram diagram, String title, AuthorityModel model,
                                            LocalDate today) {
        List<PackDocument.Block> figures = new ArrayList<>();
        for (PackDocument.Appendix appendix : pack.appendices()) {
            appendix.blocks().stream().filter(b -> b instanceof PackDocument.Figure f && f.fullPage())
                    .forEach(figures::add);
        }
        if (figures.isEmpty()) {
            Rect sheet = DiagramSheet.area(diagram);
            figures.add(new PackDocument.Figure(diagram, sheet, "Diagram of the partnership structure of "
                    + model.authority().name(), title, true, true));
        }
        return new PackDocument(title, model.authority().name(), today,
                List.of(new PackDocument.Appendix(1, title, figures)));
    }
}
