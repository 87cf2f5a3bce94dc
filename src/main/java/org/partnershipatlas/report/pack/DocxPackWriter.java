package org.partnershipatlas.report.pack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
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
 * The pack as one Word document (Apache POI XWPF), for councils that attach DOCX to cabinet papers:
 * real heading styles (so Word's navigation and screen readers see the structure), a contents field,
 * page numbers in the footer, tables whose header row repeats on every page, bullet lists nested as
 * Word lists, and each diagram as a picture with its alternative text, on landscape pages where it
 * has a page of its own.
 */
public final class DocxPackWriter {
    /** A table with more columns than this goes on landscape pages. */
    private static final int WIDE_TABLE = 7;
    private final PackDocument pack;
    private final PackOptions.Paper paper;
    private final BooleanSupplier cancelled;
    private final FigureSvgs svgs;
    private final java.util.Map<Table, DocxColumns.Fit> fits = new java.util.IdentityHashMap<>();
    private XWPFDocument doc;
    private BigInteger bullets;
    private boolean landscape;
    /** The paper of the landscape section now being written: the pack's, or A3 for a register too wide for it. */
    private PackOptions.Paper landscapePaper;
    /** True just after a section break, which starts a page of its own: the next heading needs no break. */
    private boolean freshPage;
    private boolean figureOnPage;
    private int pictureCount;
    private java.util.Map<Figure, DocxPictures.Picture> pictures;
    /** A break asked for: the next heading starts a page (a break of its own could leave a blank page). */
    private boolean pendingBreak;

    public DocxPackWriter(PackDocument pack, PackOptions.Paper paper, BooleanSupplier cancelled) {
        this(pack, paper, cancelled, new FigureSvgs(pack.authority() + " · " + PackContent.DATE.format(pack.date())));
    }

    /** With the export's shared {@code svgs}, so a part drawn as an SVG file is not drawn again for Word. */
    DocxPackWriter(PackDocument pack, PackOptions.Paper paper, BooleanSupplier cancelled, FigureSvgs svgs) {
        this.svgs = svgs;
        this.pack = pack;
        this.paper = paper;
        this.landscapePaper = paper;
        this.cancelled = cancelled;
    }

    public void write(Path target) throws IOException {
        org.partnershipatlas.report.FileReplacement.write(target, this::writeTo);
    }

    private void writeTo(Path partial) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(partial)) {
            doc = document;
            List<Figure> figures = new java.util.ArrayList<>();
            pack.appendices().forEach(a -> a.blocks().stream().filter(b -> b instanceof Figure)
                    .forEach(b -> figures.add((Figure) b)));
            pictures = DocxPictures.drawAll(figures, paper, svgs, pack.authority() + " · "
                    + PackContent.DATE.format(pack.date()));
            DocxStyles.install(doc);
            bullets = DocxStyles.bullets(doc);
            doc.getProperties().getCoreProperties().setTitle(pack.title() + ": " + pack.authority());
            doc.getProperties().getCoreProperties().setCreator(pack.authority());
            titlePage();
            for (Appendix appendix : pack.appendices()) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("The export was cancelled");
                }
                // an appendix that is a wide table (the register) starts on its landscape page, so its
                // heading and first lines are not left alone on a portrait one
                Table wide = appendix.blocks().stream().filter(b -> !(b instanceof Paragraph)).findFirst()
                        .filter(b -> b instanceof Table t && t.header().size() > WIDE_TABLE).map(Table.class::cast)
                        .orElse(null);
                freshPage = false;
                if (wide != null) {
                    landscape(fit(wide).a3() ? PackOptions.Paper.A3 : paper);
                } else {
                    portrait();
                }
                pendingBreak = false;
                XWPFParagraph heading = paragraph("Heading1", appendix.heading());
                heading.setPageBreak(!freshPage);
                freshPage = false;
                paragraph(null, pack.authority() + " · " + PackContent.DATE.format(pack.date()));
                for (Block block : appendix.blocks()) {
                    block(block);
                }
            }
            DocxStyles.footer(doc, pack.authority(), true);
            CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            pageSize(last, landscape);
            doc.enforceUpdateFields();
            doc.write(out);
        }
    }

    private void titlePage() {
        paragraph("Subtitle", pack.authority());
        paragraph("Title", pack.title());
        paragraph(null, PackContent.DATE.format(pack.date()));
        paragraph("TOCHeading", "Contents");
        XWPFParagraph toc = doc.createParagraph();
        DocxStyles.tocField(toc, pack.appendices().stream().map(Appendix::heading).toList());
    }

    private void block(Block block) throws IOException {
        boolean wide = block instanceof Table t && t.header().size() > WIDE_TABLE;
        if (wide) {
            landscape(fit((Table) block).a3() ? PackOptions.Paper.A3 : paper);
        } else if (!(block instanceof Figure f && f.fullPage()) && !(block instanceof Paragraph)) {
            portrait();
        }
        if (block instanceof Heading h) {
            XWPFParagraph heading = paragraph(h.level() == 2 ? "Heading2" : "Heading3", h.text());
            heading.setPageBreak(pendingBreak && !freshPage);
            pendingBreak = false;
            freshPage = false;
        } else if (block instanceof Paragraph p) {
            XWPFParagraph paragraph = doc.createParagraph();
            XWPFRun run = paragraph.createRun();
            run.setText(p.text());
            run.setBold(p.emphasised());
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof NestedList list) {
            for (Item item : list.items()) {
                item(item, 0);
            }
        } else if (block instanceof Figure f) {
            figure(f);
        } else if (block instanceof AnswerSpace space) {
            // one ruled area a screen reader passes as one "Answer", not a blank paragraph per line
            XWPFParagraph area = doc.createParagraph();
            area.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            area.setSpacingBefore(120);
            area.setSpacingAfter(space.lines() * 360);
            XWPFRun label = area.createRun();
            label.setText("Answer");
            label.setFontSize(8);
            label.setColor("5F6B7A");
        } else if (block instanceof PageBreak) {
            pendingBreak = true;
        }
        if (!(block instanceof Heading) && !(block instanceof PageBreak)) {
            freshPage = false;
        }
    }

    private void table(Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < t.header().size(); c++) {
            cell(header, c, t.header().get(c), true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < t.header().size(); c++) {
                cell(row, c, c < cells.size() && cells.get(c) != null ? cells.get(c) : "", false);
            }
        }
        boolean isWide = t.header().size() > WIDE_TABLE;
        DocxColumns.Fit fit = isWide ? fit(t) : null;
        long[] widths;
        if (fit != null) {
            widths = fit.twips();
            var margins = table.getCTTbl().getTblPr().isSetTblCellMar() ? table.getCTTbl().getTblPr().getTblCellMar()
                    : table.getCTTbl().getTblPr().addNewTblCellMar();
            for (var side : List.of(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(),
                    margins.isSetRight() ? margins.getRight() : margins.addNewRight())) {
                side.setW(BigInteger.valueOf(DocxColumns.CELL_MARGIN));
                side.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            }
        } else {
            widths = portraitWidths(t);
        }
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                var width = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                var w = width.isSetTcW() ? width.getTcW() : width.addNewTcW();
                w.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
            if (fit != null) {
                row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> p.getRuns().forEach(
                        run -> run.setFontSize(fit.fontSize()))));
            }
        }
        doc.createParagraph();
    }

    /**
     * A portrait table's columns: each at least its longest word (at the cells' 9 pt, with Word's
     * margins), the rest shared as the table asks (its relative widths), so a "Field" column does not
     * take half the page from the "Record" beside it.
     */
    private static long[] portraitWidths(Table t) {
        double usable = 595.28 * 20 - 2880;
        // DocxColumns counts a wide table's compact cell margins; Word's default is 108 twips a side
        double[] need = DocxColumns.least(t, 9);
        for (int c = 0; c < need.length; c++) {
            need[c] += 216 - 2 * DocxColumns.CELL_MARGIN;
        }
        double[] shares = t.widths().size() == t.header().size()
                ? t.widths().stream().mapToDouble(Double::doubleValue).toArray() : shares(t);
        long[] widths = new long[shares.length];
        if (java.util.Arrays.stream(need).sum() > usable) {
            double[] fallback = shares(t);
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.round(usable * fallback[c]);
            }
            return widths;
        }
        // a column that would get less than its longest word gets that word; the rest share what is left
        boolean[] fixed = new boolean[need.length];
        boolean changed = true;
        while (changed) {
            changed = false;
            double room = usable;
            double flexible = 0;
            for (int c = 0; c < need.length; c++) {
                if (fixed[c]) {
                    room -= need[c];
                } else {
                    flexible += shares[c];
                }
            }
            for (int c = 0; c < need.length; c++) {
                widths[c] = Math.round(fixed[c] ? need[c] : room * shares[c] / flexible);
                if (!fixed[c] && widths[c] < need[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    /**
     * Each column's share of the width, from the longest word it must hold and the text it would
     * like (capped), so short columns such as dates are not given as much room as names.
     */
    static double[] shares(Table t) {
        int n = t.header().size();
        double[] wants = new double[n];
        for (int c = 0; c < n; c++) {
            double longestWord = 0;
            double longest = 0;
            List<String> column = new java.util.ArrayList<>();
            column.add(t.header().get(c));
            for (List<String> row : t.rows()) {
                column.add(c < row.size() && row.get(c) != null ? row.get(c) : "");
            }
            for (String text : column) {
                longest = Math.max(longest, text.length());
                for (String word : text.split("\\s+")) {
                    longestWord = Math.max(longestWord, word.length());
                }
            }
            wants[c] = Math.max(longestWord + 2, Math.min(longest, 22) * 0.7);
        }
        double sum = java.util.Arrays.stream(wants).sum();
        for (int c = 0; c < n; c++) {
            wants[c] /= sum;
        }
        return wants;
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(9);
        if (bold) {
            row.getCell(column).setColor("E3E8EE");
        }
    }

    private void item(Item item, int depth) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("ListParagraph");
        paragraph.setNumID(bullets);
        paragraph.setNumILvl(BigInteger.valueOf(Math.min(depth, DocxStyles.LIST_LEVELS - 1)));
        paragraph.createRun().setText(item.text());
        for (Item child : item.children()) {
            item(child, depth + 1);
        }
    }

    private void figure(Figure figure) throws IOException {
        if (figure.fullPage()) {
            landscape();
            if (figureOnPage) {
                doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            }
            if (!figure.sheet()) {
                paragraph("Heading3", figure.caption());
            }
        }
        DocxPictures.Picture picture = pictures.get(figure);
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG,
                    "diagram-" + (++pictureCount) + ".png", Units.toEMU(picture.widthPoints()),
                    Units.toEMU(picture.heightPoints()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("Could not add the diagram: " + e.getMessage(), e);
        }
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        vector(inline, picture.svg());
        inline.getDocPr().setDescr(figure.alt());
        inline.getDocPr().setTitle(figure.caption());
        figureOnPage = figure.fullPage();
    }

    /**
     * Puts the SVG beside the picture's PNG as Word 2016 does (an svgBlip in the blip's extension list):
     * Word draws the vector, which stays sharp however far it is zoomed; older readers show the PNG.
     */
    private void vector(org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline inline, byte[] svg)
            throws IOException {
        String id;
        try {
            id = doc.addPictureData(svg, Document.PICTURE_TYPE_SVG);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("Could not add the diagram's SVG: " + e.getMessage(), e);
        }
        try (org.apache.xmlbeans.XmlCursor cursor = inline.getGraphic().getGraphicData().newCursor()) {
            cursor.selectPath("declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:blip");
            if (!cursor.toNextSelection()) {
                return;
            }
            var blip = (org.openxmlformats.schemas.drawingml.x2006.main.CTBlip) cursor.getObject();
            var ext = (blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst()).addNewExt();
            ext.setUri("{96DAC541-7B7A-43D3-8B79-37D633B846F1}");
            try (org.apache.xmlbeans.XmlCursor inside = ext.newCursor()) {
                inside.toEndToken();
                inside.insertNamespace("asvg", "http://schemas.microsoft.com/office/drawing/2016/SVG/main");
                inside.beginElement(new javax.xml.namespace.QName(
                        "http://schemas.microsoft.com/office/drawing/2016/SVG/main", "svgBlip", "asvg"));
                inside.insertAttributeWithValue(new javax.xml.namespace.QName(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed", "r"), id);
            }
        }
    }

    /** Ends a landscape section, so what follows is on portrait pages again. */
    private void portrait() {
        if (landscape) {
            sectionBreak(true);
            landscape = false;
            figureOnPage = false;
            freshPage = true;
        }
    }

    private void landscape() {
        landscape(paper);
    }

    /** Landscape pages of this paper from here: a new section when the pages were portrait or of another paper. */
    private void landscape(PackOptions.Paper on) {
        if (!landscape || landscapePaper != on) {
            sectionBreak(landscape);
            landscape = true;
            landscapePaper = on;
            figureOnPage = false;
            freshPage = true;
        }
    }

    /** How a wide table fits: its size, its paper and its columns (measured once a table: every word of it). */
    private DocxColumns.Fit fit(Table t) {
        return fits.computeIfAbsent(t, table -> DocxColumns.fit(table, PackOptions.Paper.A4.width() * 20 - 2000,
                PackOptions.Paper.A3.width() * 20 - 2000));
    }

    /** A paragraph carrying the section properties of the section it ends. */
    private void sectionBreak(boolean endedLandscape) {
        XWPFParagraph end = doc.createParagraph();
        CTSectPr section = end.getCTP().addNewPPr().addNewSectPr();
        pageSize(section, endedLandscape);
    }

    private void pageSize(CTSectPr section, boolean isLandscape) {
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        double longSide = isLandscape ? landscapePaper.width() : 841.89;
        double shortSide = isLandscape ? landscapePaper.height() : 595.28;
        size.setW(BigInteger.valueOf(Math.round((isLandscape ? longSide : shortSide) * 20)));
        size.setH(BigInteger.valueOf(Math.round((isLandscape ? shortSide : longSide) * 20)));
        size.setOrient(isLandscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(isLandscape ? 1000 : 1440);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setFooter(BigInteger.valueOf(500));
    }

    private XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
        return paragraph;
    }
}
