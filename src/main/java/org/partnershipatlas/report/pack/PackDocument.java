package org.partnershipatlas.report.pack;

import java.time.LocalDate;
import java.util.List;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;

/**
 * The cabinet appendix pack as content, before it is any file format: numbered appendices made of
 * headings, paragraphs, tables, nested lists, diagrams and space for answers. The DOCX and PDF
 * writers both lay out this one description, so the two documents say the same thing.
 */
public record PackDocument(String title, String authority, LocalDate date, List<Appendix> appendices) {

    /** One numbered appendix: "Appendix 2: The partnership register". */
    public record Appendix(int number, String title, List<Block> blocks) {
        public String heading() {
            return "Appendix " + number + ": " + title;
        }
    }

    /** A piece of an appendix. */
    public sealed interface Block permits Heading, Paragraph, Table, NestedList, Figure, AnswerSpace, PageBreak {
    }

    /** A heading below the appendix's own (level 2 or 3). */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text, boolean emphasised) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    /** A table with a header row (repeated on each page); {@code widths} are relative column widths. */
    public record Table(List<String> header, List<List<String>> rows, List<Double> widths) implements Block {
    }

    /** Bodies under their parents, as nested bullet lists: the text alternative to the diagram. */
    public record NestedList(List<Item> items) implements Block {
    }

    public record Item(String text, List<Item> children) {
    }

    /**
     * Part of the map ({@code area}, in map units) drawn as a figure, with its alternative text.
     * {@code fullPage} asks for a page of its own in landscape; {@code sheet} draws the caption as the
     * picture's title with the key under the map (see {@code DiagramSheet}) and, under the key,
     * {@code notes}: the lines that leave this part for another, in words.
     */
    public record Figure(Diagram diagram, Rect area, String alt, String caption, boolean fullPage, boolean sheet,
                         List<String> notes) implements Block {
        public Figure {
            notes = List.copyOf(notes);
        }

        public Figure(Diagram diagram, Rect area, String alt, String caption, boolean fullPage, boolean sheet) {
            this(diagram, area, alt, caption, fullPage, sheet, List.of());
        }

        /** Draws the figure at {@code scale} points (or pixels) a map unit, its top-left at the origin. */
        public void paint(java.awt.Graphics2D g, String subtitle, double scale) {
            paint(g, subtitle, scale, true);
        }

        /**
         * As {@link #paint(java.awt.Graphics2D, String, double)}; without {@code titled} a sheet leaves
         * its title out, for a PDF that sets it as a real heading over the picture.
         */
        public void paint(java.awt.Graphics2D g, String subtitle, double scale, boolean titled) {
            if (sheet) {
                org.partnershipatlas.report.DiagramSheet.paint(g, diagram, titled ? caption : "", subtitle, notes,
                        area, scale);
            } else {
                org.partnershipatlas.report.Java2dMapPainter.paint(g, diagram, area, scale);
            }
        }
    }

    /** Ruled lines for a councillor to write an answer on. */
    public record AnswerSpace(int lines) implements Block {
    }

    public record PageBreak() implements Block {
    }
}
