package org.partnershipatlas.ui.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.report.pack.PackOptions;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.map.HeldTaskRunner;
import org.partnershipatlas.ui.settings.SettingsFile;
import org.partnershipatlas.ui.task.TaskRunner;

class PackViewModelTest {
    @TempDir
    Path dir;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<Path> opened = new ArrayList<>();

    private MainViewModel open(TaskRunner runner, String name) throws Exception {
        Path file = dir.resolve(name);
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "t").close();
        MainViewModel main = new MainViewModel(runner, dialogs, new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK,
                "t");
        main.openFile(file);
        return main;
    }

    @Test
    void everythingIsChosenAtFirstAndTheFolderIsBesideTheFile() throws Exception {
        PackViewModel pack = pack(open(new SameThreadTaskRunner(), "Northmoor.atlas.mv.db"), opened::add);
        pack.prepare();
        assertEquals(PackOptions.ALL_APPENDICES, pack.options().appendices());
        assertEquals(Set.of(PackOptions.Format.values()), pack.options().formats());
        assertFalse(pack.options().confidential());
        assertEquals(dir.resolve("Northmoor District Council cabinet appendices"), pack.folderProperty().get());
        assertEquals("", pack.problemProperty().get());
    }

    @Test
    void theDialogSaysHowManyFindingsHaveNoActionUntilTheyAreAdopted() throws Exception {
        MainViewModel main = open(new SameThreadTaskRunner(), "Plan.atlas.mv.db");
        PackViewModel pack = pack(main, opened::add);
        pack.prepare();
        String before = pack.unplannedProperty().get();
        assertTrue(before.matches("\\d+ findings have no action on the plan yet: .*"), before);
        org.partnershipatlas.ui.health.HealthCheckViewModel health =
                new org.partnershipatlas.ui.health.HealthCheckViewModel(main);
        health.adoptAllSuggestions();
        pack.prepare();
        assertEquals("Every finding of the health check has an action on the plan.", pack.unplannedProperty().get());
    }

    @Test
    void nothingToExportIsRefusedWithAReason() throws Exception {
        PackViewModel pack = pack(open(new SameThreadTaskRunner(), "N.atlas.mv.db"), opened::add);
        pack.prepare();
        for (int n = 1; n <= 7; n++) {
            pack.appendix(n).set(false);
        }
        assertEquals("Choose at least one appendix.", pack.check());
        assertFalse(pack.export());
        pack.appendix(2).set(true);
        for (PackOptions.Format format : PackOptions.Format.values()) {
            pack.format(format).set(false);
        }
        assertEquals("Choose at least one kind of file.", pack.check());
        pack.format(PackOptions.Format.CSV).set(true);
        pack.folderProperty().set(null);
        assertEquals("Choose a folder for the files.", pack.check());
    }

    @Test
    void exportingWritesTheFilesOpensTheFolderAndRemembersTheChoicesForThisAuthority() throws Exception {
        MainViewModel main = open(new SameThreadTaskRunner(), "Remembered.atlas.mv.db");
        PackViewModel pack = pack(main, opened::add);
        pack.prepare();
        pack.appendix(1).set(false);
        pack.appendix(6).set(false);
        for (PackOptions.Format format : PackOptions.Format.values()) {
            pack.format(format).set(format == PackOptions.Format.PDF || format == PackOptions.Format.CSV);
        }
        pack.paperProperty().set(PackOptions.Paper.A3);
        pack.chosenThemes().setAll(pack.themes().get(0));
        Path folder = dir.resolve("out");
        pack.folderProperty().set(folder);
        assertTrue(pack.export());
        assertEquals(List.of(folder), opened);
        try (var files = Files.list(folder)) {
            assertEquals(4, files.count(), "the pack and diagram PDFs, the register and action plan CSVs");
        }
        assertFalse(pack.exportingProperty().get());

        PackViewModel again = pack(main, opened::add);
        again.prepare();
        assertFalse(again.appendix(1).get());
        assertTrue(again.appendix(2).get());
        assertEquals(Set.of(PackOptions.Format.PDF, PackOptions.Format.CSV), again.options().formats());
        assertEquals(PackOptions.Paper.A3, again.paperProperty().get());
        assertEquals(List.of(pack.themes().get(0)), List.copyOf(again.chosenThemes()));
        assertEquals(folder, again.folderProperty().get());
    }

    @Test
    void aCancelledExportWritesNothingAndSaysNothing() throws Exception {
        HeldTaskRunner held = new HeldTaskRunner();
        MainViewModel main = open(held, "Cancelled.atlas.mv.db");
        held.runAll();
        PackViewModel pack = pack(main, opened::add);
        pack.prepare();
        Path folder = dir.resolve("cancelled");
        pack.folderProperty().set(folder);
        assertTrue(pack.export());
        assertTrue(pack.exportingProperty().get());
        pack.cancel();
        held.runAll();
        assertFalse(pack.exportingProperty().get());
        assertEquals(List.of(), opened);
        assertEquals(List.of(), dialogs.errors);
        try (var files = Files.list(folder)) {
            assertEquals(0, files.filter(f -> !f.getFileName().toString().startsWith(".")).count());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAMessage() throws Exception {
        MainViewModel main = open(new SameThreadTaskRunner(), "Blocked.atlas.mv.db");
        PackViewModel pack = pack(main, opened::add);
        pack.prepare();
        Path blocker = Files.writeString(dir.resolve("a file"), "not a folder");
        pack.folderProperty().set(blocker.resolve("pack"));
        pack.export();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot export the cabinet appendices"), dialogs.errors.toString());
        assertEquals(List.of(), opened);
    }

    @Test
    void theOrderChosenNumbersTheAppendicesAndIsRememberedWithTheMeetingKeptInTheFile() throws Exception {
        MainViewModel main = open(new SameThreadTaskRunner(), "Ordered.atlas.mv.db");
        PackViewModel pack = pack(main, opened::add);
        pack.prepare();
        assertEquals("Appendix 1: The review report", pack.appendixLabel(7));
        assertEquals("Appendix 2: The action plan", pack.appendixLabel(3));
        assertFalse(pack.move(7, true), "the first cannot go earlier");
        assertTrue(pack.move(1, true));
        assertTrue(pack.move(1, true));
        assertEquals(List.of(1, 7, 3, 2, 4, 5, 6), List.copyOf(pack.order()));
        assertEquals("Appendix 3: The action plan", pack.appendixLabel(3));
        pack.appendix(7).set(false);
        assertEquals("Appendix 2: The action plan", pack.appendixLabel(3), "a left-out appendix takes no number");
        assertEquals("Not included: The review report", pack.appendixLabel(7));
        assertEquals(List.of(1, 3, 2, 4, 5, 6), List.copyOf(pack.options().appendices()));
        pack.committeeProperty().set("Cabinet");
        pack.meetingDateProperty().set(LocalDate.of(2027, 3, 22));
        pack.referenceProperty().set("CAB3012");
        pack.contactOfficerProperty().set("Jen Anderson (Head of Policy)");
        for (PackOptions.Format format : PackOptions.Format.values()) {
            pack.format(format).set(format == PackOptions.Format.CSV);
        }
        pack.folderProperty().set(dir.resolve("ordered"));
        assertTrue(pack.export());
        assertEquals(LocalDate.of(2027, 3, 22), main.sessionProperty().get().model().cabinetPapers().meetingDate());
        main.undo();
        assertEquals(null, main.sessionProperty().get().model().cabinetPapers().meetingDate(),
                "keeping the meeting is one undoable step");
        main.redo();

        Path file = main.sessionProperty().get().file();
        main.close();
        try (AuthorityStore store = AuthorityStore.openReadOnly(file, "t")) {
            var papers = store.load().cabinetPapers();
            assertEquals("CAB3012", papers.reference());
            assertEquals("Jen Anderson (Head of Policy)", papers.contactOfficer());
        }
        main.openFile(file);
        PackViewModel again = pack(main, opened::add);
        again.prepare();
        assertEquals(List.of(1, 7, 3, 2, 4, 5, 6), List.copyOf(again.order()));
        assertFalse(again.appendix(7).get());
        assertEquals(LocalDate.of(2027, 3, 22), again.meetingDateProperty().get());
        assertEquals("CAB3012", again.referenceProperty().get());
    }

    /** The pack's view model with the scripted dialogs and the test's settings. */
    private PackViewModel pack(MainViewModel main, java.util.function.Consumer<Path> openFolder) {
        return new PackViewModel(main, dialogs, dialogs, main, openFolder);
    }
}
