package org.partnershipatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class MapViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    MapViewModel map;

    @BeforeEach
    void openSample() {
        main = new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
        map = new MapViewModel(main, main.dialogs());
        map.setViewSize(1000, 700);
        main.openSample();
    }

    private AuthorityModel model() {
        return main.sessionProperty().get().model();
    }

    private Body named(String name) {
        return model().bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void openingLaysOutEveryBodyAndKeepsThePositionsWithoutAnUndoStep() {
        assertEquals(model().bodies().size(), model().positions().size());
        assertFalse(main.sessionProperty().get().canUndoProperty().get(), "a computed layout is not the user's edit");
        assertEquals(70, map.diagramProperty().get().boxes().size());
    }

    @Test
    void aMoveIsPinnedAndUndoable() {
        Body csp = named("Safer Northmoor Partnership");
        MapPosition before = model().positionOf(csp.id());
        assertTrue(map.move(csp.id(), before.x() + 500, before.y() + 40));
        MapPosition after = model().positionOf(csp.id());
        assertTrue(after.pinned());
        assertEquals(before.x() + 500, after.x());
        assertEquals("Undo Move Safer Northmoor Partnership", main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        assertEquals(before, model().positionOf(csp.id()));
    }

    @Test
    void tidyUpRelaysOutTheUnpinnedAsOneStepAndLeavesPinnedBodies() {
        map.tidyUp(); // the sample's groups added this year sit where the map first put them
        Body csp = named("Safer Northmoor Partnership");
        map.move(csp.id(), 9000, 5);
        map.tidyUp();
        assertEquals("Undo Move Safer Northmoor Partnership", main.sessionProperty().get().undoLabelProperty().get(),
                "nothing else needed moving, so no step was added");
        Body digital = named("Digital Inclusion Network");
        Body scp = named("Stronger Communities Partnership");
        MapPosition digitalBefore = model().positionOf(digital.id());
        main.perform(org.partnershipatlas.model.Edit.of("Line", org.partnershipatlas.model.Change.create(
                new org.partnershipatlas.model.AccountabilityLine(model().newId(), digital.id(), scp.id(),
                        org.partnershipatlas.model.LineKind.REPORTS_TO))));
        map.tidyUp();
        assertEquals("Undo Tidy up the map", main.sessionProperty().get().undoLabelProperty().get());
        assertEquals(9000, model().positionOf(csp.id()).x(), "pinned stays");
        assertFalse(digitalBefore.equals(model().positionOf(digital.id())), "the network moved under its new parent");
        main.undo();
        assertEquals(digitalBefore, model().positionOf(digital.id()));
    }

    @Test
    void clickingSelectsAndShowsInTheInspectorShiftClickAddsAndTheBackgroundClears() {
        Diagram.Box csp = map.box(named("Safer Northmoor Partnership").id());
        Long hit = map.bodyAt(csp.rect().centreX(), csp.rect().centreY());
        assertEquals(csp.bodyId(), hit);
        map.click(hit, false);
        assertEquals(csp.bodyId(), main.selectedBodyIdProperty().get());
        long nep = named("Northmoor Economic Partnership").id();
        map.click(nep, true);
        assertEquals(Set.of(csp.bodyId(), nep), map.selectionProperty().get());
        map.click(null, false);
        assertEquals(Set.of(), map.selectionProperty().get());
        assertNull(main.selectedBodyIdProperty().get());
    }

    @Test
    void findSelectsAndCentresByNameOrShortName() {
        assertTrue(map.find("nep"));
        Body nep = named("Northmoor Economic Partnership");
        assertEquals(nep.id(), main.selectedBodyIdProperty().get());
        Diagram.Box box = map.box(nep.id());
        assertEquals(500, map.toScreenX(box.rect().centreX()), 0.5);
        assertEquals(350, map.toScreenY(box.rect().centreY()), 0.5);
        assertFalse(map.find("no such body"));
    }

    @Test
    void findNextGoesThroughEveryMatchInNameOrderAndRoundAgainAndPreviousGoesBack() {
        List<String> found = new java.util.ArrayList<>();
        assertTrue(map.find("network"));
        found.add(main.selectedBody().name());
        long networks = model().bodies().stream().filter(b -> b.name().toLowerCase().contains("network")
                || (b.shortName() != null && b.shortName().toLowerCase().contains("network"))).count();
        for (int i = 1; i < networks; i++) {
            assertTrue(map.findNext("network", true));
            found.add(main.selectedBody().name());
        }
        assertEquals(networks, new java.util.HashSet<>(found).size(), "every match once: " + found);
        assertEquals(found.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), found);
        assertTrue(map.findNext("network", true));
        assertEquals(found.get(0), main.selectedBody().name(), "round to the first again");
        assertTrue(map.findNext("network", false));
        assertEquals(found.get(found.size() - 1), main.selectedBody().name(), "back to the last");
        assertFalse(map.findNext("no such body", true));
    }

    @Test
    void fitFitsWhatTheFiltersShow() {
        map.fadeFilteredProperty().set(false);
        map.layerFilterProperty().set(Layer.STRATEGIC);
        map.zoomToFit();
        double strategicScale = map.scaleProperty().get();
        for (Diagram.Box box : map.diagramProperty().get().boxes()) {
            if (map.visibility(box.bodyId()) == MapViewModel.Visibility.SHOWN) {
                assertTrue(map.toScreenX(box.rect().x()) >= 0 && map.toScreenX(box.rect().maxX()) <= 1000);
                assertTrue(map.toScreenY(box.rect().y()) >= 0 && map.toScreenY(box.rect().maxY()) <= 700);
            }
        }
        map.layerFilterProperty().set(null);
        map.zoomToFit();
        assertTrue(strategicScale > map.scaleProperty().get(), "two strategic boxes fill more of the view than 70");
    }

    @Test
    void aDraggedBodyCanBeUnpinnedAsOneUndoableStep() {
        Body csp = named("Safer Northmoor Partnership");
        MapPosition before = model().positionOf(csp.id());
        map.move(csp.id(), before.x() + 300, before.y());
        MapEdits edits = new MapEdits(main, main.dialogs(), main::deleteSelectedBody, id -> { });
        assertTrue(edits.unpin(csp.id()));
        assertFalse(model().positionOf(csp.id()).pinned());
        assertEquals(before.x() + 300, model().positionOf(csp.id()).x(), "it stays where it was put until Tidy up");
        assertEquals("Undo Unpin Safer Northmoor Partnership", main.sessionProperty().get().undoLabelProperty().get());
        assertFalse(edits.unpin(csp.id()), "nothing to unpin twice");
        main.undo();
        assertTrue(model().positionOf(csp.id()).pinned());
        map.move(csp.id(), before.x() + 300, before.y());
        edits.unpin(csp.id());
        map.tidyUp();
        assertTrue(Math.abs(model().positionOf(csp.id()).x() - (before.x() + 300)) > 1, "Tidy up places it again");
    }

    @Test
    void filtersFadeOrHideAndHiddenBodiesCannotBeClicked() {
        Body network = named("Green Spaces Network");
        map.layerFilterProperty().set(Layer.STRATEGIC);
        assertEquals(MapViewModel.Visibility.FADED, map.visibility(network.id()));
        map.fadeFilteredProperty().set(false);
        assertEquals(MapViewModel.Visibility.HIDDEN, map.visibility(network.id()));
        Diagram.Box box = map.box(network.id());
        assertNull(map.bodyAt(box.rect().centreX(), box.rect().centreY()));
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(named("Northmoor Together Board").id()));
        map.layerFilterProperty().set(null);
        map.oversightOnlyProperty().set(true);
        assertEquals(MapViewModel.Visibility.HIDDEN, map.visibility(network.id()));
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(named("Northmoor Economic Partnership").id()));
    }

    @Test
    void focusShowsTheSelectedBodyAndItsNeighboursOnly() {
        Body csp = named("Safer Northmoor Partnership");
        main.selectedBodyIdProperty().set(csp.id());
        map.fadeFilteredProperty().set(false);
        map.focusStepsProperty().set(1);
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(named("Anti-social Behaviour Task Group").id()));
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(named("Northmoor Together Executive").id()));
        assertEquals(MapViewModel.Visibility.HIDDEN, map.visibility(named("Northmoor Together Board").id()));
        map.focusStepsProperty().set(2);
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(named("Northmoor Together Board").id()));
        assertEquals(MapViewModel.Visibility.HIDDEN, map.visibility(named("Green Spaces Network").id()));
        map.focusStepsProperty().set(0);
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(named("Green Spaces Network").id()));
    }

    @Test
    void aSecondLayoutRequestCancelsTheFirst() {
        HeldTaskRunner held = new HeldTaskRunner();
        MainViewModel slow = new MainViewModel(held, new ScriptedDialogs(), new SettingsFile(dir.resolve("h.json")),
                TestClock.CLOCK, "t");
        MapViewModel slowMap = new MapViewModel(slow, slow.dialogs());
        slow.openSample();
        while (held.waiting() > 0) {
            held.runAll();
        }
        assertEquals(70, slow.sessionProperty().get().model().positions().size());
        slowMap.tidyUp();
        slowMap.tidyUp();
        assertEquals(2, held.waiting(), "two layouts queued");
        assertTrue(held.cancelled(0), "the first was cancelled when the second was asked for");
        held.runAll();
        assertEquals(false, slowMap.layingOutProperty().get());
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndFitShowsEverything() {
        double mx = map.toMapX(300);
        double my = map.toMapY(200);
        map.zoomAt(2, 300, 200);
        assertEquals(mx, map.toMapX(300), 1e-6);
        assertEquals(my, map.toMapY(200), 1e-6);
        map.zoomToFit();
        var bounds = map.diagramProperty().get().bounds();
        assertTrue(map.toScreenX(bounds.x()) >= 0 && map.toScreenX(bounds.maxX()) <= 1000);
        assertTrue(map.toScreenY(bounds.y()) >= 0 && map.toScreenY(bounds.maxY()) <= 700);
    }

    @Test
    void aNewBodyIsPlacedUnderItsParentWithoutMovingAnyOther() {
        var before = Set.copyOf(model().positions());
        main.perform(org.partnershipatlas.model.Edit.of("Add", org.partnershipatlas.model.Change.create(
                org.partnershipatlas.model.Body.create(model().newId(), "Youth Council",
                        org.partnershipatlas.model.BodyKind.FORUM, Layer.OPERATIONAL))));
        assertTrue(model().positions().containsAll(before), "nobody else moved");
        assertEquals(before.size() + 1, model().positions().size());
    }
}
