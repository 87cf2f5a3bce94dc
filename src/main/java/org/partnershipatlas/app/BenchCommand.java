package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.time.LocalDate;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * {@code atlas bench}: the speed figures the README reports, measured on a generated authority of
 * 10,000 bodies, 3,000 organisations and about 40,000 seats and lines, in a temporary folder.
 * Each figure is one line "NAME VALUE UNIT".
 */
final class BenchCommand implements Command {
    static final int BODIES = 10_000;
    static final int ORGANISATIONS = 3_000;
    static final int SEATS = 29_000;
    private static final int REOPENS = 5;
    private static final int EDITS = 300;

    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        boolean storeOnly = args.length == 1 && args[0].equals("--store");
        if (args.length > 0 && !storeOnly) {
            throw new CommandException("takes no arguments but --store");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("atlas-bench");
            AuthorityModel generated = GeneratedAuthority.build(BODIES, ORGANISATIONS, SEATS, 42L);
            Path file = folder.resolve("bench.atlas.mv.db");
            long createStart = System.nanoTime();
            AuthorityStore.create(file, generated, Version.current()).close();
            out.printf("create-%d-ms %d ms%n", BODIES, millis(createStart));
            out.printf("rows-%d %d rows%n", BODIES, generated.entities().size());

            // the review figures start from the 10,000-body file as made, before the edits below
            Path reviewed = Files.copy(file, folder.resolve("as-made.atlas.mv.db"));
            long[] reopen = new long[REOPENS];
            for (int i = 0; i < REOPENS; i++) {
                long start = System.nanoTime();
                try (AuthorityStore store = AuthorityStore.open(file, Version.current())) {
                    store.load();
                }
                reopen[i] = System.nanoTime() - start;
            }
            out.printf("reopen-%d-ms %d ms%n", BODIES, median(reopen) / 1_000_000);

            try (AuthorityStore store = AuthorityStore.open(file, Version.current())) {
                AuthorityModel model = store.load();
                long[] checks = new long[3];
                int findings = 0;
                for (int i = 0; i < checks.length; i++) {
                    long start = System.nanoTime();
                    findings = HealthCheck.run(model, LocalDate.now()).size();
                    checks[i] = System.nanoTime() - start;
                }
                out.printf("check-%d-ms %d ms%n", BODIES, median(checks) / 1_000_000);
                out.printf("check-%d-findings %d findings%n", BODIES, findings);
                org.partnershipatlas.document.EditPath path = ReviewBench.path(model, store);
                List<Body> bodies = new ArrayList<>(model.bodies());
                long[] edits = new long[EDITS];
                for (int i = 0; i < EDITS; i++) {
                    Body body = bodies.get(i * 31 % bodies.size());
                    Body current = model.body(body.id());
                    Body changed = current.with(BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(1000 + i));
                    long start = System.nanoTime();
                    // the window's path: the edit with its lines of history, in one transaction
                    path.perform(Edit.of("Change council contribution", Change.update(current, changed)),
                            org.partnershipatlas.model.How.EDIT, null);
                    edits[i] = System.nanoTime() - start;
                }
                out.printf("edit-median-ms %.2f ms%n", median(edits) / 1_000_000.0);
                List<Change> added = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    added.add(Change.create(Body.create(model.newId(), "Bench group " + i,
                            org.partnershipatlas.model.BodyKind.TASK_GROUP, org.partnershipatlas.model.Layer.OPERATIONAL)));
                }
                Edit bulk = new Edit("Import", added);
                model.apply(bulk);
                long bulkStart = System.nanoTime();
                store.write(bulk);
                out.printf("bulk-edit-2000-ms %d ms%n", millis(bulkStart));
            }
            try (AuthorityStore store = AuthorityStore.open(Files.copy(reviewed, folder.resolve("review.atlas.mv.db")),
                    Version.current())) {
                ReviewBench.measure(store, ReviewBench.path(store.load(), store), out);
            }
            ImportBench.measure(generated, folder, out);
            if (storeOnly) {
                return 0;
            }
            DiagramBench.truth("sample", MapDiagram.of(MapDiagram.laidOut(SampleAuthority.build(LocalDate.now()))), out);
            PaperBench.wholeOnOnePage(SampleAuthority.build(LocalDate.now()),
                    org.partnershipatlas.report.pack.PackOptions.Paper.A3, folder.resolve("sample-a3"), out);
            for (int size : new int[] {1_000, BODIES}) {
                AuthorityModel structure = size == BODIES ? generated
                        : GeneratedAuthority.build(size, ORGANISATIONS, SEATS * size / BODIES, 42L);
                MapBench.measure(size, structure, folder, out);
            }
            MapBench.stopFx();
            AuthorityModel thousand = GeneratedAuthority.build(1_000, ORGANISATIONS / 10, SEATS / 10, 42L);
            List<Path> pack = List.of();
            for (String run : new String[] {"pack-1000-cold-ms", "pack-1000-ms"}) {
                long packStart = System.nanoTime();
                pack = org.partnershipatlas.report.pack.PackExporter.export(thousand,
                        org.partnershipatlas.report.pack.PackOptions.defaults(),
                        HealthCheck.run(thousand, LocalDate.now()), LocalDate.now(), folder.resolve("pack"),
                        (fraction, message) -> { }, () -> false);
                out.printf("%s %d ms%n", run, millis(packStart));
            }
            long bytes = 0;
            for (Path written : pack) {
                bytes += Files.size(written);
            }
            out.printf("pack-1000-files %d files, %d MB%n", pack.size(), bytes / (1024 * 1024));
            PaperBench.diagramPages(pack, out);
            PaperBench.pdfUa(pack, out);
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            out.printf("heap-used-mb %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
            return 0;
        } catch (AuthorityFileException | IOException e) {
            throw new CommandException(e.getMessage());
        } finally {
            deleteTree(folder);
        }
    }

    @Override
    public String help() {
        return """
                atlas bench [--store]
                  Creates a generated authority of 10,000 bodies, 3,000 organisations and about 40,000
                  seats and lines in a temporary folder, then prints one figure a line as NAME VALUE UNIT:
                  create-10000-ms, reopen-10000-ms (median of 5 reopenings into the model),
                  check-10000-ms (the whole health check, median of 3), edit-median-ms (median of 300
                  committed edits with their lines of history, each synced to the disk);
                  review-record-10000-ms, diff-10000-ms (a review compared with the file after 500
                  bodies changed) and history-100000-ms (one body's first page of history among
                  100,000 entries); bulk-edit-2000-ms (2,000 new bodies as one
                  edit into the 10,000-body file, written all-or-nothing through a copy);
                  import-10000-ms (the generated authority written as a register
                  workbook with a members sheet, then imported into a new file); for 1,000 and 10,000 bodies: layout-N-ms (the layered map layout),
                  dot-N-ms and layout-vs-dot-N (Graphviz dot on the same hierarchy, and how many times
                  faster ours is), open-to-map-N-ms (opening the laid-out file to the map drawn in a
                  window) and frame-N-ms, frame-N-p95-ms (one frame while panning and zooming); and
                  pack-1000-cold-ms and pack-1000-ms (every file of the cabinet appendix pack of a
                  1,000-body authority, the first time in the JVM and again), its
                  diagram pages, pdfua-failed-rules (veraPDF's PDF/UA-1 check of its PDFs,
                  with the test class path only) and heap-used-mb. --store prints only the file and import figures. The window figures need a display: on a machine without a screen,
                  run xvfb-run -a atlas bench.""";
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
