package org.partnershipatlas.report.pack;

import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.pack.PackDocument.Block;
import org.partnershipatlas.report.pack.PackDocument.Figure;
import org.partnershipatlas.report.pack.PackDocument.Heading;
import org.partnershipatlas.report.pack.PackDocument.NestedList;
import org.partnershipatlas.report.pack.PackDocument.Paragraph;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * Appendix 1: the structure diagram on landscape pages, its key in words, and the structure as nested
 * lists. Where the whole map on one page would print names smaller than about 7 points, an overview
 * page comes first and the map follows in numbered parts at a readable size.
 */
final class StructureAppendix {
    /** Points a map unit at which a 13-unit name prints at about 7 points. */
    static final double READABLE = 0.55;
    /** The appendix's title, also the title of the diagram sheet and of the diagram files. */
    static final String TITLE = "How the partnerships relate";
    /** Page margin and room for a caption, in points. */
    static final double MARGIN = 36;
    static final double CAPTION = 44;
    /** Room at the left of a picture for the layer labels. */
    static final double LABEL_ROOM = 130;
    /** The most pages the diagram's parts may take; a larger map is printed smaller. */
    static final int MAX_PARTS = 24;

    private StructureAppendix() {
    }

    static List<Block> blocks(AuthorityModel model, Diagram diagram, List<Body> bodies, PackOptions.Paper paper) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("The diagram shows the Local Strategic Partnership and the bodies under it in the "
                + "Audit Commission's three layers: strategic at the top, then executive, then operational. Each line "
                + "runs from a body up to the body it answers to. Shapes and borders, not colour, tell what each body "
                + "is, so the diagram reads in black and white. A text version follows the diagram."));
        blocks.add(new Table(List.of("On the diagram", "Means"), List.of(
                List.of("Rectangle, solid thick border", "A partnership"),
                List.of("Rounded pill, dashed border", "A network"),
                List.of("Octagon, dotted border", "A working group"),
                List.of("Rectangle, dash-dot border", "Not yet classified"),
                List.of("Black star on the top left corner", "A partnership needing political oversight"),
                List.of("\"!\" in a triangle on the top right corner", "Needs oversight but has no lead member or no "
                        + "scrutiny committee"),
                List.of("Solid line, filled arrow", "Reports to"),
                List.of("Thin solid line, hollow arrow", "Is a sub-group of"),
                List.of("Dashed line", "Advises"),
                List.of("Dotted line", "Commissions")), List.of(2.0, 3.0)));
        Rect bounds = diagram.bounds();
        Rect whole = new Rect(bounds.x() - LABEL_ROOM, bounds.y(), bounds.width() + LABEL_ROOM + 20, bounds.height() + 20);
        Rect sheet = org.partnershipatlas.report.DiagramSheet.area(diagram);
        double usableWidth = paper.width() - 2 * MARGIN;
        double usableHeight = paper.height() - 2 * MARGIN - CAPTION;
        double fit = Math.min(usableWidth / sheet.width(), usableHeight / sheet.height());
        String names = org.partnershipatlas.model.Text.count(bodies.size(), "body", "bodies");
        blocks.add(new Figure(diagram, sheet, "Diagram of the partnership structure of " + model.authority().name()
                + ": " + names + " in three layers. The same structure is given as nested lists under \"The structure "
                + "in words\".", fit < READABLE ? "Overview of the whole structure (the parts that follow are "
                + "readable in print)" : TITLE, true, true));
        if (fit < READABLE) {
            double scale = READABLE;
            while (Math.ceil(whole.width() * scale / usableWidth) * Math.ceil(whole.height() * scale / usableHeight)
                    > MAX_PARTS) {
                scale *= 0.9;
            }
            if (scale < READABLE) {
                blocks.add(new Paragraph("This structure needs more than " + MAX_PARTS + " pages to print every name at a "
                        + "readable size, so the parts below are printed smaller. To print a theme's part readably, "
                        + "export the pack for that theme."));
            }
            double tileWidth = usableWidth / scale;
            double tileHeight = usableHeight / scale;
            int columns = (int) Math.ceil(whole.width() / tileWidth);
            int rows = (int) Math.ceil(whole.height() / tileHeight);
            int part = 1;
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    Rect tile = new Rect(whole.x() + column * tileWidth, whole.y() + row * tileHeight, tileWidth,
                            tileHeight);
                    List<String> inside = diagram.boxes().stream().filter(b -> tile.contains(b.rect().centreX(),
                            b.rect().centreY())).map(b -> model.body(b.bodyId()).name()).toList();
                    if (inside.isEmpty()) {
                        continue;
                    }
                    String where = (rows > 1 ? (row == 0 ? "top" : row == rows - 1 ? "bottom" : "middle") + ", " : "")
                            + (columns > 1 ? "part " + (column + 1) + " of " + columns + " from the left" : "whole width");
                    blocks.add(new Figure(diagram, tile, "Part " + part + " of the structure diagram (" + where
                            + "), showing " + String.join(", ", inside) + ".", "Part " + part + " (" + where + ")", true, false));
                    part++;
                }
            }
        }
        blocks.add(new Heading(2, "The structure in words"));
        blocks.add(new Paragraph("Each body is listed under the body it answers to."));
        blocks.add(new NestedList(PackContent.outline(model, bodies)));
        return blocks;
    }
}
