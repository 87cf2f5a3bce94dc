package org.partnershipatlas.ui.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.TranslateTransition;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.WorkshopScene;
import org.partnershipatlas.layout.WorkshopScene.Item;

/**
 * What the room sees: the current scene on a 1280 x 720 stage scaled to the screen, in the
 * high-contrast theme. Moving between steps the boxes that stay move and resize to their new places
 * (a camera move of {@link #TRANSITION}, never a cut), those that go fade out and new ones fade in;
 * the spotlight dims the step behind a dark veil and brings the body forward with what it answers to,
 * what answers to it and who sits on it. B blanks the screen to black.
 */
public final class PresentationView extends Pane {
    /** How long a move between steps takes; under 300 ms keeps the room's bearings without waiting. */
    public static final Duration TRANSITION = Duration.millis(250);
    static final String STYLESHEET = PresentationView.class.getResource("workshop.css").toExternalForm();

    private final WorkshopViewModel viewModel;
    private final Group world = new Group();
    private final Text title = new Text();
    private final Text subtitle = new Text();
    private final Group stepLinks = new Group();
    private final Group stepLayer = new Group();
    private final Group textLayer = new Group();
    private final Rectangle veil = new Rectangle(WorkshopScene.WIDTH, WorkshopScene.HEIGHT);
    private final Group spotLinks = new Group();
    private final Group spotLayer = new Group();
    private final Rectangle highlight = new Rectangle();
    private final Text corner = new Text();
    private final Text confidential = new Text("Confidential details shown");
    private final Group capture = new Group();
    private final TextField captureField = new TextField();
    private final Text capturePrompt = new Text();
    private final Rectangle blank = new Rectangle();
    private final Map<String, Group> stepNodes = new HashMap<>();
    private final Map<String, Group> spotNodes = new HashMap<>();
    private boolean spotShown;

