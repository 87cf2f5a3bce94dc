package org.partnershipatlas.ui.workshop;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.partnershipatlas.layout.WorkshopScene;
import org.partnershipatlas.layout.WorkshopScene.Item;

/**
 * Builds the projector's box for one scene item, in the map's shape grammar (partnership: rectangle,
 * solid border; network: pill, dashed; working group: octagon, dotted; unclassified: dash-dot;
 * organisation: hexagon), with its label centred in lines. Colours and line widths come from the
 * high-contrast stylesheet; only the shapes and dashes are set here.
 */
final class SceneNodes {
    static final double LINE = 1.2;

    private SceneNodes() {
    }

    /** The box at (0, 0), its size that of the item; the caller places it. */
    static Group box(Item item) {
        double w = item.rect().width();
        double h = item.rect().height();
        Shape outline = outline(item.shape(), w, h);
        outline.getStyleClass().add(item.shape() == WorkshopScene.Shape.ORGANISATION ? "wk-box-organisation" : "wk-box");
        if (item.emphasis()) {
            outline.getStyleClass().add("wk-box-emphasis");
        }
        outline.setStrokeLineCap(StrokeLineCap.ROUND);
        Group group = new Group(outline);
        List<String> lines = item.label();
        double total = lines.size() * item.fontSize() * LINE + item.details().size() * WorkshopScene.MIN_FONT * LINE;
        double y = (h - total) / 2;
        boolean hexagon = item.shape() == WorkshopScene.Shape.ORGANISATION;
        for (String line : lines) {
            Text text = text(line, item.fontSize(), hexagon ? w * 0.8 : w, y, "wk-label", item.emphasis());
            text.setLayoutX(hexagon ? w * 0.1 : 0);
            group.getChildren().add(text);
            y += item.fontSize() * LINE;
        }
        for (String detail : item.details()) {
            group.getChildren().add(text(detail, WorkshopScene.MIN_FONT, w, y, "wk-detail", false));
            y += WorkshopScene.MIN_FONT * LINE;
        }
        if (item.oversight()) {
            group.getChildren().add(star(14, 10, Math.max(14, item.fontSize() * 0.55)));
        }
        group.setUserData(item);
        group.getStyleClass().add("wk-item");
        if (item.bodyId() != null) {
            group.setId("wk-body-" + item.bodyId());
            group.setAccessibleText(String.join(" ", lines));
        }
        return group;
    }

    static Text text(String content, double size, double width, double top, String style, boolean bold) {
        Text text = new Text(content);
        text.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        text.getStyleClass().add(style);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setWrappingWidth(width);
        text.setTextOrigin(javafx.geometry.VPos.TOP);
        text.setLayoutY(top);
        return text;
    }

    /** The outline that says what kind of body it is, without colour. */
    static Shape outline(WorkshopScene.Shape shape, double w, double h) {
        switch (shape) {
            case NETWORK -> {
                Rectangle pill = new Rectangle(w, h);
                pill.setArcWidth(Math.min(h, w));
                pill.setArcHeight(Math.min(h, w));
                pill.getStrokeDashArray().setAll(18.0, 10.0);
                return pill;
            }
            case WORKING_GROUP -> {
                double c = Math.min(h, w) * 0.28;
                Polygon octagon = new Polygon(c, 0, w - c, 0, w, c, w, h - c, w - c, h, c, h, 0, h - c, 0, c);
                octagon.getStrokeDashArray().setAll(1.0, 9.0);
                return octagon;
            }
            case ORGANISATION -> {
                double c = Math.min(h * 0.5, w * 0.2);
                return new Polygon(c, 0, w - c, 0, w, h / 2, w - c, h, c, h, 0, h / 2);
            }
            case UNCLASSIFIED -> {
                Rectangle box = new Rectangle(w, h);
                box.getStrokeDashArray().setAll(20.0, 8.0, 3.0, 8.0);
                return box;
            }
            case MORE -> {
                Rectangle box = new Rectangle(w, h);
                box.setArcWidth(12);
                box.setArcHeight(12);
                box.getStrokeDashArray().setAll(6.0, 8.0);
                return box;
            }
            default -> {
                return new Rectangle(w, h);
            }
        }
    }

    /** The "needs political oversight" star, as on the map. */
    static Node star(double cx, double cy, double radius) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double angle = Math.PI / 2 + i * Math.PI / 5;
            star.getPoints().addAll(cx + r * Math.cos(angle), cy - r * Math.sin(angle));
        }
        star.getStyleClass().add("wk-star");
        return star;
    }
}
