package org.partnershipatlas.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.store.HistoryFilter;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

/** The history names whoever made a change: asked once, then remembered; the computer's user otherwise. */
class AuthorNameTest {
    @TempDir
    Path dir;

    private MainViewModel open(ScriptedDialogs dialogs) {
        MainViewModel main = new MainViewModel(new SameThreadTaskRunner(), dialogs,
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        main.openSample();
        return main;
    }

    private static void rename(MainViewModel main, String from, String to) {
        Body body = main.model().bodies().stream().filter(b -> b.name().equals(from)).findFirst().orElseThrow();
        main.perform(Edit.of("Rename", Change.update(body, body.withName(to))));
    }

    private static String latestAuthor(MainViewModel main) throws Exception {
        return main.sessionProperty().get().store().history(HistoryFilter.ALL, 0, 1).stream()
                .map(AuditEntry::author).findFirst().orElseThrow();
    }

    @Test
    void theNameIsAskedBeforeTheFirstChangeOnlyAndKeptAcrossRuns() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.userNames.add("Jo Smith");
        MainViewModel main = open(dialogs);
        rename(main, "Heritage Forum", "Heritage Network");
        rename(main, "Events Task Group", "Events Group");
        assertEquals(1, dialogs.namesAsked, "asked once");
        assertEquals("Jo Smith", latestAuthor(main));

        ScriptedDialogs later = new ScriptedDialogs();
        MainViewModel again = open(later);
        rename(again, "Heritage Forum", "Heritage Group");
        assertEquals(0, later.namesAsked, "remembered");
        assertEquals("Jo Smith", latestAuthor(again));
    }

    @Test
    void withoutANameTheComputersUserIsRecordedAndNotAskedAgain() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MainViewModel main = open(dialogs);
        rename(main, "Heritage Forum", "Heritage Network");
        rename(main, "Events Task Group", "Events Group");
        assertEquals(1, dialogs.namesAsked);
        assertEquals(System.getProperty("user.name"), latestAuthor(main));
    }
}