    public PresentationView(WorkshopViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("workshop");
        getStylesheets().add(STYLESHEET);
        setId("presentation");
        title.getStyleClass().add("wk-title");
        title.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD,
                WorkshopScene.TITLE_FONT));
        title.setTextOrigin(javafx.geometry.VPos.TOP);
        title.relocate(40, 18);
        title.setId("wk-title");
        subtitle.getStyleClass().add("wk-subtitle");
        subtitle.setFont(javafx.scene.text.Font.font(WorkshopScene.MIN_FONT));
        subtitle.setTextOrigin(javafx.geometry.VPos.TOP);
        subtitle.relocate(40, 70);
        subtitle.setId("wk-subtitle");
        veil.getStyleClass().add("wk-backdrop");
        veil.setOpacity(0);
        veil.setMouseTransparent(true);
        highlight.getStyleClass().add("wk-highlight");
        highlight.setVisible(false);
        highlight.setMouseTransparent(true);
        highlight.setId("wk-highlight");
        corner.getStyleClass().add("wk-subtitle");
        corner.setFont(javafx.scene.text.Font.font(WorkshopScene.MIN_FONT));
        corner.setTextOrigin(javafx.geometry.VPos.BOTTOM);
        corner.relocate(40, WorkshopScene.HEIGHT - 44);
        corner.setId("wk-corner");
        confidential.getStyleClass().add("wk-subtitle");
        confidential.setFont(javafx.scene.text.Font.font(WorkshopScene.MIN_FONT));
        confidential.setTextOrigin(javafx.geometry.VPos.TOP);
        confidential.setId("wk-confidential");
        confidential.relocate(WorkshopScene.WIDTH - 40 - 380, 70);
        confidential.visibleProperty().bind(viewModel.confidentialShownProperty());
        buildCapture();
        world.getChildren().addAll(stepLinks, stepLayer, textLayer, veil, title, subtitle, spotLinks, spotLayer,
                highlight, confidential, corner, capture);
        blank.getStyleClass().add("wk-backdrop");
        blank.setId("wk-blank");
        blank.visibleProperty().bind(viewModel.blankedProperty());
        getChildren().addAll(world, blank);
        widthProperty().addListener(o -> fit());
        heightProperty().addListener(o -> fit());
        viewModel.sceneProperty().addListener((o, was, now) -> {
            if (!java.util.Objects.equals(was, now)) {
                render(now);
            }
        });
        viewModel.highlightedProperty().addListener(o -> placeHighlight());
        viewModel.typedNumberProperty().addListener(o -> updateCorner());
        viewModel.messageProperty().addListener(o -> updateCorner());
        viewModel.twoScreensProperty().addListener(o -> updateCorner());
        render(viewModel.sceneProperty().get());
    }

    private void buildCapture() {
        Rectangle panel = new Rectangle(40, WorkshopScene.HEIGHT - 190, WorkshopScene.WIDTH - 80, 160);
        panel.getStyleClass().add("wk-panel");
        capturePrompt.getStyleClass().add("wk-prompt");
        capturePrompt.setFont(javafx.scene.text.Font.font(WorkshopScene.MIN_FONT));
        capturePrompt.setTextOrigin(javafx.geometry.VPos.TOP);
        capturePrompt.relocate(64, WorkshopScene.HEIGHT - 176);
        captureField.getStyleClass().add("wk-input");
        captureField.setId("wk-capture");
        captureField.relocate(64, WorkshopScene.HEIGHT - 124);
        captureField.setPrefWidth(WorkshopScene.WIDTH - 128);
        captureField.textProperty().bindBidirectional(viewModel.captureTextProperty());
        captureField.setOnAction(e -> viewModel.saveCapture());
        capture.getChildren().addAll(panel, capturePrompt, captureField);
        capture.setVisible(false);
        viewModel.capturingProperty().addListener((o, was, now) -> showCapture());
        viewModel.twoScreensProperty().addListener(o -> showCapture());
    }

    /** With one screen the note or action is typed here, in a panel over the bottom of the picture. */
    private void showCapture() {
        boolean shown = viewModel.capturingProperty().get() != WorkshopViewModel.Capture.NONE
                && !viewModel.twoScreensProperty().get();
        capture.setVisible(shown);
        if (shown) {
            Long body = viewModel.spotlightProperty().get();
            String name = body == null || viewModel.model() == null ? "" : viewModel.model().body(body).name();
            capturePrompt.setText((viewModel.capturingProperty().get() == WorkshopViewModel.Capture.NOTE
                    ? "Note on " : "Action for ") + name + " (Enter saves, Esc cancels)");
            captureField.requestFocus();
        }
    }

    private void fit() {
        double scale = Math.min(getWidth() / WorkshopScene.WIDTH, getHeight() / WorkshopScene.HEIGHT);
        world.setScaleX(scale);
        world.setScaleY(scale);
        world.setTranslateX((getWidth() - WorkshopScene.WIDTH) / 2);
        world.setTranslateY((getHeight() - WorkshopScene.HEIGHT) / 2);
        blank.setWidth(getWidth());
        blank.setHeight(getHeight());
    }

    private void render(WorkshopScene scene) {
        if (scene == null) {
            return;
        }
        title.setText(scene.title());
        fitTitle();
        subtitle.setText(scene.subtitle());
        boolean spot = viewModel.spotlightProperty().get() != null;
        ParallelTransition moves = new ParallelTransition();
        if (spot) {
            Map<String, Rect> from = rects(spotNodes);
            if (!spotShown) {
                rects(stepNodes).forEach(from::putIfAbsent);
                moves.getChildren().add(fade(veil, veil.getOpacity(), 0.85));
            }
            morph(spotNodes, spotLayer, scene.items(), from, moves);
            links(spotLinks, scene, spotNodes, moves);
            spotShown = true;
        } else {
            if (spotShown) {
                for (Group node : spotNodes.values()) {
                    moves.getChildren().add(fadeOut(spotLayer, node));
                }
                spotNodes.clear();
                spotLinks.getChildren().clear();
                moves.getChildren().add(fade(veil, veil.getOpacity(), 0));
                spotShown = false;
            }
            morph(stepNodes, stepLayer, scene.items(), rects(stepNodes), moves);
            links(stepLinks, scene, stepNodes, moves);
            texts(scene.text());
        }
        moves.play();
        placeHighlight();
        updateCorner();
    }

    /** The title on one line: smaller type for a long title, never under the smallest label size. */
    private void fitTitle() {
        double room = WorkshopScene.WIDTH - 80;
        double size = WorkshopScene.TITLE_FONT;
        title.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, size));
        while (title.getLayoutBounds().getWidth() > room && size > WorkshopScene.MIN_FONT) {
            size -= 2;
            title.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, size));
        }
        String full = title.getText();
        int cut = full.length();
        while (title.getLayoutBounds().getWidth() > room && cut > 10) {
            cut -= 2;
            title.setText(full.substring(0, cut).strip() + "\u2026");
        }
    }

    private void morph(Map<String, Group> nodes, Group layer, List<Item> items, Map<String, Rect> from,
                       ParallelTransition moves) {
        Map<String, Group> next = new HashMap<>();
        boolean fadeIn = !layer.getChildren().isEmpty() || layer == spotLayer;
        for (Item item : items) {
            Group node = SceneNodes.box(item);
            node.relocate(item.rect().x(), item.rect().y());
            if (item.bodyId() != null) {
                long id = item.bodyId();
                node.setOnMouseClicked(e -> viewModel.spotlight(id));
                node.setCursor(javafx.scene.Cursor.HAND);
            }
            Rect old = from.get(item.key());
            if (old != null) {
                moves.getChildren().add(move(node, old, item.rect()));
            } else if (fadeIn) {
                node.setOpacity(0);
                moves.getChildren().add(fade(node, 0, 1));
            }
            Group replaced = nodes.remove(item.key());
            if (replaced != null) {
                layer.getChildren().remove(replaced);
            }
            layer.getChildren().add(node);
            next.put(item.key(), node);
        }
        for (Group gone : nodes.values()) {
            moves.getChildren().add(fadeOut(layer, gone));
        }
        nodes.clear();
        nodes.putAll(next);
    }

    /** Starts the node where it was and moves and resizes it to where it is now. */
    private static ParallelTransition move(Node node, Rect from, Rect to) {
        double sx = from.width() / to.width();
        double sy = from.height() / to.height();
        node.setTranslateX(from.centreX() - to.centreX());
        node.setTranslateY(from.centreY() - to.centreY());
        node.setScaleX(sx);
        node.setScaleY(sy);
        TranslateTransition slide = new TranslateTransition(TRANSITION, node);
        slide.setToX(0);
        slide.setToY(0);
        slide.setInterpolator(Interpolator.EASE_BOTH);
        ScaleTransition grow = new ScaleTransition(TRANSITION, node);
        grow.setToX(1);
        grow.setToY(1);
        grow.setInterpolator(Interpolator.EASE_BOTH);
        return new ParallelTransition(slide, grow);
    }

    private static FadeTransition fade(Node node, double from, double to) {
        FadeTransition fade = new FadeTransition(TRANSITION, node);
        fade.setFromValue(from);
        fade.setToValue(to);
        return fade;
    }

    private static FadeTransition fadeOut(Group layer, Node node) {
        node.setMouseTransparent(true);
        FadeTransition fade = fade(node, node.getOpacity(), 0);
        fade.setOnFinished(e -> layer.getChildren().remove(node));
        return fade;
    }

    /**
     * Each line along the route the scene gives it (around every box), drawn by its kind, with its
     * arrow at the body it answers to: what the map's key says, at the projector's size.
     */
    private void links(Group layer, WorkshopScene scene, Map<String, Group> nodes, ParallelTransition moves) {
        layer.getChildren().clear();
        for (WorkshopScene.Link link : scene.links()) {
            if (nodes.get(link.from()) == null || nodes.get(link.to()) == null || link.route().size() < 2) {
                continue;
            }
            layer.getChildren().addAll(WorkshopLines.draw(link));
        }
        layer.setOpacity(0);
        moves.getChildren().add(fade(layer, 0, 1));
    }

    /** Lines of text (the findings) appear as they are: there is nothing on screen for them to move from. */
    private void texts(List<String> lines) {
        textLayer.getChildren().clear();
        double y = 130;
        double room = WorkshopScene.HEIGHT - 30 - WorkshopScene.MIN_FONT * 1.4;
        for (int i = 0; i < lines.size(); i++) {
            Text text = SceneNodes.text(lines.get(i), WorkshopScene.MIN_FONT, WorkshopScene.WIDTH - 80, y, "wk-text",
                    false);
            text.setTextAlignment(javafx.scene.text.TextAlignment.LEFT);
            text.setLayoutX(40);
            boolean last = i == lines.size() - 1;
            if (y + text.getLayoutBounds().getHeight() > (last ? WorkshopScene.HEIGHT - 30 : room)) {
                text.setText("+ " + (lines.size() - i) + " more on the presenter's screen");
                textLayer.getChildren().add(text);
                break;
            }
            textLayer.getChildren().add(text);
            y += text.getLayoutBounds().getHeight() + 14;
        }

    }

    private void placeHighlight() {
        Long id = viewModel.highlightedProperty().get();
        Item item = id == null ? null : item(stepNodes.get("b" + id));
        highlight.setVisible(item != null && !spotShown);
        if (item != null) {
            Rect r = item.rect().grown(9);
            highlight.setX(r.x());
            highlight.setY(r.y());
            highlight.setWidth(r.width());
            highlight.setHeight(r.height());
        }
    }

    private void updateCorner() {
        String typed = viewModel.typedNumberProperty().get();
        String message = viewModel.twoScreensProperty().get() ? "" : viewModel.messageProperty().get();
        corner.setText(!typed.isEmpty() ? "Go to step " + typed + " (Enter)" : message);
    }

    private static Item item(Group node) {
        return node == null ? null : (Item) node.getUserData();
    }

    private static Map<String, Rect> rects(Map<String, Group> nodes) {
        Map<String, Rect> rects = new HashMap<>();
        nodes.forEach((key, node) -> rects.put(key, item(node).rect()));
        return rects;
    }

    /** The box on the projector for a body, for tests and the benchmark; null when not shown. */
    public Group nodeFor(long bodyId) {
        Group node = spotNodes.get("b" + bodyId);
        return node != null ? node : stepNodes.get("b" + bodyId);
    }
}
