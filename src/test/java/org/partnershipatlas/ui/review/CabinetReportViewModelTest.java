package org.partnershipatlas.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.ReportText;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

/** The officer's words for the cabinet report, on a new authority with nothing in it yet. */
class CabinetReportViewModelTest {
    @TempDir
    Path dir;

    private MainViewModel open(Path file) {
        MainViewModel main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        main.openFile(file);
        return main;
    }

    @Test
    void wordsTypedInTwoSectionsAreKeptInTheFileAsOneUndoableStep() throws Exception {
        Path file = dir.resolve("Eastvale.atlas.mv.db");
        AuthorityStore.create(file, new AuthorityModel(new Authority("Eastvale Borough Council",
                AuthorityKind.DISTRICT, null, null)), "t").close();
        MainViewModel main = open(file);
        CabinetReportViewModel report = new CabinetReportViewModel(main);
        report.prepare();
        assertTrue(report.facts(ReportText.SCOPE).get().startsWith("This review covers 0 bodies in Eastvale Borough "
                + "Council's partnership structure"), report.facts(ReportText.SCOPE).get());
        assertTrue(report.facts(ReportText.CHANGES).get().contains("no earlier recorded review"),
                "a new authority has no review to compare with");
        assertTrue(report.facts(ReportText.SUMMARY).get().contains("Eastvale Borough Council"), "the draft summary");
        report.selectedProperty().set(ReportText.SCOPE);
        report.text(ReportText.SCOPE).set("We met every partnership chair between May and July.");
        report.selectedProperty().set(ReportText.RECOMMENDATIONS);
        report.text(ReportText.RECOMMENDATIONS).set("Focus first on the three high findings.\n\nThen the rest.");
        assertEquals("We met every partnership chair between May and July.", report.text(ReportText.SCOPE).get(),
                "words typed before another section was chosen are kept");
        assertTrue(report.save());
        assertEquals(2, main.sessionProperty().get().model().cabinetPapers().texts().size());
        main.undo();
        assertTrue(main.sessionProperty().get().model().cabinetPapers().texts().isEmpty(), "one undo takes both back");
        main.redo();
        main.close();
        try (AuthorityStore store = AuthorityStore.openReadOnly(file, "t")) {
            var papers = store.load().cabinetPapers();
            assertEquals("Focus first on the three high findings.\n\nThen the rest.",
                    papers.text(ReportText.RECOMMENDATIONS));
            assertTrue(store.history(org.partnershipatlas.store.HistoryFilter.ALL, 0, 50).stream()
                    .anyMatch(e -> "Scope and method".equals(e.field())), "the history names the section changed");
        }
    }

    @Test
    void withNothingOpenSaveRefusesWithAReason() {
        MainViewModel main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        CabinetReportViewModel report = new CabinetReportViewModel(main);
        report.prepare();
        assertFalse(report.save());
        assertFalse(report.problemProperty().get().isEmpty());
    }
}
