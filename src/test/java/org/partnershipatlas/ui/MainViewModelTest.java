package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.TestAuthorities;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.settings.SettingsFile;

class MainViewModelTest {
    static final Clock CLOCK = TestClock.CLOCK;

    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel viewModel;

    @BeforeEach
    void start() {
        viewModel = newViewModel();
    }

    private MainViewModel newViewModel() {
        return new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("settings.json")),
                CLOCK, "test");
    }

    @Test
    void theSampleOpensAsAMarkedSampleWithItsCounts() {
        viewModel.openSample();
        assertNotNull(viewModel.sessionProperty().get());
        assertTrue(viewModel.sessionProperty().get().isSample());
        assertTrue(viewModel.title().get().startsWith("Northmoor District Council – sample"), viewModel.title().get());
        assertTrue(viewModel.counts().get().startsWith("70 bodies"), viewModel.counts().get());
        assertTrue(viewModel.recentFiles().isEmpty(), "the temporary sample is not a recent file");
    }

    @Test
    void newCreatesAFileWithStartingThemesAndPutsItInTheTitleAndRecentFiles() {
        dialogs.newAuthorities.add(new DialogService.NewAuthority("Eastvale District Council", AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        viewModel.newFile();
        Path file = dir.resolve("Eastvale.atlas.mv.db");
        assertTrue(Files.exists(file));
        assertEquals("Eastvale District Council – Eastvale.atlas.mv.db – Partnership Atlas", viewModel.title().get());
        assertEquals(MainViewModel.STARTING_THEMES.size(), viewModel.sessionProperty().get().model().themes().size());
        assertEquals(List.of(file.toAbsolutePath()), List.copyOf(viewModel.recentFiles()));
    }

    @Test
    void addUndoRedoAndDeleteAreKeptInTheFile() throws Exception {
        Path file = smallFile("Testshire.atlas.mv.db");
        viewModel.openFile(file);
        dialogs.newBodies.add(new DialogService.NewBody("Youth Council", BodyKind.FORUM, Layer.OPERATIONAL));
        viewModel.addBody();
        Body added = viewModel.selectedBody();
        assertEquals("Youth Council", added.name());
        viewModel.undo();
        assertNull(viewModel.sessionProperty().get().model().body(added.id()));
        viewModel.redo();
        assertNotNull(viewModel.sessionProperty().get().model().body(added.id()));

        viewModel.selectedBodyIdProperty().set(11L);
        dialogs.confirmations.add(true);
        viewModel.deleteSelectedBody();
        assertTrue(dialogs.questions.get(0).contains("\"Community Safety Partnership\""), dialogs.questions.get(0));
        assertNull(viewModel.sessionProperty().get().model().body(11));
        viewModel.close();

        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            var model = store.load();
            assertNull(model.body(11), "the deleted body stays deleted");
            assertTrue(model.lines().stream().noneMatch(l -> l.fromBodyId() == 11 || l.toBodyId() == 11));
            assertEquals("Youth Council", model.body(added.id()).name());
        }
    }

    @Test
    void aNewBodyAndTheLineToWhatItAnswersToAreOneStepAndTheFirstBodyIsProposedAsTheBoard() throws Exception {
        Path file = dir.resolve("Blank.atlas.mv.db");
        AuthorityStore.create(file, new org.partnershipatlas.model.AuthorityModel(new org.partnershipatlas.model
                .Authority("Blankshire", org.partnershipatlas.model.AuthorityKind.DISTRICT, null, null)), "t").close();
        viewModel.openFile(file);
        dialogs.newBodies.add(new DialogService.NewBody("Blankshire Together Board", BodyKind.PARTNERSHIP_BOARD,
                BodyKind.PARTNERSHIP_BOARD.usualLayer()));
        viewModel.addBody();
        Body board = viewModel.selectedBody();
        dialogs.newBodies.add(new DialogService.NewBody("Safer Blankshire", BodyKind.THEMED_PARTNERSHIP,
                BodyKind.THEMED_PARTNERSHIP.usualLayer(), board.id(), BodyKind.THEMED_PARTNERSHIP.usualLine()));
        viewModel.addBody();
        assertEquals(List.of(true, false), dialogs.newBodyAsked, "the first body of a file is proposed as the board");
        var model = viewModel.sessionProperty().get().model();
        Body safer = viewModel.selectedBody();
        assertEquals(Layer.EXECUTIVE, safer.layer());
        assertTrue(model.lines().stream().anyMatch(l -> l.fromBodyId() == safer.id() && l.toBodyId() == board.id()
                && l.kind() == org.partnershipatlas.model.LineKind.REPORTS_TO));
        viewModel.undo();
        assertNull(model.body(safer.id()));
        assertTrue(model.lines().isEmpty(), "one undo takes the body and its line");
        viewModel.close();
    }

    @Test
    void deletingSaysHowManyLinesAndSeatsGoInWordsThatFitTheCount() throws Exception {
        viewModel.openFile(smallFile("Counts.atlas.mv.db"));
        dialogs.newBodies.add(new DialogService.NewBody("Youth Council", BodyKind.FORUM, Layer.OPERATIONAL));
        viewModel.addBody();
        dialogs.confirmations.add(false);
        viewModel.deleteSelectedBody();
        assertEquals("Delete body: Delete \"Youth Council\"? You can undo this.", dialogs.questions.get(0));
        var model = viewModel.sessionProperty().get().model();
        Body withOneLine = model.bodies().stream().filter(b -> model.linesOf(b.id()).size() == 1
                && model.seatsOn(b.id()).isEmpty()).findFirst().orElseThrow();
        viewModel.selectedBodyIdProperty().set(withOneLine.id());
        dialogs.confirmations.add(false);
        viewModel.deleteSelectedBody();
        assertTrue(dialogs.questions.get(1).contains("Its 1 line goes with it."), dialogs.questions.get(1));
        String counts = viewModel.counts().get();
        assertTrue(counts.matches("\\d+ bodies \\(.*") && !counts.matches(".*\\b1 (lines|seats|organisations)\\b.*"),
                counts);
    }

    @Test
    void saveAsWritesACopyThatBecomesTheOpenFile() throws Exception {
        Path file = smallFile("Original.atlas.mv.db");
        viewModel.openFile(file);
        dialogs.filesToSave.add(dir.resolve("Copy"));
        viewModel.saveAs();
        Path copy = dir.resolve("Copy.atlas.mv.db").toAbsolutePath();
        assertEquals(copy, viewModel.sessionProperty().get().file());
        viewModel.selectedBodyIdProperty().set(10L);
        Body board = viewModel.selectedBody();
        viewModel.perform(org.partnershipatlas.model.Edit.of("Rename", org.partnershipatlas.model.Change.update(board,
                board.withName("Testshire Together Board"))));
        viewModel.close();
        try (AuthorityStore original = AuthorityStore.open(file, "t");
             AuthorityStore saved = AuthorityStore.open(copy, "t")) {
            assertEquals("Testshire Partnership Board", original.load().body(10).name());
            assertEquals("Testshire Together Board", saved.load().body(10).name());
        }
    }

    @Test
    void aDamagedFileGetsAMessageNamingItAndIsLeftAlone() throws Exception {
        Path file = dir.resolve("Broken.atlas.mv.db");
        Files.writeString(file, "H:2,block:2,blockSize:1000 and then nothing useful");
        byte[] before = Files.readAllBytes(file);
        viewModel.openFile(file);
        assertNull(viewModel.sessionProperty().get());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("Broken.atlas.mv.db"), dialogs.errors.get(0));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("", viewModel.busyMessageProperty().get());
    }

    @Test
    void aDamagedFileThatCanStillBeReadIsOfferedAsAReadOnlyCopyAndNeverWritten() throws Exception {
        Path file = smallFile("Tampered.atlas.mv.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + file.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE")) {
            c.createStatement().execute("UPDATE body SET name = 'Changed behind its back' WHERE id = 10");
        }
        byte[] before = Files.readAllBytes(file);
        dialogs.confirmations.add(true);
        viewModel.openFile(file);
        assertTrue(dialogs.questions.get(0).contains("is damaged"), dialogs.questions.get(0));
        assertNotNull(viewModel.sessionProperty().get());
        assertTrue(viewModel.sessionProperty().get().isReadOnly());
        assertEquals("Changed behind its back", viewModel.sessionProperty().get().model().body(10).name());
        viewModel.close();
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aRecentFileThatHasGoneIsReportedAndDroppedFromTheList() throws Exception {
        Path file = smallFile("Gone.atlas.mv.db");
        viewModel.openFile(file);
        viewModel.close();
        Files.delete(file);
        assertEquals(1, viewModel.recentFiles().size());
        viewModel.openFile(viewModel.recentFiles().get(0));
        assertTrue(dialogs.errors.get(0).contains("Gone.atlas.mv.db is not there any more"), dialogs.errors.get(0));
        assertTrue(viewModel.recentFiles().isEmpty());
        assertTrue(newViewModel().recentFiles().isEmpty(), "forgotten in the settings too");
    }

    @Test
    void recentFilesAndTheWindowAreRememberedBetweenRuns() throws Exception {
        Path file = smallFile("Remembered.atlas.mv.db");
        viewModel.openFile(file);
        viewModel.rememberWindow(40, 50, 1280, 800, false);
        MainViewModel nextRun = newViewModel();
        assertEquals(List.of(file.toAbsolutePath()), List.copyOf(nextRun.recentFiles()));
        assertEquals(1280, nextRun.settings().windowWidth);
        assertEquals(50.0, nextRun.settings().windowY);
    }

    @Test
    void aRefusedEditIsExplainedAndChangesNothing() throws Exception {
        viewModel.openFile(smallFile("Refuse.atlas.mv.db"));
        Body board = viewModel.sessionProperty().get().model().body(10);
        boolean applied = viewModel.perform(org.partnershipatlas.model.Edit.of("Rename",
                org.partnershipatlas.model.Change.update(board, board.withName("  "))));
        assertFalse(applied);
        assertEquals("Cannot make that change: A body needs a name", dialogs.errors.get(0));
        assertEquals(board, viewModel.sessionProperty().get().model().body(10));
        assertFalse(viewModel.sessionProperty().get().canUndoProperty().get());
    }

    @Test
    void aFileOpenElsewhereIsOfferedAsAReadOnlyCopyThatRefusesEdits() throws Exception {
        Path file = smallFile("Held.atlas.mv.db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                org.partnershipatlas.store.HoldFileOpen.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("holding"));
            dialogs.confirmations.add(true);
            viewModel.openFile(file);
            assertTrue(dialogs.questions.get(0).startsWith("File already open: Held.atlas.mv.db is open in another"),
                    dialogs.questions.get(0));
            var session = viewModel.sessionProperty().get();
            assertTrue(session.isReadOnly());
            assertTrue(viewModel.title().get().endsWith("Held.atlas.mv.db (read-only copy) – Partnership Atlas"),
                    viewModel.title().get());
            Body board = session.model().body(10);
            assertFalse(viewModel.perform(org.partnershipatlas.model.Edit.of("Rename",
                    org.partnershipatlas.model.Change.update(board, board.withName("Changed")))));
            assertTrue(dialogs.errors.get(0).contains("read-only copy"), dialogs.errors.get(0));
            viewModel.close();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private Path smallFile(String name) throws Exception {
        Path file = dir.resolve(name);
        AuthorityStore.create(file, TestAuthorities.small(), "t").close();
        return file;
    }
}
