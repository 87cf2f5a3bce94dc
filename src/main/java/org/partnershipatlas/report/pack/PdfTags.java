package org.partnershipatlas.report.pack;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * The PDF's logical structure, what makes it a tagged PDF that a screen reader can follow: a tree of
 * elements (Document, Sect, H1 to H3, P, Table, TR, TH, TD, L, LI, LBody, Figure with its alternative
 * text), each pointing at the marked content it owns on each page, and everything else (rules,
 * shading, footers, repeated table headers, answer lines) marked as artifacts a reader skips.
 */
final class PdfTags {
    /** Drawing to be marked. */
    interface Drawing {
        void draw() throws IOException;
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, COSArray> parents = new LinkedHashMap<>();
    /** Annotations' keys in the parent tree, each with the element that owns the annotation. */
    private final Map<Integer, PDStructureElement> annotationParents = new LinkedHashMap<>();
    private int nextKey;

    PdfTags(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of {@code type} as the last child of {@code parent}. */
    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * A header cell of a table, saying it heads its column: a screen reader then reads "Chair" before
     * each chair's name (PDF/UA asks every TH for its Scope).
     */
    PDStructureElement columnHeader(PDStructureElement row) {
        PDStructureElement header = element("TH", row);
        org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject scope =
                new org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject();
        scope.setScope(org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject.SCOPE_COLUMN);
        header.addAttribute(scope);
        return header;
    }

    /** A figure element carrying its alternative text. */
    PDStructureElement figure(PDStructureElement parent, String alt) {
        PDStructureElement figure = element("Figure", parent);
        figure.setAlternateDescription(alt);
        return figure;
    }

    /** Draws content owned by {@code element}; with no element, the content is an artifact. */
    void mark(PDPageContentStream content, PDPage page, PDStructureElement element, Drawing drawing)
            throws IOException {
        if (element == null) {
            artifact(content, drawing);
            return;
        }
        COSArray owners = parents.computeIfAbsent(page, p -> {
            p.setStructParents(nextKey++);
            p.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            return new COSArray();
        });
        int mcid = owners.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        drawing.draw();
        content.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
        owners.add(element);
    }

    /** Draws something a reader should skip: a rule, shading, a footer, a repeated header. */
    void artifact(PDPageContentStream content, Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        drawing.draw();
        content.endMarkedContent();
    }

    /** Writes the parent tree, which maps each page's marked content back to its element. */
    /**
     * A link on {@code page}, tagged as a Link element under {@code parent} that owns both the link's
     * words (drawn by the caller into the element returned) and the annotation itself, as PDF/UA asks.
     */
    PDStructureElement link(PDPage page, PDStructureElement parent,
                            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink annotation)
            throws IOException {
        PDStructureElement link = element("Link", parent);
        int key = nextKey++;
        annotation.setStructParent(key);
        org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference reference =
                new org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.setPage(page);
        link.appendKid(reference);
        annotationParents.put(key, link);
        page.getAnnotations().add(annotation);
        return link;
    }

    void finish() {
        COSArray nums = new COSArray();
        java.util.TreeMap<Integer, org.apache.pdfbox.cos.COSBase> byKey = new java.util.TreeMap<>();
        for (Map.Entry<PDPage, COSArray> entry : parents.entrySet()) {
            byKey.put(entry.getKey().getStructParents(), entry.getValue());
        }
        annotationParents.forEach((key, element) -> byKey.put(key, element.getCOSObject()));
        byKey.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setParentTree(new PDNumberTreeNode(tree, org.apache.pdfbox.cos.COSBase.class));
        root.setParentTreeNextKey(nextKey);
    }
}
