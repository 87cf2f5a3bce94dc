package org.partnershipatlas.report.pack;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.partnershipatlas.report.pack.PackDocument.AnswerSpace;
import org.partnershipatlas.report.pack.PackDocument.Appendix;
import org.partnershipatlas.report.pack.PackDocument.Block;
import org.partnershipatlas.report.pack.PackDocument.Figure;
import org.partnershipatlas.report.pack.PackDocument.Heading;
import org.partnershipatlas.report.pack.PackDocument.Item;
import org.partnershipatlas.report.pack.PackDocument.NestedList;
import org.partnershipatlas.report.pack.PackDocument.PageBreak;
import org.partnershipatlas.report.pack.PackDocument.Paragraph;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * The pack as one PDF (Apache PDFBox): a title page with the contents and their page numbers, each
 * appendix from a new page with its heading, the authority and the date, tables whose header row is
 * repeated on every page, diagrams drawn as vector shapes with real text (PDFBox-Graphics2D, through
 * the same Java2D painter as the SVG and PNG) on landscape pages, page numbers, bookmarks for every
 * heading, and the title and language set for screen readers.
 */
public final class PdfPackWriter {
    private static final float BODY = 10.5f;
    /** A table with more columns than this is printed on landscape pages. */
    private static final int WIDE_TABLE = 7;
    /** A small figure is never drawn larger than this (points a map unit), so few boxes stay modest. */
    static final float SMALL_FIGURE_SCALE = 0.6f;
    /** The least a figure within the text is drawn at, to keep it on the page: names at 7 pt. */
    static final float LEAST_FIGURE_SCALE = 7f / 13;
    /** Room under a full-page diagram for its text alternative, printed as well as described. */
    private static final float ALT_ROOM = 30;
    private static final float LEADING = 14;
    private static final Color INK = new Color(0x1b1b1b);

    private final PackDocument pack;
    private final PackOptions.Paper paper;
    private final BooleanSupplier cancelled;
    private boolean titlePage = true;
    private PdfTags tags;
    /** The appendix being written, in the structure tree. */
    private PDStructureElement section;

    public PdfPackWriter(PackDocument pack, PackOptions.Paper paper, BooleanSupplier cancelled) {
        this.pack = pack;
        this.paper = paper;
        this.cancelled = cancelled;
    }

    /** For a file of diagrams alone: no title page and no appendix heading, only the figures. */
    public PdfPackWriter withoutTitlePage() {
        titlePage = false;
        return this;
    }

    public void write(Path target) throws IOException {
        org.partnershipatlas.report.FileReplacement.write(target, this::writeTo);
    }

