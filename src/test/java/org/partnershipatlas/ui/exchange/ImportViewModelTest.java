package org.partnershipatlas.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.imports.ColumnTarget;
import org.partnershipatlas.io.imports.ImportPlan;
import org.partnershipatlas.io.imports.ImportSource;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.report.ExchangeExport;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel main;
    private ImportViewModel importer;

    @BeforeEach
    void openTheSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("settings.json")),
                TestClock.CLOCK, "test");
        main.openSample();
        importer = new ImportViewModel(main, dialogs, dialogs, main);
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private boolean has(String name) {
        return model().bodies().stream().anyMatch(b -> b.name().equals(name));
    }

    @Test
    void rowsWithProblemsStopTheImportUntilTheUserChoosesTheValidRowsOnly() throws Exception {
        dialogs.importFiles.add(csv("register.csv", "Name of partnership,Reports to\nRiverside Forum,Northmoor Together "
                + "Board\nLost Group,Nowhere Board\n"));
        List<String> seen = new ArrayList<>();
        dialogs.importAnswer = plan -> {
            assertFalse(plan.canImport().get(), "a problem row blocks the whole import");
            seen.add(plan.summaryProperty().get());
            assertEquals("Refused: row 3, column \"Reports to\", value \"Nowhere Board\": names a parent that is "
                    + "neither in this file nor on the map", plan.problems().get(0).describe());
            assertEquals(List.of(ImportPlan.Status.NEW, ImportPlan.Status.LEFT_OUT),
                    plan.preview().stream().map(ImportPlan.Outcome::status).toList());
            plan.validOnlyProperty().set(true);
            assertTrue(plan.canImport().get());
            seen.add(plan.summaryProperty().get());
            return true;
        };
        var before = new HashSet<>(model().entities());
        importer.start();
        assertTrue(seen.get(0).endsWith("Nothing is imported while 1 row has problems: fix the sheet and import again, "
                + "or tick \"Import the valid rows only\"."), seen.get(0));
        assertTrue(seen.get(1).endsWith("The 1 row with problems will be left out."), seen.get(1));
        assertTrue(has("Riverside Forum"));
        assertFalse(has("Lost Group"));
        assertTrue(dialogs.information.get(0).contains("Left out:\nrow 3, column \"Reports to\""),
                dialogs.information.get(0));
        assertEquals("Undo Import from register.csv", main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertEquals(before, new HashSet<>(model().entities()), "one undo takes the whole import back");
    }

    @Test
    void changingAColumnsFieldPlansAgainAndTheMappingIsRememberedForThisAuthority() throws Exception {
        Path file = csv("odd.csv", "Group,Boss\nRiverside Forum,Jo Bloggs\n");
        dialogs.importFiles.add(file);
        dialogs.importAnswer = plan -> {
            ImportViewModel.MappingRow boss = plan.mapping().get(1);
            assertEquals("Boss", boss.header());
            assertEquals("Jo Bloggs", boss.example());
            assertEquals(ColumnTarget.IGNORE, boss.targetProperty().get());
            boss.targetProperty().set(ColumnTarget.of(BodyField.CHAIR));
            assertTrue(plan.problems().stream().noneMatch(i -> i.column().equals("Boss")), "planned again");
            return true;
        };
        importer.start();
        Body forum = model().bodies().stream().filter(b -> b.name().equals("Riverside Forum")).findFirst().orElseThrow();
        assertEquals("Jo Bloggs", model().person(forum.governance().chairId()).name());
        dialogs.importFiles.add(file);
        List<ColumnTarget> proposed = new ArrayList<>();
        dialogs.importAnswer = plan -> {
            proposed.add(plan.mapping().get(1).targetProperty().get());
            assertEquals("Nothing would change: the map already holds everything in this file.",
                    plan.summaryProperty().get());
            return false;
        };
        importer.start();
        assertEquals(List.of(ColumnTarget.of(BodyField.CHAIR)), proposed, "remembered from last time");
    }

    @Test
    void oneRefusedRowOnAnEmptyMapIsSaidAsSuchNotAsNothingNew() throws Exception {
        main.close();
        dialogs.newAuthorities.add(new org.partnershipatlas.ui.dialog.DialogService.NewAuthority("Eastvale District "
                + "Council", org.partnershipatlas.model.AuthorityKind.DISTRICT));
        dialogs.filesToSave.add(dir.resolve("Eastvale"));
        main.newFile();
        dialogs.importFiles.add(csv("one.csv", "Name of partnership,Pooled budget\nEastvale Board,a lot\n"));
        List<String> seen = new ArrayList<>();
        dialogs.importAnswer = plan -> {
            seen.add(plan.summaryProperty().get());
            return false;
        };
        importer.start();
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).startsWith("Nothing would be imported: 1 row has problems"), seen.get(0));
        assertFalse(seen.get(0).contains("already holds everything"), seen.get(0));
        assertTrue(model().bodies().isEmpty());
    }

    @Test
    void aDamagedFileGetsAClearMessageAndChangesNothing() throws Exception {
        dialogs.importFiles.add(csv("register.xlsx", "PK this is not really a workbook"));
        var before = new HashSet<>(model().entities());
        importer.start();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("register.xlsx cannot be read as an Excel workbook"),
                dialogs.errors.get(0));
        assertEquals(before, new HashSet<>(model().entities()));
        assertFalse(main.sessionProperty().get().canUndoProperty().get());
    }

    @Test
    void cancellingWhileTheFileIsReadImportsNothingAndSaysNothingWentWrong() throws Exception {
        org.partnershipatlas.ui.map.HeldTaskRunner held = new org.partnershipatlas.ui.map.HeldTaskRunner();
        MainViewModel slow = new MainViewModel(held, dialogs, new SettingsFile(dir.resolve("slow.json")),
                TestClock.CLOCK, "test");
        slow.openSample();
        held.runAll();
        ImportViewModel reader = new ImportViewModel(slow, dialogs, dialogs, slow);
        dialogs.importFiles.add(csv("register.csv", "Name\nRiverside Forum\n"));
        dialogs.importAnswer = plan -> {
            throw new AssertionError("the dialog must not open after Cancel");
        };
        reader.start();
        assertTrue(reader.workingProperty().get());
        assertTrue(slow.busyMessageProperty().get().startsWith("Reading register.csv"));
        reader.cancel();
        held.runAll();
        assertFalse(reader.workingProperty().get());
        assertEquals("", slow.busyMessageProperty().get());
        assertEquals(List.of(), dialogs.errors, "a cancelled import is not an error");
        assertFalse(slow.sessionProperty().get().model().bodies().stream().anyMatch(b -> b.name().equals("Riverside Forum")));
    }

    @Test
    void cancellingTheDialogChangesNothing() throws Exception {
        dialogs.importFiles.add(csv("register.csv", "Name\nRiverside Forum\n"));
        dialogs.importAnswer = plan -> false;
        importer.start();
        assertFalse(has("Riverside Forum"));
        assertFalse(main.sessionProperty().get().canUndoProperty().get());
    }

    @Test
    void exportForAnotherToolWritesTheChosenFormatThatImportsBackUnchanged() throws Exception {
        ExchangeExportViewModel export = new ExchangeExportViewModel(main, dialogs, dialogs, "test");
        for (ExchangeExport.Format format : List.of(ExchangeExport.Format.GRAPHML, ExchangeExport.Format.KUMU,
                ExchangeExport.Format.JSON)) {
            Path file = dir.resolve("map." + format.extension());
            dialogs.exchangeExports.add(new org.partnershipatlas.ui.exchange.ExchangeDialogs.ExchangeChoice(file, format));
            export.start();
            assertTrue(main.busyMessageProperty().get().startsWith("Exported "), main.busyMessageProperty().get());
            ImportSource back = ImportSource.read(file);
            ImportPlan plan = ImportPlan.of(model(), back.draft(null));
            assertEquals(0, plan.count(ImportPlan.Status.NEW) + plan.count(ImportPlan.Status.CHANGED), format.name());
            assertTrue(plan.edit().isEmpty(), format + " " + plan.summary());
        }
        Path dot = dir.resolve("map.dot");
        export.export(ExchangeExport.Format.DOT, dot);
        assertTrue(Files.readString(dot).startsWith("digraph"));
    }
}
