package org.partnershipatlas.report.pack;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word document's furniture: heading styles with outline levels (what makes a heading a real
 * heading to Word and to screen readers), the bullet list definition, the footer with page numbers,
 * and the contents field.
 */
public final class DocxStyles {
    static final int LIST_LEVELS = 6;

    private DocxStyles() {
    }

    public static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage("en-GB");
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii("Arial");
        defaults.setHAnsi("Arial");
        defaults.setCs("Arial");
        styles.setDefaultFonts(defaults);
        style(styles, "Title", "Title", -1, 28, true);
        style(styles, "Subtitle", "Subtitle", -1, 14, true);
        style(styles, "Heading1", "heading 1", 0, 17, true);
        style(styles, "Heading2", "heading 2", 1, 13.5, true);
        style(styles, "Heading3", "heading 3", 2, 11.5, true);
        style(styles, "TOCHeading", "TOC Heading", -1, 15, true);
        style(styles, "ListParagraph", "List Paragraph", -1, 10.5, false);
    }

    private static void style(XWPFStyles styles, String id, String name, int outline, double size, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewQFormat();
        if (outline >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            style.getPPr().addNewKeepNext();
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(outline == 0 ? 0 : 240));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        if (bold) {
            run.addNewB();
        }
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        styles.addStyle(new XWPFStyle(style));
    }

    /** A bullet list definition, "•" then "–" alternating, indented a step a level. */
    public static BigInteger bullets(XWPFDocument doc) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ONE);
        for (int level = 0; level < LIST_LEVELS; level++) {
            CTLvl lvl = definition.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(level % 2 == 0 ? "•" : "–");
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(360L * (level + 1)));
            indent.setHanging(BigInteger.valueOf(260));
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    /**
     * A page-number field whose number is set in the footer's 8 pt: a field with no run of its own
     * shows its number in the document's default size, larger than the words around it.
     */
    private static void field(XWPFParagraph paragraph, String instruction) {
        field(paragraph, instruction, "1");
    }

    /** A field as begin, instruction, separator, result, end runs (readers evaluate STYLEREF only in this form). */
    private static void complexField(XWPFParagraph paragraph, String instruction) {
        CTP p = paragraph.getCTP();
        java.util.function.Supplier<org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR> run = () -> {
            var r = p.addNewR();
            r.addNewRPr().addNewSz().setVal(java.math.BigInteger.valueOf(16));
            return r;
        };
        run.get().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var text = run.get().addNewInstrText();
        text.setStringValue(instruction);
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        run.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run.get().addNewT().setStringValue("Appendix");
        run.get().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void field(XWPFParagraph paragraph, String instruction, String shown) {
        var field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        var result = field.addNewR();
        result.addNewRPr().addNewSz().setVal(java.math.BigInteger.valueOf(16));
        result.getRPr().addNewSzCs().setVal(java.math.BigInteger.valueOf(16));
        result.addNewT().setStringValue(shown);
    }

    /** "Authority · title · Page 3 of 40" on every page, with every section pointing at it. */
    static void footer(XWPFDocument doc, String text) {
        footer(doc, text, false);
    }

    /**
     * As {@link #footer(XWPFDocument, String)}; with {@code appendix} the footer also names the
     * appendix the page is in ("Appendix 5: Profiles ..."), from the page's Heading 1 by a STYLEREF field.
     */
    static void footer(XWPFDocument doc, String text, boolean appendix) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text + " · ");
        run.setFontSize(8);
        if (appendix) {
            complexField(paragraph, " STYLEREF \"heading 1\" \\* MERGEFORMAT ");
            XWPFRun gap = paragraph.createRun();
            gap.setText(" · ");
            gap.setFontSize(8);
        }
        XWPFRun page = paragraph.createRun();
        page.setText("Page ");
        page.setFontSize(8);
        field(paragraph, "PAGE");
        XWPFRun of = paragraph.createRun();
        of.setText(" of ");
        of.setFontSize(8);
        field(paragraph, "NUMPAGES");
        CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        if (body.sizeOfFooterReferenceArray() == 0) {
            return;
        }
        var reference = body.getFooterReferenceArray(0);
        for (XWPFParagraph p : doc.getParagraphs()) {
            CTP ctp = p.getCTP();
            if (ctp.isSetPPr() && ctp.getPPr().isSetSectPr()) {
                var copy = ctp.getPPr().getSectPr().addNewFooterReference();
                copy.setId(reference.getId());
                copy.setType(reference.getType());
            }
        }
    }

    /**
     * The contents as a Word TOC field over the headings, which Word fills with page numbers when the
     * document opens; until then it shows the appendix headings.
     */
    static void tocField(XWPFParagraph paragraph, List<String> headings) {
        CTP p = paragraph.getCTP();
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var instruction = p.addNewR().addNewInstrText();
        instruction.setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
        instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        for (int i = 0; i < headings.size(); i++) {
            var run = p.addNewR();
            if (i > 0) {
                run.addNewBr();
            }
            run.addNewT().setStringValue(headings.get(i));
        }
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
