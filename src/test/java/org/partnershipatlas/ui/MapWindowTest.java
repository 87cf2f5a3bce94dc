package org.partnershipatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.ui.map.MapView;
import org.partnershipatlas.ui.map.MapViewModel;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map driven with the mouse and keyboard: select, search, filter, drag to pin, reopen, undo. */
class MapWindowTest extends WindowTestSupport {
    @Start
    void start(Stage stage) throws Exception {
        openWindow(stage);
    }

    @Test
    void clickSearchFilterDragReopenAndUndo(FxRobot robot) throws Exception {
        Path file = dir.resolve("Mapped.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        dialogs.filesToOpen.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().contains("Mapped.atlas.mv.db"));
        MapViewModel map = robot.lookup("#map").queryAs(MapView.class).viewModel();
        waitUntil(() -> map.diagramProperty().get() != null
                && viewModel.sessionProperty().get().model().positions().size() == 70);

        robot.clickOn("#map-search").write("Safer Northmoor");
        Body csp = body("Safer Northmoor Partnership");
        waitUntil(() -> Long.valueOf(csp.id()).equals(viewModel.selectedBodyIdProperty().get()));
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        Point2D centre = onScreen(robot, canvas, map, csp.id());
        Point2D middle = canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
        assertEquals(middle.getX(), centre.getX(), 2, "the match is centred");

        Body nep = body("Northmoor Economic Partnership");
        robot.clickOn("#map-fit");
        robot.clickOn(onScreen(robot, canvas, map, nep.id()), MouseButton.PRIMARY);
        waitUntil(() -> Long.valueOf(nep.id()).equals(viewModel.selectedBodyIdProperty().get()));
        assertEquals("Northmoor Economic Partnership",
                robot.lookup("#inspector .inspector-heading").queryLabeled().getText());

        robot.clickOn("#map-filters");
        robot.clickOn("#map-fade");
        robot.clickOn("#map-filter-layer");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "Strategic".equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.partnershipatlas.model.Layer.STRATEGIC, map.layerFilterProperty().get(), "layer filter");
        assertEquals(false, map.fadeFilteredProperty().get(), "fade off");
        assertEquals("Filters (1 on)", robot.lookup("#map-filters").queryAs(javafx.scene.control.ToggleButton.class)
                .getText(), "a filter that is on says so even with the row folded away");
        waitUntil(() -> map.visibility(nep.id()) == MapViewModel.Visibility.HIDDEN);
        assertEquals(MapViewModel.Visibility.SHOWN, map.visibility(body("Northmoor Together Board").id()));
        robot.clickOn("#map-filter-layer");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "All layers".equals(c.getText())
                        || c.getText() == null || c.getText().isEmpty()).queryAs(javafx.scene.Node.class));
        waitUntil(() -> map.visibility(nep.id()) == MapViewModel.Visibility.SHOWN);

        MapPosition before = viewModel.sessionProperty().get().model().positionOf(nep.id());
        Point2D from = onScreen(robot, canvas, map, nep.id());
        double scale = map.scaleProperty().get();
        robot.drag(from, MouseButton.PRIMARY).moveBy(120, 90).drop();
        waitUntil(() -> viewModel.sessionProperty().get().model().positionOf(nep.id()).pinned());
        MapPosition moved = viewModel.sessionProperty().get().model().positionOf(nep.id());
        assertEquals(before.x() + 120 / scale, moved.x(), 3 / scale);
        assertEquals(before.y() + 90 / scale, moved.y(), 3 / scale);

        closeDocument(robot);
        robot.clickOn("File").clickOn("Open Recent").clickOn("1 Mapped.atlas.mv.db");
        waitUntil(() -> stage.getTitle().contains("Mapped.atlas.mv.db"));
        waitUntil(() -> moved.equals(viewModel.sessionProperty().get().model().positionOf(nep.id())));

        robot.clickOn(onScreen(robot, canvas, map, csp.id()));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> true);
        assertTrue(viewModel.sessionProperty().get().model().positionOf(nep.id()).pinned(),
                "undo history starts afresh on reopening");
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            assertEquals(moved, store.load().positionOf(nep.id()));
        }
    }

    @Test
    void theMapByKeyboardMovesThroughTheChartAndSaysWhatIsSelected(FxRobot robot) throws Exception {
        Path file = dir.resolve("Keys.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        robot.interact(() -> viewModel.openFile(file));
        waitUntil(() -> stage.getTitle().contains("Keys.atlas.mv.db"));
        MapViewModel map = robot.lookup("#map").queryAs(MapView.class).viewModel();
        waitUntil(() -> map.diagramProperty().get() != null
                && viewModel.sessionProperty().get().model().positions().size() == 70);
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        robot.interact(() -> viewModel.selectedBodyIdProperty().set(null));
        robot.interact(canvas::requestFocus);
        waitUntil(canvas::isFocused);
        assertTrue(canvas.getAccessibleText().contains("arrow key"), canvas.getAccessibleText());

        robot.type(KeyCode.DOWN);
        Body board = body("Northmoor Together Board");
        waitUntil(() -> Long.valueOf(board.id()).equals(viewModel.selectedBodyIdProperty().get()));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> !Long.valueOf(board.id()).equals(viewModel.selectedBodyIdProperty().get()));
        Long under = viewModel.selectedBodyIdProperty().get();
        assertTrue(viewModel.sessionProperty().get().model().linesOf(under).stream()
                .anyMatch(l -> l.fromBodyId() == under && l.toBodyId() == board.id()), "Down goes to a body under the board");
        robot.type(KeyCode.UP);
        waitUntil(() -> Long.valueOf(board.id()).equals(viewModel.selectedBodyIdProperty().get()));

        Body executive = body("Northmoor Together Executive");
        robot.interact(() -> viewModel.selectedBodyIdProperty().set(executive.id()));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> !Long.valueOf(executive.id()).equals(viewModel.selectedBodyIdProperty().get()));
        Long first = viewModel.selectedBodyIdProperty().get();
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> !first.equals(viewModel.selectedBodyIdProperty().get()));
        Long second = viewModel.selectedBodyIdProperty().get();
        var model = viewModel.sessionProperty().get().model();
        assertTrue(model.linesOf(second).stream().anyMatch(l -> l.fromBodyId() == second
                && l.toBodyId() == executive.id()), "Right goes to another body under the executive");
        String said = canvas.getAccessibleText();
        assertTrue(said.startsWith(model.body(second).name() + ":") && said.contains(
                model.body(second).classification().label().toLowerCase()) && said.contains("Northmoor Together Executive"),
                said);
        robot.type(KeyCode.LEFT);
        waitUntil(() -> first.equals(viewModel.selectedBodyIdProperty().get()));

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#inspector").queryAs(javafx.scene.Parent.class).getScene().getFocusOwner() != null
                && isInside(robot.lookup("#inspector").queryAs(javafx.scene.Node.class),
                robot.lookup("#inspector").queryAs(javafx.scene.Parent.class).getScene().getFocusOwner()));

        robot.clickOn("#map-in-words");
        waitUntil(() -> robot.lookup("#structure-in-words").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<String> words = robot.lookup("#structure-in-words")
                .queryAs(javafx.scene.control.TreeView.class);
        javafx.scene.control.TreeItem<String> safer = find(words.getRoot(), "Safer Northmoor Partnership (");
        assertTrue(safer != null && safer.getParent().getValue().startsWith("Northmoor Together Executive"),
                "in words, Safer Northmoor stands under the executive it reports to");
        robot.interact(() -> ((Stage) words.getScene().getWindow()).close());
        closeDocument(robot);
    }

    private static javafx.scene.control.TreeItem<String> find(javafx.scene.control.TreeItem<String> at, String start) {
        if (at.getValue() != null && at.getValue().startsWith(start)) {
            return at;
        }
        for (javafx.scene.control.TreeItem<String> child : at.getChildren()) {
            javafx.scene.control.TreeItem<String> found = find(child, start);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isInside(javafx.scene.Node parent, javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aDragCanBeUndone(FxRobot robot) throws Exception {
        Path file = dir.resolve("Undo.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 11, 25)), "test").close();
        robot.interact(() -> viewModel.openFile(file));
        waitUntil(() -> stage.getTitle().contains("Undo.atlas.mv.db"));
        MapViewModel map = robot.lookup("#map").queryAs(MapView.class).viewModel();
        waitUntil(() -> viewModel.sessionProperty().get().model().positions().size() == 70);
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        Body board = body("Northmoor Together Board");
        robot.interact(() -> map.centreOn(board.id()));
        MapPosition before = viewModel.sessionProperty().get().model().positionOf(board.id());
        robot.drag(onScreen(robot, canvas, map, board.id()), MouseButton.PRIMARY).moveBy(-150, 40).drop();
        waitUntil(() -> viewModel.sessionProperty().get().model().positionOf(board.id()).pinned());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> before.equals(viewModel.sessionProperty().get().model().positionOf(board.id())));
        closeDocument(robot);
    }

    @Test
    void ctrlDragDrawsALineRenameInPlaceAndDeleteFromTheMenu(FxRobot robot) throws Exception {
        Path file = openSampleCopy(robot, "Edited.atlas.mv.db");
        MapViewModel map = robot.lookup("#map").queryAs(MapView.class).viewModel();
        waitUntil(() -> viewModel.sessionProperty().get().model().positions().size() == 70);
        Canvas canvas = robot.lookup("#map-canvas").queryAs(Canvas.class);
        Body digital = body("Digital Inclusion Network");
        Body scp = body("Stronger Communities Partnership");
        robot.clickOn("#map-fit");
        Point2D target = onScreen(robot, canvas, map, scp.id());
        assertTrue(canvas.localToScreen(canvas.getBoundsInLocal()).contains(target), "target on screen " + target);
        robot.press(KeyCode.CONTROL).drag(onScreen(robot, canvas, map, digital.id()), MouseButton.PRIMARY)
                .dropTo(onScreen(robot, canvas, map, scp.id())).release(KeyCode.CONTROL);
        waitUntil(() -> !viewModel.sessionProperty().get().model().linesOf(digital.id()).isEmpty());

        Point2D heritage = onScreen(robot, canvas, map, body("Heritage Forum").id());
        rightClick(robot, canvas, heritage);
        robot.clickOn("Rename");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Northmoor Heritage Forum").type(KeyCode.ENTER);
        waitUntil(() -> viewModel.sessionProperty().get().model().bodies().stream()
                .anyMatch(b -> b.name().equals("Northmoor Heritage Forum")));

        Body events = body("Events Task Group");
        Point2D at = onScreen(robot, canvas, map, events.id());
        rightClick(robot, canvas, at);
        dialogs.confirmations.add(true);
        robot.clickOn("Delete…");
        waitUntil(() -> viewModel.sessionProperty().get().model().body(events.id()) == null);
        assertEquals("Undo Delete Events Task Group", viewModel.sessionProperty().get().undoLabelProperty().get());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(canvas.localToScreen(10, canvas.getHeight() - 10));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(), dialogs.errors);
        assertEquals("Redo Delete Events Task Group", viewModel.sessionProperty().get().redoLabelProperty().get());
        waitUntil(() -> viewModel.sessionProperty().get().model().body(events.id()) != null);
        closeDocument(robot);
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            var model = store.load();
            assertTrue(model.linesOf(digital.id()).stream().anyMatch(l -> l.toBodyId() == scp.id()));
            assertEquals("Northmoor Heritage Forum", model.body(body("Heritage Forum", model).id()).name());
            assertTrue(model.body(events.id()) != null);
        }
    }

    /** Under Monocle a right click opens no context menu, so the request is fired as the toolkit would. */
    private static void rightClick(FxRobot robot, Canvas canvas, Point2D screen) {
        Point2D scene = canvas.localToScene(canvas.screenToLocal(screen));
        robot.interact(() -> canvas.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                screen.getY(), false, null)));
    }

    private static Body body(String originalName, org.partnershipatlas.model.AuthorityModel model) {
        return model.bodies().stream().filter(b -> b.name().equals(originalName)
                || b.name().equals("Northmoor " + originalName)).findFirst().orElseThrow();
    }

    private Body body(String name) {
        return viewModel.sessionProperty().get().model().bodies().stream().filter(b -> b.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Point2D onScreen(FxRobot robot, Canvas canvas, MapViewModel map, long bodyId) {
        Diagram.Box box = map.diagramProperty().get().boxes().stream().filter(b -> b.bodyId() == bodyId).findFirst()
                .orElseThrow();
        return canvas.localToScreen(map.toScreenX(box.rect().centreX()), map.toScreenY(box.rect().centreY()));
    }

}
