package org.partnershipatlas.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.How;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class HistoryViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MainViewModel main;
    private HistoryViewModel history;
    private HistoryViewModel bodyHistory;

    @BeforeEach
    void openSample() throws Exception {
        SettingsFile settings = new SettingsFile(dir.resolve("s.json"));
        org.partnershipatlas.ui.settings.AppSettings named = new org.partnershipatlas.ui.settings.AppSettings();
        named.userName = "Priya Shah";
        settings.save(named);
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, settings, TestClock.CLOCK, "t");
        history = new HistoryViewModel(main, dialogs, false);
        bodyHistory = new HistoryViewModel(main, dialogs, true);
        main.openSample();
        history.activeProperty().set(true);
        bodyHistory.activeProperty().set(true);
    }

    private Body named(String name) {
        return main.model().bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRenameItsUndoAndItsRedoAreThreeEntriesWithTheAuthor() {
        Body safer = named("Safer Northmoor Partnership");
        main.selectedBodyIdProperty().set(safer.id());
        int before = bodyHistory.entries().size();
        main.perform(Edit.of("Rename Safer Northmoor Partnership", Change.update(safer, safer.withName("Safer Together"))));
        main.undo();
        main.redo();

        List<AuditEntry> latest = bodyHistory.entries().subList(0, 3);
        assertEquals(before + 3, bodyHistory.entries().size());
        assertEquals(List.of(How.REDO, How.UNDO, How.EDIT), latest.stream().map(AuditEntry::how).toList());
        assertTrue(latest.stream().allMatch(e -> e.author().equals("Priya Shah")));
        assertEquals("Safer Together", latest.get(2).after());
        assertEquals("Safer Northmoor Partnership", latest.get(1).after(), "the undo puts the old name back");
    }

    @Test
    void theWholeHistoryFiltersByPersonAndHidesMapMovesUnlessAsked() {
        assertTrue(history.authors().containsAll(List.of("Nadia Sharif", "Rob Kerr", "Aisha Begum")));
        int all = history.totalProperty().get();
        history.authorProperty().set("Rob Kerr");
        assertTrue(history.entries().stream().allMatch(e -> e.author().equals("Rob Kerr")));
        assertTrue(history.totalProperty().get() < all);
        history.authorProperty().set(null);
        int withoutMoves = history.totalProperty().get();
        history.mapMovesProperty().set(true);
        assertTrue(history.totalProperty().get() > withoutMoves, "the sample's tidy-up is a map move");
        Body alliance = named("Mental Health Alliance");
        main.selectedBodyIdProperty().set(alliance.id());
        history.selectedOnlyProperty().set(true);
        assertTrue(history.entries().stream().allMatch(e -> alliance.id() == e.bodyId()), "one body's history");
        assertTrue(history.entries().stream().anyMatch(e -> "Classification".equals(e.field())));
        history.selectedOnlyProperty().set(false);
        history.sinceProperty().set(main.today().plusDays(1));
        assertEquals(0, history.totalProperty().get());
    }

    @Test
    void theHistoryExportsAsCsv() throws Exception {
        Path csv = dir.resolve("history.csv");
        dialogs.exportFiles.add(csv);
        assertTrue(history.exportCsv());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("\ufeffWhen,Who,How,Source,Edit,Kind,Body or thing,Field,Before,After", lines.get(0));
        assertEquals(history.totalProperty().get() + 1, lines.size());
    }
}
