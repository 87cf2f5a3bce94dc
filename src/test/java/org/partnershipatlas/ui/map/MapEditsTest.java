package org.partnershipatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.dialog.DialogService;
import org.partnershipatlas.ui.settings.SettingsFile;

class MapEditsTest {
    @TempDir
    Path dir;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel main;
    MapEdits edits;

    @BeforeEach
    void openSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), dialogs, new SettingsFile(dir.resolve("s.json")),
                TestClock.CLOCK, "t");
        new MapViewModel(main, main.dialogs());
        edits = new MapEdits(main, main.dialogs(), main::deleteSelectedBody, id -> { });
        main.openSample();
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private Body named(String name) {
        return model().bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void removingALineAsksFirstAndIsOneUndoableStep() {
        Body csp = named("Safer Northmoor Partnership");
        var line = model().linesOf(csp.id()).get(0);
        String description = MapEdits.describe(model(), line);
        assertTrue(description.contains(csp.name()) && description.contains(" reports to ")
                || description.contains(" sub-group of "), description);
        dialogs.confirmations.add(false);
        assertFalse(edits.removeLine(line.id()), "the user said no");
        assertTrue(model().line(line.id()) != null);
        dialogs.confirmations.add(true);
        assertTrue(edits.removeLine(line.id()));
        assertNull(model().line(line.id()));
        assertEquals("Remove line: Remove the line \"" + description + "\"? You can undo this.",
                dialogs.questions.get(dialogs.questions.size() - 1));
        assertEquals("Undo Remove line: " + description, main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertEquals(line, model().line(line.id()));
    }

    @Test
    void drawingALineRecordsItAsOneStepAndALineToItselfIsRefused() {
        Body digital = named("Digital Inclusion Network");
        Body scp = named("Stronger Communities Partnership");
        assertTrue(edits.connect(digital.id(), scp.id(), LineKind.REPORTS_TO));
        assertEquals(1, model().linesOf(digital.id()).size());
        assertEquals("Undo Draw line: Digital Inclusion Network reports to Stronger Communities Partnership",
                main.sessionProperty().get().undoLabelProperty().get());
        assertFalse(edits.connect(scp.id(), scp.id(), LineKind.ADVISES));
        assertEquals("Cannot make that change: \"Stronger Communities Partnership\" cannot advise itself",
                dialogs.errors.get(0));
    }

    @Test
    void renameAndChangeKindAreUndoableAndABlankNameIsRefused() {
        Body forum = named("Heritage Forum");
        assertTrue(edits.rename(forum.id(), "Northmoor Heritage Forum"));
        assertEquals("Northmoor Heritage Forum", model().body(forum.id()).name());
        assertFalse(edits.rename(forum.id(), "   "));
        assertEquals("Cannot make that change: A body needs a name", dialogs.errors.get(0));
        assertTrue(edits.changeKind(forum.id(), BodyKind.NETWORK));
        main.undo();
        main.undo();
        assertEquals(forum, model().body(forum.id()));
    }

    @Test
    void aBodyAddedOnTheMapSitsWhereTheUserClicked() {
        dialogs.newBodies.add(new DialogService.NewBody("Youth Council", BodyKind.FORUM, Layer.OPERATIONAL));
        assertTrue(edits.addBodyAt(1234, 567));
        Body added = main.selectedBody();
        assertEquals("Youth Council", added.name());
        assertEquals(1234, model().positionOf(added.id()).x());
        assertTrue(model().positionOf(added.id()).pinned());
        main.undo();
        assertNull(model().body(added.id()));
        assertNull(model().positionOf(added.id()));
    }

    @Test
    void deletingAsksFirstAndUndoBringsBackTheBodyItsLinesAndPlace() {
        Body nte = named("Night-time Economy Task Group");
        int lines = model().linesOf(nte.id()).size();
        var place = model().positionOf(nte.id());
        edits.delete(nte.id());
        assertEquals(nte, model().body(nte.id()), "not confirmed, nothing deleted");
        dialogs.confirmations.add(true);
        edits.delete(nte.id());
        assertNull(model().body(nte.id()));
        main.undo();
        assertEquals(nte, model().body(nte.id()));
        assertEquals(lines, model().linesOf(nte.id()).size());
        assertEquals(place, model().positionOf(nte.id()));
    }
}
