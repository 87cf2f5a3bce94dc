package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.EditTable;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.store.AuthorityFiles;
import org.partnershipatlas.store.AuthorityStore;

/**
 * "Saved when made", tested the hard way: a separate Java process applies edits or imports a large
 * register, and is killed with SIGKILL at random moments. Reopened, the file holds every edit the
 * process had reported as saved, nothing half-done, and an import wholly or not at all.
 */
class CrashTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyEditReportedAsSavedSurvivesAKill() throws Exception {
        AuthorityModel original = SampleAuthority.build(DAY);
        Path base = dir.resolve("Base.atlas.mv.db");
        AuthorityStore.create(base, original, "test").close();
        Path table = dir.resolve("edits.csv");
        String csv = editTable(original, 3000);
        Files.writeString(table, csv, StandardCharsets.UTF_8);
        List<EditTable.Row> rows = EditTable.read(new StringReader(csv));
        Random random = new Random(11);
        int kills = 0;
        for (int trial = 0; trial < 20; trial++) {
            Path file = dir.resolve("Crash" + trial + ".atlas.mv.db");
            Files.copy(base, file);
            // the child's output goes to a file: reading its pipe while it is killed can lose the last lines
            Path log = dir.resolve("apply" + trial + ".log");
            Process child = child(log, "apply", file.toString(), table.toString());
            int killAfter = 1 + random.nextInt(600);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (savedLines(log).size() < killAfter && child.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (random.nextBoolean()) {
                child.waitFor(random.nextInt(15), TimeUnit.MILLISECONDS);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            kills++;
            List<Long> saved = savedLines(log);
            assertFalse(saved.isEmpty(), "the child saved nothing");
            long reported = saved.get(saved.size() - 1);
            List<Entity> found;
            long recorded;
            try (AuthorityStore store = AuthorityStore.open(file, "test")) {
                found = store.load().entities();
                recorded = store.history(org.partnershipatlas.store.HistoryFilter.ALL, 0, Integer.MAX_VALUE).stream()
                        .map(org.partnershipatlas.model.AuditEntry::source).filter(java.util.Objects::nonNull)
                        .mapToLong(source -> Long.parseLong(source.replaceAll(".* row (\\d+) of .*", "$1")))
                        .max().orElse(0);
            }
            // every change has its record and every record its change: the file is at the state of the
            // last row its history names
            assertEquals(found, replay(original, rows, recorded), "trial " + trial + ": the history's last row is "
                    + recorded);
            // the row being written when the kill came may have reached the disk just before it
            boolean asReported = found.equals(replay(original, rows, reported));
            boolean oneMore = found.equals(replay(original, rows, reported + 1));
            if (!asReported && !oneMore) {
                List<Entity> expected = replay(original, rows, reported);
                List<Entity> extra = new ArrayList<>(found);
                extra.removeAll(expected);
                List<Entity> missing = new ArrayList<>(expected);
                missing.removeAll(found);
                int ahead = -1;
                for (int k = 2; k < 6; k++) {
                    if (found.equals(replay(original, rows, reported + k))) {
                        ahead = k;
                    }
                }
                org.junit.jupiter.api.Assertions.fail("trial " + trial + " (file is " + ahead + " rows ahead): after saved " + reported
                        + " the file holds neither that state nor the next; in the file only: "
                        + extra.subList(0, Math.min(3, extra.size())) + "; expected only: "
                        + missing.subList(0, Math.min(3, missing.size())));
            }
            assertFalse(Files.exists(AuthorityFiles.hiddenSibling(file, "importing")));
        }
        assertEquals(20, kills);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aKilledImportIntoAnExistingFileLeavesAllOfItOrNone() throws Exception {
        AuthorityModel original = SampleAuthority.build(DAY);
        Path base = dir.resolve("Base.atlas.mv.db");
        AuthorityStore.create(base, original, "test").close();
        Path register = dir.resolve("register.csv");
        StringBuilder csv = new StringBuilder("Name of partnership,Reports to,Lead officer\n");
        for (int i = 0; i < 8000; i++) {
            csv.append("Locality group ").append(i).append(',')
                    .append(i < 50 ? "Northmoor Together Board" : "Locality group " + (i % 50)).append(",\n");
        }
        Files.writeString(register, csv, StandardCharsets.UTF_8);
        Path whole = dir.resolve("Whole.atlas.mv.db");
        Files.copy(base, whole);
        long started = System.nanoTime();
        Process complete = child("import", register.toString(), "--into", whole.toString());
        assertEquals(0, complete.waitFor(), new String(complete.getInputStream().readAllBytes()));
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        List<Entity> before = loaded(base);
        List<Entity> after = loaded(whole);
        assertEquals(original.bodies().size() + 8000, after.stream().filter(Body.class::isInstance).count());
        Random random = new Random(12);
        int none = 0;
        int all = 0;
        for (int trial = 0; trial < 10; trial++) {
            Path file = dir.resolve("Killed" + trial + ".atlas.mv.db");
            Files.copy(base, file);
            Process child = child("import", register.toString(), "--into", file.toString());
            child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            child.waitFor(fullMillis / 3 + random.nextInt((int) fullMillis), TimeUnit.MILLISECONDS);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            List<Entity> found = loaded(file);
            if (found.equals(before)) {
                none++;
            } else {
                assertEquals(after, found, "trial " + trial + ": the file holds part of the import");
                all++;
            }
        }
        assertEquals(10, none + all);
    }

    private static List<Entity> loaded(Path file) throws Exception {
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            return store.load().entities();
        }
    }

    /** The authority after rows 2..lastRow of the table (row 1 is the header). */
    private static List<Entity> replay(AuthorityModel original, List<EditTable.Row> rows, long lastRow) {
        AuthorityModel model = original.copy();
        // the same path as the command line, which places a new body on the map in the edit that adds it
        org.partnershipatlas.document.EditPath path = new org.partnershipatlas.document.EditPath(model, null,
                () -> "test", java.time.Clock.systemDefaultZone());
        for (EditTable.Row row : rows) {
            if (row.number() > lastRow) {
                break;
            }
            path.apply(EditTable.edit(model, row, java.time.LocalDate.of(2026, 11, 25)),
                    org.partnershipatlas.model.How.EDIT, null);
        }
        return model.entities();
    }

    /** Renames, new bodies with lines to them, and deletions of those bodies with their lines. */
    private static String editTable(AuthorityModel model, int count) {
        List<String> names = model.bodies().stream().map(Body::name).sorted().toList();
        StringBuilder csv = new StringBuilder("action,body,field,value\n");
        List<String> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String target = names.get(i % names.size());
            switch (i % 7) {
                case 3 -> {
                    String name = "Crash test group " + i;
                    csv.append("add body,").append(name).append(",Task group,Operational\n");
                    added.add(name);
                }
                case 4 -> csv.append("add line,").append(added.get(added.size() - 1)).append(",Reports to,\"")
                        .append(target).append("\"\n");
                case 6 -> csv.append("remove body,").append(added.remove(added.size() - 1)).append(",,\n");
                default -> csv.append("set,\"").append(target).append("\",Short name,K").append(i).append('\n');
            }
        }
        return csv.toString();
    }

    private static Process child(Path log, String... args) throws Exception {
        return builder(args).redirectOutput(log.toFile()).start();
    }

    private static Process child(String... args) throws Exception {
        return builder(args).start();
    }

    private static ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The rows the child has reported as saved: whole "saved N" lines of its output. */
    private static List<Long> savedLines(Path log) throws java.io.IOException {
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        List<Long> rows = new ArrayList<>();
        int end = text.lastIndexOf('\n');
        for (String line : text.substring(0, end + 1).split("\n")) {
            if (line.startsWith("saved ")) {
                rows.add(Long.parseLong(line.substring(6).trim()));
            }
        }
        return rows;
    }
}