    private void writeTo(Path partial) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(pack.title() + ": " + pack.authority());
            document.getDocumentInformation().setAuthor(pack.authority());
            document.getDocumentInformation().setCreator("Partnership Atlas");
            Calendar created = Calendar.getInstance();
            document.getDocumentInformation().setCreationDate(created);
            document.getDocumentCatalog().setLanguage("en-GB");
            PdfMetadata.attach(document, pack.title() + ": " + pack.authority(), pack.authority(), created);
            document.getDocumentCatalog().setViewerPreferences(
                    new org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences(
                            new org.apache.pdfbox.cos.COSDictionary()));
            document.getDocumentCatalog().getViewerPreferences().setDisplayDocTitle(true);
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            List<PDPage> starts = new ArrayList<>();
            tags = new PdfTags(document);
            PdfFonts fonts = new PdfFonts(document);
            try (PdfFlow flow = new PdfFlow(document, fonts)) {
                flow.tags(tags);
                PDPage title = titlePage ? flow.newPage(PDRectangle.A4) : null;
                PDStructureElement titleSection = titlePage ? tags.element("Sect", tags.document()) : null;
                for (Appendix appendix : pack.appendices()) {
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("The export was cancelled");
                    }
                    section = tags.element("Sect", tags.document());
                    if (!titlePage) {
                        blocks(flow, appendix.blocks(), null);
                        continue;
                    }
                    // an appendix that is a wide table (the register) starts on its landscape page, so
                    // its heading and first lines are not left alone on a portrait one
                    boolean wide = appendix.blocks().stream().filter(b -> !(b instanceof Paragraph)).findFirst()
                            .filter(b -> b instanceof Table t && t.header().size() > WIDE_TABLE).isPresent();
                    PDRectangle first = wide ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                            : PDRectangle.A4;
                    flow.flowOn(first);
                    flow.newPage(first);
                    starts.add(flow.page());
                    PDOutlineItem item = bookmark(outline, appendix.heading(), flow.page());
                    flow.tag(tags.element("H1", section));
                    flow.text(appendix.heading(), flow.bold, 17, PdfFlow.MARGIN, flow.width(), 22);
                    flow.tag(tags.element("P", section));
                    flow.text(pack.authority() + " · " + PackContent.DATE.format(pack.date()), flow.regular, 10,
                            PdfFlow.MARGIN, flow.width(), 20);
                    flow.tag(null);
                    blocks(flow, appendix.blocks(), item);
                }
                if (title != null) {
                    titlePage(flow, document, title, starts, titleSection);
                }
            }
            footers(document, starts, fonts);
            tags.finish();
            document.save(partial.toFile());
        }
    }

    private void blocks(PdfFlow flow, List<Block> blocks, PDOutlineItem appendix) throws IOException {
        for (int i = 0; i < blocks.size(); i++) {
            // a heading, or a question, is kept with the start of what follows it
            boolean question = blocks.get(i) instanceof Paragraph p && p.emphasised() && i + 1 < blocks.size()
                    && blocks.get(i + 1) instanceof AnswerSpace;
            float keep = blocks.get(i) instanceof Heading || question ? following(flow, blocks, i + 1) : 0;
            block(flow, blocks.get(i), keep, appendix);
        }
    }

    /**
     * The room the start of what follows a heading needs on the heading's page, so a heading never
     * ends a page: the next heading and what follows it, a table's header and first rows, a paragraph's
     * first lines, a figure whole.
     */
    private float following(PdfFlow flow, List<Block> blocks, int at) throws IOException {
        if (at >= blocks.size()) {
            return 0;
        }
        Block next = blocks.get(at);
        if (next instanceof Heading h) {
            return headingHeight(h) + following(flow, blocks, at + 1);
        } else if (next instanceof Figure f && !f.fullPage()) {
            return leastHeight(f, flow.width()) + 10;
        } else if (next instanceof Table) {
            return 62;
        } else if (next instanceof Paragraph p && p.emphasised() && at + 1 < blocks.size()
                && blocks.get(at + 1) instanceof AnswerSpace) {
            // a question goes with its answer area, and so does the heading above it
            return flow.wrap(p.text(), flow.bold, BODY, flow.width()).size() * LEADING + 5
                    + following(flow, blocks, at + 1);
        } else if (next instanceof Paragraph || next instanceof NestedList) {
            return LEADING * 2;
        } else if (next instanceof AnswerSpace space) {
            return space.lines() * 22 + 4;
        }
        return 0;
    }

    /** A heading's height with the space above it. */
    private static float headingHeight(Heading h) {
        float size = h.level() == 2 ? 13.5f : 11.5f;
        return size + 5 + (h.level() == 2 ? 10 : 6);
    }

    /** The height a figure within the text takes at its least size (names at 7 pt). */
    private float leastHeight(Figure figure, float width) {
        return (float) (figure.area().height() * Math.min(LEAST_FIGURE_SCALE, width / figure.area().width()));
    }

    /** The height a figure within the text takes at its readable size, no more than a page. */
    private float inTextHeight(Figure figure, float width) {
        float readable = (float) (figure.area().height() * Math.min(SMALL_FIGURE_SCALE, width / figure.area().width()));
        return Math.min(readable, PDRectangle.A4.getHeight() - 2 * PdfFlow.MARGIN - PdfFlow.FOOTER);
    }

    private void block(PdfFlow flow, Block block, float keep, PDOutlineItem appendix) throws IOException {
        if (block instanceof Heading h) {
            float size = h.level() == 2 ? 13.5f : 11.5f;
            // a heading stays with the start of what it introduces
            flow.ensure(headingHeight(h) + keep);
            flow.moveDown(h.level() == 2 ? 10 : 6);
            if (h.level() == 2 && appendix != null) {
                bookmark(appendix, h.text(), flow.page());
            }
            flow.tag(tags.element("H" + h.level(), section));
            flow.text(h.text(), flow.bold, size, PdfFlow.MARGIN, flow.width(), size + 5);
            flow.tag(null);
        } else if (block instanceof Paragraph p) {
            if (keep > 0) {
                flow.ensure(flow.wrap(p.text(), p.emphasised() ? flow.bold : flow.regular, BODY, flow.width()).size()
                        * LEADING + keep);
            }
            flow.tag(tags.element("P", section));
            flow.text(p.text(), p.emphasised() ? flow.bold : flow.regular, BODY, PdfFlow.MARGIN, flow.width(),
                    LEADING);
            flow.tag(null);
            flow.moveDown(5);
        } else if (block instanceof Table t && t.header().size() > WIDE_TABLE) {
            flow.flowOn(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            PdfTable.draw(flow, t, section);
            flow.flowOn(PDRectangle.A4);
        } else if (block instanceof Table t) {
            PdfTable.draw(flow, t, section);
        } else if (block instanceof NestedList list) {
            PDStructureElement structure = tags.element("L", section);
            for (Item item : list.items()) {
                item(flow, item, 0, structure);
            }
            flow.moveDown(6);
        } else if (block instanceof Figure f) {
            figure(flow, f);
        } else if (block instanceof AnswerSpace space) {
            flow.ensure(space.lines() * 22 + 4);
            PDPageContentStream c = flow.content();
            float top = flow.y();
            flow.decoration(() -> {
                c.setStrokingColor(new Color(0x9aa5b1));
                c.setLineWidth(0.6f);
                for (int i = 1; i <= space.lines(); i++) {
                    c.moveTo(PdfFlow.MARGIN, top - 22 * i);
                    c.lineTo(PdfFlow.MARGIN + flow.width(), top - 22 * i);
                    c.stroke();
                }
                c.setStrokingColor(INK);
            });
            flow.moveDown(22 * space.lines() + 10);
        } else if (block instanceof PageBreak) {
            flow.breakPage();
        }
    }

    private void item(PdfFlow flow, Item item, int depth, PDStructureElement list) throws IOException {
        float indent = PdfFlow.MARGIN + 14 * depth;
        flow.ensure(LEADING);
        PDStructureElement entry = tags.element("LI", list);
        flow.tag(tags.element("Lbl", entry));
        flow.show(depth % 2 == 0 ? "•" : "–", flow.regular, BODY, indent, flow.y() - BODY);
        PDStructureElement body = tags.element("LBody", entry);
        flow.tag(body);
        flow.text(item.text(), flow.regular, BODY, indent + 10, flow.width() - 14 * depth - 10, LEADING - 1);
        flow.tag(null);
        if (!item.children().isEmpty()) {
            PDStructureElement sublist = tags.element("L", body);
            for (Item child : item.children()) {
                item(flow, child, depth + 1, sublist);
            }
        }
    }

    /** A diagram: on a landscape page of its own, or within the text, drawn as shapes and text. */
    private void figure(PdfFlow flow, Figure figure) throws IOException {
        float width;
        float height;
        float scale;
        if (figure.fullPage()) {
            flow.newPage(new PDRectangle(paper.width(), paper.height()));
            if (!figure.sheet()) {
                flow.tag(tags.element("P", section));
                flow.show(figure.caption(), flow.bold, 12, PdfFlow.MARGIN, flow.y() - 12);
                flow.tag(null);
                flow.moveDown(22);
            }
            width = flow.width();
            // a sheet says in its own notes what leaves the page; its text alternative is in the tags alone
            height = flow.y() - PdfFlow.MARGIN - PdfFlow.FOOTER + 10 - (figure.sheet() ? 0 : ALT_ROOM);
        } else {
            // drawn at its readable size (names at 7.8 pt), or smaller down to names at 7 pt where the
            // rest of the page is that short, rather than leave it empty; else it starts a new page
            width = flow.width();
            flow.ensure(Math.min(inTextHeight(figure, width), leastHeight(figure, width)) + 10);
            height = flow.y() - PdfFlow.MARGIN - PdfFlow.FOOTER - 10;
        }
        scale = (float) Math.min(width / figure.area().width(), height / figure.area().height());
        if (!figure.fullPage()) {
            scale = Math.min(scale, SMALL_FIGURE_SCALE);
        }
        float drawnWidth = (float) (figure.area().width() * scale);
        float drawnHeight = (float) (figure.area().height() * scale);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(flow.document(), drawnWidth, drawnHeight);
        g.setFontTextDrawer(flow.fonts().textDrawer());
        try {
            figure.paint(g, pack.authority() + " · " + PackContent.DATE.format(pack.date()), scale, !figure.sheet());
        } finally {
            g.dispose();
        }
        PDFormXObject form = g.getXFormObject();
        PDPageContentStream c = flow.content();
        float bottom = flow.y() - drawnHeight;
        float top = flow.y();
        // the part's title as a real heading over the picture, where the sheet would draw it (read first)
        PDStructureElement heading = figure.sheet() ? tags.element(titlePage ? "H2" : "H1", section) : null;
        tags.mark(c, flow.page(), tags.figure(section, figure.alt()), () -> {
            c.saveGraphicsState();
            c.transform(Matrix.getTranslateInstance(PdfFlow.MARGIN, bottom));
            c.drawForm(form);
            c.restoreGraphicsState();
        });
        if (heading != null) {
            float size = (float) (26 * scale);
            while (flow.width(figure.caption(), flow.bold, size)
                    > org.partnershipatlas.report.DiagramSheet.titleRoom(figure.area()) * scale
                    && size > 16 * scale) {
                size -= (float) scale;
            }
            flow.tag(heading);
            flow.show(figure.caption(), flow.bold, size, (float) (PdfFlow.MARGIN + 10 * scale), (float) (top - 32 * scale));
            flow.tag(null);
        }
        flow.decoration(() -> {
            c.setStrokingColor(new Color(0x9aa5b1));
            c.setLineWidth(0.5f);
            c.addRect(PdfFlow.MARGIN, bottom, drawnWidth, drawnHeight);
            c.stroke();
            c.setStrokingColor(INK);
        });
        flow.moveDown(drawnHeight + 10);
        if (figure.fullPage() && !figure.sheet()) {
            List<String> alt = flow.wrap("Text alternative: " + figure.alt(), flow.regular, 7.5f, flow.width());
            for (int i = 0; i < Math.min(3, alt.size()); i++) {
                String line = i == 2 && alt.size() > 3 ? alt.get(i) + " …" : alt.get(i);
                flow.show(line, flow.regular, 7.5f, PdfFlow.MARGIN, flow.y() - 7.5f);
                flow.moveDown(9.5f);
            }
        }
        if (figure.fullPage()) {
            flow.breakPage();
        }
    }

    private void titlePage(PdfFlow flow, PDDocument document, PDPage title, List<PDPage> starts,
                           PDStructureElement structure) throws IOException {
        try (PDPageContentStream c = new PDPageContentStream(document, title, PDPageContentStream.AppendMode.APPEND,
                true)) {
            float y = title.getMediaBox().getHeight() - 140;
            float x = PdfFlow.MARGIN;
            show(c, title, tags.element("P", structure), pack.authority(), flow.bold, 14, x, y);
            show(c, title, tags.element("H1", structure), pack.title(), flow.bold, 24, x, y - 40);
            show(c, title, tags.element("P", structure), PackContent.DATE.format(pack.date()), flow.regular, 12, x,
                    y - 66);
            show(c, title, tags.element("H2", structure), "Contents", flow.bold, 15, x, y - 130);
            PDStructureElement contents = tags.element("TOC", structure);
            float line = y - 158;
            for (int i = 0; i < pack.appendices().size(); i++) {
                Appendix appendix = pack.appendices().get(i);
                int number = document.getPages().indexOf(starts.get(i)) + 1;
                PDStructureElement entry = tags.element("TOCI", contents);
                // each entry is a link to its appendix's first page, as in a contents page on screen
                org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link =
                        new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
                org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination to =
                        new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
                to.setPage(starts.get(i));
                link.setDestination(to);
                link.setRectangle(new PDRectangle(x, line - 4, flow.width(), 18));
                link.setContents("Go to " + appendix.heading() + ", page " + number);
                link.setPrinted(true);
                org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary none =
                        new org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary();
                none.setWidth(0);
                link.setBorderStyle(none);
                PDStructureElement linked = tags.link(title, entry, link);
                show(c, title, linked, appendix.heading(), flow.regular, 12, x, line);
                String page = "page " + number;
                show(c, title, linked, page, flow.regular, 12, PdfFlow.MARGIN + flow.width()
                        - flow.width(page, flow.regular, 12), line);
                line -= 22;
            }
        }
    }

    private void show(PDPageContentStream c, PDPage page, PDStructureElement element, String text,
                      org.apache.pdfbox.pdmodel.font.PDFont font, float size, float x, float y) throws IOException {
        tags.mark(c, page, element, () -> {
            c.beginText();
            c.setFont(font, size);
            c.newLineAtOffset(x, y);
            c.showText(PdfFlow.safe(font, text));
            c.endText();
        });
    }

    /**
     * Each page's footer says which appendix it is in, so a page taken out of the pack still says where
     * it belongs: "Northmoor District Council · Appendix 5: Profiles … · page 28 of 60"; the
     * authority's name is left out where the line would not fit.
     */
    private void footers(PDDocument document, List<PDPage> starts, PdfFonts fonts) throws IOException {
        int total = document.getNumberOfPages();
        org.apache.pdfbox.pdmodel.font.PDFont font = fonts.regular;
        String part = pack.title();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            int started = starts.indexOf(page);
            if (started >= 0) {
                part = pack.appendices().get(started).heading();
            }
            String where = part + " · page " + (i + 1) + " of " + total;
            String full = pack.authority() + " · " + where;
            float room = page.getMediaBox().getWidth() - 2 * PdfFlow.MARGIN;
            try (PDPageContentStream c = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String text = PdfFlow.safe(font, font.getStringWidth(full) / 1000 * 8.5f <= room ? full : where);
                tags.artifact(c, () -> {
                    c.beginText();
                    c.setFont(font, 8.5f);
                    c.newLineAtOffset(PdfFlow.MARGIN, 24);
                    c.showText(text);
                    c.endText();
                });
            }
        }
    }

    private static PDOutlineItem bookmark(Object parent, String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        if (page != null) {
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(page);
            item.setDestination(destination);
        }
        if (parent instanceof PDDocumentOutline outline) {
            outline.addLast(item);
        } else {
            ((PDOutlineItem) parent).addLast(item);
        }
        return item;
    }
}
