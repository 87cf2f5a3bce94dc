package org.partnershipatlas.ui.map;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The map's context menus: on a body, draw a line to the selected body, rename it in place, change
 * its kind, remove one of its lines or delete it; on the background, add a body where the user clicked.
 */
final class MapMenus {
    private final MapViewModel viewModel;
    private final MapEdits edits;
    private final DocumentContext main;
    private final Canvas canvas;
    private final Pane overlay;
    private ContextMenu open;

    MapMenus(MapViewModel viewModel, MapEdits edits, DocumentContext main, Canvas canvas, Pane overlay) {
        this.viewModel = viewModel;
        this.edits = edits;
        this.main = main;
        this.canvas = canvas;
        this.overlay = overlay;
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::requested);
    }

    private void requested(ContextMenuEvent e) {
        if (open != null) {
            open.hide();
        }
        double mapX = viewModel.toMapX(e.getX());
        double mapY = viewModel.toMapY(e.getY());
        Long bodyId = viewModel.bodyAt(mapX, mapY);
        open = bodyId == null ? backgroundMenu(mapX, mapY) : bodyMenu(bodyId);
        open.show(canvas, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private ContextMenu backgroundMenu(double mapX, double mapY) {
        MenuItem add = item("Add body here…", "map-add-body");
        add.setOnAction(a -> edits.addBodyAt(mapX, mapY));
        return new ContextMenu(add);
    }

    private ContextMenu bodyMenu(long bodyId) {
        Body body = main.sessionProperty().get().model().body(bodyId);
        ContextMenu menu = new ContextMenu();
        Body selected = main.selectedBody();
        if (selected != null && selected.id() != bodyId) {
            for (LineKind kind : LineKind.values()) {
                MenuItem line = item(kind.label() + " " + selected.name(), "map-line-" + kind.name());
                line.setOnAction(a -> edits.connect(bodyId, selected.id(), kind));
                menu.getItems().add(line);
            }
            menu.getItems().add(new SeparatorMenuItem());
        } else {
            MenuItem hint = item("Select another body first to draw a line to it", "map-line-hint");
            hint.setDisable(true);
            menu.getItems().addAll(hint, new SeparatorMenuItem());
        }
        MenuItem rename = item("Rename", "map-rename");
        rename.setOnAction(a -> renameInPlace(bodyId));
        Menu kind = new Menu("Change kind");
        kind.setId("map-kind");
        for (BodyKind choice : BodyKind.values()) {
            MenuItem option = item(choice.label() + (choice == body.kind() ? " (now)" : ""), "map-kind-" + choice.name());
            option.setOnAction(a -> edits.changeKind(bodyId, choice));
            kind.getItems().add(option);
        }
        Menu removeLine = new Menu("Remove line");
        removeLine.setId("map-remove-line");
        var model = main.sessionProperty().get().model();
        for (var line : model.linesOf(bodyId)) {
            MenuItem option = item(MapEdits.describe(model, line) + "…", "map-remove-line-" + line.id());
            option.setOnAction(a -> edits.removeLine(line.id()));
            removeLine.getItems().add(option);
        }
        removeLine.setDisable(removeLine.getItems().isEmpty());
        MenuItem unpin = item("Unpin (let Tidy up place it)", "map-unpin");
        var position = model.positionOf(bodyId);
        unpin.setDisable(position == null || !position.pinned());
        unpin.setOnAction(a -> edits.unpin(bodyId));
        MenuItem action = item("Add action for this body", "map-add-action");
        action.setOnAction(a -> edits.addActionFor(bodyId));
        MenuItem delete = item("Delete…", "map-delete");
        delete.setOnAction(a -> edits.delete(bodyId));
        menu.getItems().addAll(rename, kind, removeLine, unpin, new SeparatorMenuItem(), action, new SeparatorMenuItem(),
                delete);
        return menu;
    }

    /** A text field over the box: Enter renames, Escape or clicking away leaves the name as it was. */
    void renameInPlace(long bodyId) {
        Diagram.Box box = viewModel.box(bodyId);
        Body body = main.sessionProperty().get().model().body(bodyId);
        if (box == null || body == null) {
            return;
        }
        TextField field = new TextField(body.name());
        field.setId("map-rename-field");
        field.setAccessibleText("New name for " + body.name());
        double scale = viewModel.scaleProperty().get();
        field.relocate(viewModel.toScreenX(box.rect().x()), viewModel.toScreenY(box.rect().y()));
        field.setPrefWidth(Math.max(220, box.rect().width() * scale));
        Runnable close = () -> overlay.getChildren().remove(field);
        field.setOnAction(a -> {
            close.run();
            edits.rename(bodyId, field.getText());
        });
        field.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                close.run();
            }
        });
        overlay.getChildren().add(field);
        field.requestFocus();
        field.selectAll();
    }

    private static MenuItem item(String text, String id) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        return item;
    }
}
