package org.partnershipatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;

/**
 * What the mouse does on the map. Press on a body and drag: the body follows and is pinned where it
 * is dropped (one undoable move); with Ctrl held, a line is drawn instead, and dropping it on another
 * body records that the first reports to the second. Press on the background and drag: the map pans; with Shift held, a
 * rectangle selects the bodies it touches. A click selects; Shift-click adds or removes. The wheel
 * and a pinch zoom about the pointer. Hovering over a body shows its card.
 */
final class MapGestures {
    private static final double DRAG_THRESHOLD = 4;

    private final MapViewModel viewModel;
    private final Canvas canvas;
    private final Pane overlay;
    private final HoverCard card;
    private final Runnable redraw;
    private final Rectangle band = new Rectangle();
    private final javafx.scene.shape.Line rubberLine = new javafx.scene.shape.Line();
    private final MapEdits edits;
    private boolean connecting;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private Long pressedBody;
    private boolean dragging;
    private boolean selectingArea;
    private double dragDx;
    private double dragDy;

    MapGestures(MapViewModel viewModel, MapEdits edits, Canvas canvas, Pane overlay, HoverCard card,
                Runnable redraw) {
        this.viewModel = viewModel;
        this.edits = edits;
        this.canvas = canvas;
        this.overlay = overlay;
        this.card = card;
        this.redraw = redraw;
        band.setFill(MapView.BAND_SELECT);
        band.setStroke(Color.web("#0b57d0"));
        band.setStrokeWidth(1.5);
        band.setVisible(false);
        band.setMouseTransparent(true);
        rubberLine.setStroke(Color.web("#0b57d0"));
        rubberLine.setStrokeWidth(3);
        rubberLine.getStrokeDashArray().setAll(8.0, 5.0);
        rubberLine.setVisible(false);
        rubberLine.setMouseTransparent(true);
        overlay.getChildren().addAll(band, rubberLine);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> card.show(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                viewModel.zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            viewModel.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
    }

    /** The diagram with the body being dragged drawn where the pointer has it. */
    Diagram preview(Diagram diagram) {
        if (!dragging || pressedBody == null || diagram == null) {
            return diagram;
        }
        List<Diagram.Box> boxes = new ArrayList<>(diagram.boxes().size());
        for (Diagram.Box box : diagram.boxes()) {
            if (box.bodyId() == pressedBody) {
                Rect r = box.rect();
                boxes.add(new Diagram.Box(box.bodyId(), r.movedTo(r.x() + dragDx, r.y() + dragDy), box.classification(),
                        box.label(), box.shortLabel(), box.theme(), box.oversight(), box.warning(), true));
            } else {
                boxes.add(box);
            }
        }
        return new Diagram(boxes, diagram.lines(), diagram.bands(), diagram.bounds());
    }

    private void pressed(MouseEvent e) {
        if (!MapView.primary(e)) {
            return;
        }
        canvas.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        pressedBody = viewModel.bodyAt(viewModel.toMapX(pressX), viewModel.toMapY(pressY));
        selectingArea = pressedBody == null && e.isShiftDown();
        connecting = pressedBody != null && e.isShortcutDown();
        dragging = false;
        dragDx = 0;
        dragDy = 0;
    }

    private void dragged(MouseEvent e) {
        if (!MapView.primary(e)) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        card.show(null);
        if (connecting) {
            rubberLine.setStartX(pressX);
            rubberLine.setStartY(pressY);
            rubberLine.setEndX(e.getX());
            rubberLine.setEndY(e.getY());
            rubberLine.setVisible(true);
        } else if (selectingArea) {
            Rect r = MapView.normalised(pressX, pressY, e.getX(), e.getY());
            band.setX(r.x());
            band.setY(r.y());
            band.setWidth(r.width());
            band.setHeight(r.height());
            band.setVisible(true);
        } else if (pressedBody != null && !connecting) {
            double scale = viewModel.scaleProperty().get();
            dragDx = (e.getX() - pressX) / scale;
            dragDy = (e.getY() - pressY) / scale;
            redraw.run();
        } else {
            viewModel.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (!MapView.primary(e)) {
            return;
        }
        if (!dragging && pressedBody == null
                && viewModel.seats().clickAt(viewModel.toMapX(e.getX()), viewModel.toMapY(e.getY()))) {
            card.show(null);
        } else if (!dragging) {
            if (pressedBody == null && !e.isShiftDown()) {
                viewModel.seats().selectedOrganisationProperty().set(null);
            }
            viewModel.click(pressedBody, e.isShiftDown());
        } else if (connecting) {
            rubberLine.setVisible(false);
            Long target = viewModel.bodyAt(viewModel.toMapX(e.getX()), viewModel.toMapY(e.getY()));
            if (target != null) {
                edits.connect(pressedBody, target, org.partnershipatlas.model.LineKind.REPORTS_TO);
            }
        } else if (selectingArea) {
            band.setVisible(false);
            viewModel.selectWithin(MapView.normalised(viewModel.toMapX(pressX), viewModel.toMapY(pressY),
                    viewModel.toMapX(e.getX()), viewModel.toMapY(e.getY())));
        } else if (pressedBody != null) {
            Diagram.Box box = viewModel.box(pressedBody);
            long body = pressedBody;
            double x = box.rect().x() + dragDx;
            double y = box.rect().y() + dragDy;
            dragging = false;
            viewModel.move(body, x, y);
        }
        dragging = false;
        selectingArea = false;
        connecting = false;
        pressedBody = null;
        redraw.run();
    }

    private void moved(MouseEvent e) {
        Long body = viewModel.bodyAt(viewModel.toMapX(e.getX()), viewModel.toMapY(e.getY()));
        card.show(body);
    }
}
