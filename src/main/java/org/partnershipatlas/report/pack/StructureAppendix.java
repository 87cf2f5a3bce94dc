package org.partnershipatlas.report.pack;

import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.layout.Diagram;
import java.util.LinkedHashSet;
import java.util.Set;
import org.partnershipatlas.layout.OnePageChart;
import org.partnershipatlas.layout.PrintedParts;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.report.DiagramSheet;
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
 * lists. Where the whole structure on one page would print names smaller than 7 points, it is cut by
 * structure (see {@link PrintedParts}): an overview of the top of the structure, then a part for each
 * body whose groups did not fit, each laid out for its own page, with the key on every page and the
 * lines that leave a page named under it. No page is a slice of a larger picture, so no box is cut.
 */
final class StructureAppendix {
    /** Points a map unit at which a 13-unit name prints at 7.8 points, leaving room for a name drawn a little smaller to fit. */
    static final double READABLE = 0.6;
    /** The appendix's title, also the title of the diagram sheet and of the diagram files. */
    static final String TITLE = "How the partnerships relate";
    /** The most notes (lines to other parts) written on a sheet; the rest are in the structure in words. */
    static final int MAX_NOTES = 5;

    private StructureAppendix() {
    }

    /** The width and height of a full landscape page's drawing area, in points, as the PDF writer gives it. */
    static double[] pageRoom(PackOptions.Paper paper) {
        return new double[] {paper.width() - 2 * PdfFlow.MARGIN, paper.height() - 2 * PdfFlow.MARGIN - PdfFlow.FOOTER
                + 10};
    }

    /**
     * The parts of the structure for this paper: one when it all prints readably on a page, either as
     * the map's chart or arranged for the page in rows ({@link OnePageChart}) with every name at 7
     * points or more; else cut by structure.
     */
    static List<PrintedParts.Part> parts(AuthorityModel model, List<Body> bodies, PackOptions.Paper paper) {
        double[] room = pageRoom(paper);
        double[] map = DiagramSheet.mapRoom(room[0] / READABLE, room[1] / READABLE, MAX_NOTES);
        Set<Long> scope = new LinkedHashSet<>();
        bodies.forEach(b -> scope.add(b.id()));
        List<PrintedParts.Part> parts = PrintedParts.plan(model, scope, map[0], map[1]);
        if (parts.size() > 1) {
            OnePageChart.Arrangement one = onePage(model, scope, paper, SMALLEST_NAME / NAME_UNITS);
            if (one != null && namePoints(one) >= SMALLEST_NAME) {
                return List.of(PrintedParts.whole(model, scope, one.diagram()));
            }
        }
        return parts;
    }

    /** The smallest size a name prints at on a page, in points. */
    static final double SMALLEST_NAME = 7;
    /** A name's size on the map, in map units. */
    static final double NAME_UNITS = 13;

    /** The whole structure arranged to print largest on one page of this paper, with room for its notes. */
    static OnePageChart.Arrangement onePage(AuthorityModel model, Set<Long> scope, PackOptions.Paper paper) {
        return onePage(model, scope, paper, 0);
    }

    /** As {@link #onePage(AuthorityModel, Set, PackOptions.Paper)}; null at once when it cannot print at {@code least}. */
    static OnePageChart.Arrangement onePage(AuthorityModel model, Set<Long> scope, PackOptions.Paper paper,
                                            double least) {
        double[] room = pageRoom(paper);
        long leaving = model.lines().stream()
                .filter(l -> scope.contains(l.fromBodyId()) != scope.contains(l.toBodyId())).count();
        List<String> notes = java.util.Collections.nCopies((int) Math.min(MAX_NOTES, leaving), "");
        return OnePageChart.best(model, scope, bounds -> {
            Rect sheet = DiagramSheet.area(bounds, notes);
            return Math.min(room[0] / sheet.width(), room[1] / sheet.height());
        }, least);
    }

    /** Points at which the smallest name of the arrangement prints, in the font the sheet is drawn with. */
    static double namePoints(OnePageChart.Arrangement arrangement) {
        return DiagramSheet.smallestLabel(arrangement.diagram()) * arrangement.scale();
    }

    /** True when the diagram wraps onto rows: a layer's band appears twice. */
    static boolean inRows(Diagram diagram) {
        return diagram.bands().stream().map(Diagram.Band::layer).distinct().count() < diagram.bands().size();
    }

    /** The notes a sheet can hold: the first {@link #MAX_NOTES}, then how many more. */
    static List<String> notes(PrintedParts.Part part) {
        if (part.notes().size() <= MAX_NOTES) {
            return part.notes();
        }
        List<String> notes = new ArrayList<>(part.notes().subList(0, MAX_NOTES - 1));
        notes.add("and " + (part.notes().size() - MAX_NOTES + 1) + " more: see \"The structure in words\"");
        return notes;
    }

    /** Each part as a full-page sheet with its title, key and notes. */
    static List<Figure> figures(AuthorityModel model, List<PrintedParts.Part> parts) {
        List<Figure> figures = new ArrayList<>();
        for (PrintedParts.Part part : parts) {
            List<String> notes = notes(part);
            Diagram diagram = part.diagram();
            List<String> names = diagram.boxes().stream().map(b -> model.body(b.bodyId()).name()).toList();
            String caption = parts.size() == 1 ? TITLE : part.title();
            String alt = (parts.size() == 1 ? "Diagram of the partnership structure of " + model.authority().name()
                    : part.title() + " of the partnership structure of " + model.authority().name()) + ": "
                    + org.partnershipatlas.model.Text.count(names.size(), "body", "bodies") + " ("
                    + String.join(", ", names.subList(0, Math.min(12, names.size())))
                    + (names.size() > 12 ? " and more" : "") + ")"
                    + (part.notes().isEmpty() ? "" : "; " + String.join("; ", part.notes()))
                    + ". The same structure is given as nested lists under \"The structure in words\".";
            figures.add(new Figure(diagram, DiagramSheet.area(diagram, notes), alt, caption, true, true, notes));
        }
        return figures;
    }

    static List<Block> blocks(AuthorityModel model, List<Body> bodies, PackOptions.Paper paper) {
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
                List.of("Dotted line", "Commissions"),
                List.of("\"12 bodies below: Part 3\" in a box", "What answers to that body is drawn on Part 3")),
                List.of(2.0, 3.0)));
        List<PrintedParts.Part> parts = parts(model, bodies, paper);
        if (parts.size() > 1) {
            blocks.add(new Paragraph("The structure is printed in " + parts.size() + " parts so that every name can be "
                    + "read: Part 1 shows the top of the structure; a box saying \"below: Part N\" has what answers to "
                    + "it drawn on Part N."));
        }
        if (parts.size() == 1 && inRows(parts.get(0).diagram())) {
            blocks.add(new Paragraph("To print on one page, what answers to the top of the structure is drawn in rows, "
                    + "each row with its own executive and operational bands; a line to a body on a lower row runs "
                    + "down the left-hand side of the rows and along above that row."));
        }
        blocks.addAll(figures(model, parts));
        blocks.add(new Heading(2, "The structure in words"));
        blocks.add(new Paragraph("Each body is listed under the body it answers to."));
        blocks.add(new NestedList(PackContent.outline(model, bodies)));
        return blocks;
    }
}
