package org.partnershipatlas.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;

/**
 * The map, or the part of it in view, as a picture: SVG with real text and shapes (Apache Batik's
 * SVG generator, Apache 2.0), or PNG
 * at a chosen resolution. Files are written beside the target and moved into place.
 */
public final class MapExport {
    /** The largest PNG side in pixels; a larger request is scaled down to fit. */
    static final int MAX_PNG_SIDE = 12_000;
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private MapExport() {
    }

    public static void svg(Diagram diagram, Rect area, String title, Path target) throws IOException {
        svg(diagram, null, area, title, target);
    }

    /** The diagram, with who sits where when {@code seats} is given, as an SVG drawing titled for screen readers. */
    public static void svg(Diagram diagram, SeatOverlay seats, Rect area, String title, Path target) throws IOException {
        svg(area, title, g -> Java2dMapPainter.paint(g, diagram, seats, area, 1), target);
    }

    /** Whatever {@code painter} draws over {@code area} (map units, one to a pixel) as SVG, titled for screen readers. */
    public static void svg(Rect area, String title, java.util.function.Consumer<Graphics2D> painter, Path target)
            throws IOException {
        byte[] svg = svgBytes(area, title, painter);
        FileReplacement.write(target, partial -> java.nio.file.Files.write(partial, svg));
    }

    /** As {@link #svg(Rect, String, java.util.function.Consumer, Path)}, as the bytes of the file (for a Word picture). */
    public static byte[] svgBytes(Rect area, String title, java.util.function.Consumer<Graphics2D> painter)
            throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("The SVG writer could not start: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new java.awt.Dimension((int) Math.ceil(area.width()), (int) Math.ceil(area.height())));
        painter.accept(g);
        Element root = g.getRoot();
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", title);
        Element heading = document.createElementNS(SVG_NAMESPACE, "title");
        heading.setTextContent(title);
        root.insertBefore(heading, root.getFirstChild());
        // written by the JDK's own serializer: Batik's adds a DOCTYPE naming a DTD on the web, which a reader
        // offline would try to fetch
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            javax.xml.transform.TransformerFactory factory = javax.xml.transform.TransformerFactory.newInstance();
            factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(javax.xml.XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            javax.xml.transform.Transformer serializer = factory.newTransformer();
            serializer.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
            serializer.transform(new javax.xml.transform.dom.DOMSource(root),
                    new javax.xml.transform.stream.StreamResult(out));
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("The SVG could not be written: " + e.getMessage(), e);
        }
        // the names were fitted to their boxes with the JDK's sans-serif (DejaVu Sans here, which is wide);
        // Arial, or Liberation Sans with its widths, is narrower, so a reader that has either keeps every
        // name inside its box, where "sans-serif" alone could pick a wider face
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8)
                .replace("font-family=\"sans-serif\"", "font-family=\"Arial, 'Liberation Sans', sans-serif\"")
                .replace("font-family=\"'Dialog'\"", "font-family=\"Arial, 'Liberation Sans', sans-serif\"");
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A PNG at {@code scale} pixels per map unit (2 gives a sharp picture for slides). */
    public static void png(Diagram diagram, Rect area, double scale, Path target) throws IOException {
        png(diagram, null, area, scale, target);
    }

    /** As {@link #png(Diagram, Rect, double, Path)}, with who sits where when {@code seats} is given. */
    public static void png(Diagram diagram, SeatOverlay seats, Rect area, double scale, Path target) throws IOException {
        double fit = Math.min(scale, MAX_PNG_SIDE / Math.max(area.width(), area.height()));
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(area.width() * fit)),
                Math.max(1, (int) Math.ceil(area.height() * fit)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dMapPainter.paint(g, diagram, seats, area, fit);
        } finally {
            g.dispose();
        }
        FileReplacement.write(target, partial -> ImageIO.write(image, "png", partial.toFile()));
    }

}
