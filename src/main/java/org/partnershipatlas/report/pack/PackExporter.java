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
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.OnePageChart;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.ActionPlanExport;
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
        return export(model, options, findings, today, null, folder, progress, cancelled);
    }

    /** The pack, its review report comparing with {@code since} (null: no review recorded yet). */
    public static List<Path> export(AuthorityModel model, PackOptions options, List<Finding> findings, LocalDate today,
                                    ReviewBaseline since, Path folder, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Files.createDirectories(folder);
        String stem = model.authority().name() + " ";
        Set<PackOptions.Format> formats = options.formats();
        progress.update(0, "Laying out the map");
        AuthorityModel laidOut = MapDiagram.laidOut(model);
        progress.update(0.05, "Gathering the appendices");
        PackDocument pack = PackContent.build(laidOut, options, findings, today, since);
        java.util.Set<Long> scope = PackContent.scope(laidOut, options.themeIds());
        List<Body> inScope = RegisterExport.ordered(laidOut, b -> scope.contains(b.id()));
        List<PackDocument.Figure> sheets = sheets(pack, laidOut, inScope, options.paper());
        String title = StructureAppendix.TITLE;
        String subtitle = model.authority().name() + " · " + PackContent.DATE.format(today);
        java.util.Map<String, Writer> jobs = new java.util.LinkedHashMap<>();
        FigureSvgs svgs = new FigureSvgs(subtitle);
        String appendices = stem + "cabinet appendices " + FILE_DATE.format(today);
        if (formats.contains(PackOptions.Format.DOCX)) {
            jobs.put(appendices + ".docx", p -> new DocxPackWriter(pack, options.paper(), cancelled, svgs).write(p));
            List<Integer> order = List.copyOf(options.appendices());
            jobs.put(stem + "cabinet report " + FILE_DATE.format(today) + ".docx", p -> CoveringReport.write(laidOut,
                    findings, order, today, p));
        }
        if (formats.contains(PackOptions.Format.PDF)) {
            jobs.put(appendices + ".pdf", p -> new PdfPackWriter(pack, options.paper(), cancelled).write(p));
            jobs.put(stem + "structure diagram.pdf", p -> new PdfPackWriter(diagramOnly(sheets, title, model, today),
                    options.paper(), cancelled).withoutTitlePage().write(p));
        }
        // a picture a part, as the pages: "structure diagram.svg" when the structure prints on one page
        for (int i = 0; i < sheets.size(); i++) {
            PackDocument.Figure sheet = sheets.get(i);
            String name = stem + "structure diagram" + (sheets.size() == 1 ? "" : " part " + (i + 1));
            if (formats.contains(PackOptions.Format.SVG)) {
                jobs.put(name + ".svg", p -> DiagramFiles.svg(sheet, svgs, p));
            }
            if (formats.contains(PackOptions.Format.PNG)) {
                jobs.put(name + ".png", p -> DiagramFiles.png(sheet, subtitle, options.paper(), p));
            }
        }
        List<Body> registered = inScope;
        List<org.partnershipatlas.model.Action> actions = ActionPlanExport.ordered(laidOut,
                PackContent.inScope(options, scope));
        if (formats.contains(PackOptions.Format.XLSX)) {
            jobs.put(stem + "partnership register.xlsx", p -> RegisterExport.xlsx(laidOut, registered,
                    options.printedColumns(), p));
            jobs.put(stem + "action plan.xlsx", p -> ActionPlanExport.xlsx(laidOut, actions, p));
        }
        if (formats.contains(PackOptions.Format.CSV)) {
            jobs.put(stem + "partnership register.csv", p -> RegisterExport.csv(laidOut, registered,
                    options.printedColumns(), p));
            jobs.put(stem + "action plan.csv", p -> ActionPlanExport.csv(laidOut, actions, p));
        }
        List<Path> written = run(folder, jobs, progress, cancelled);
        progress.update(1, "Done");
        return written;
    }

    /**
     * Writes the files two at a time (the DOCX and the PDF are the long ones, and this machine kind has
     * two cores). If one fails or the export is cancelled, the files this run wrote are removed.
     */
    private static List<Path> run(Path folder, java.util.Map<String, Writer> jobs, Progress progress,
                                  BooleanSupplier cancelled) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(2, Math.max(1, jobs.size())), job -> {
                    Thread thread = new Thread(job, "atlas-pack");
                    thread.setDaemon(true);
                    return thread;
                });
        List<Path> done = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<java.util.concurrent.Future<Path>> futures = new ArrayList<>();
            jobs.forEach((name, writer) -> futures.add(pool.submit(() -> {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("The export was cancelled");
                }
                Path target = write(folder, name, writer);
                done.add(target);
                progress.update(0.1 + 0.9 * done.size() / jobs.size(), "Wrote " + target.getFileName());
                return target;
            })));
            List<Path> written = new ArrayList<>();
            for (java.util.concurrent.Future<Path> future : futures) {
                written.add(future.get());
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            removeAll(done);
            throw new java.util.concurrent.CancellationException("The export was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            pool.shutdownNow();
            removeAll(done);
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void removeAll(List<Path> files) {
        synchronized (files) {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the user can delete it; the export has already failed
                }
            }
        }
    }

    private interface Writer {
        void write(Path target) throws IOException;
    }

    private static Path write(Path folder, String name, Writer writer) throws IOException {
        Path target = folder.resolve(name.replaceAll("[\\\\/:*?\"<>|]", "-"));
        writer.write(target);
        return target;
    }

    /**
     * The size in points at which the smallest name prints when the whole structure, with its key, is
     * arranged for one landscape page of this paper ({@code OnePageChart}): for the benchmark.
     */
    public static double namePointsOnOnePage(AuthorityModel model, PackOptions.Paper paper) {
        Set<Long> scope = new java.util.LinkedHashSet<>();
        model.bodies().forEach(b -> scope.add(b.id()));
        OnePageChart.Arrangement one = StructureAppendix.onePage(model, scope, paper);
        return one == null ? 0 : StructureAppendix.namePoints(one);
    }

    /**
     * The structure's printed parts as the pack's first appendix already has them, so they are planned
     * once; planned here only when that appendix was left out.
     */
    private static List<PackDocument.Figure> sheets(PackDocument pack, AuthorityModel model, List<Body> bodies,
                                                    PackOptions.Paper paper) {
        List<PackDocument.Figure> sheets = new ArrayList<>();
        for (PackDocument.Appendix appendix : pack.appendices()) {
            appendix.blocks().stream().filter(b -> b instanceof PackDocument.Figure f && f.fullPage() && f.sheet())
                    .forEach(b -> sheets.add((PackDocument.Figure) b));
        }
        return sheets.isEmpty() ? StructureAppendix.figures(model, StructureAppendix.parts(model, bodies, paper))
                : sheets;
    }

    /** The structure diagram's pages alone: the overview sheet and its readable parts, as the appendix has them. */
    private static PackDocument diagramOnly(List<PackDocument.Figure> sheets, String title, AuthorityModel model,
                                            LocalDate today) {
        return new PackDocument(title, model.authority().name(), today,
                List.of(new PackDocument.Appendix(1, title, List.copyOf(sheets))));
    }
}
