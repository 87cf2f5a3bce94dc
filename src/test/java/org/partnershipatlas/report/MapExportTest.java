package org.partnershipatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.LaidOut;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;
import org.partnershipatlas.model.AuthorityModel;
import org.w3c.dom.NodeList;

class MapExportTest {
    @TempDir
    Path dir;
    private final AuthorityModel sample = LaidOut.sample();
    private final Diagram diagram = MapDiagram.of(sample);

    @Test
    void theSvgIsXmlWithEveryBodysNameAsTextAndATitleForScreenReaders() throws Exception {
        Path svg = dir.resolve("map.svg");
        MapExport.svg(diagram, diagram.bounds(), "Partnership map of Northmoor", svg);
        List<String> texts = texts(svg);
        for (Diagram.Box box : diagram.boxes()) {
            assertTrue(texts.containsAll(box.label()), "the SVG holds " + box.label());
        }
        assertTrue(Files.readString(svg).contains("aria-label=\"Partnership map of Northmoor\""));
        assertTrue(texts.contains("STRATEGIC") && texts.contains("OPERATIONAL"), "band labels");
    }

    @Test
    void withTheOrganisationsShownTheyAreInTheDrawingToo() throws Exception {
        SeatOverlay seats = SeatOverlay.of(sample, diagram);
        Path svg = dir.resolve("seats.svg");
        MapExport.svg(diagram, seats, seats.bounds(), "Who sits where", svg);
        List<String> texts = texts(svg);
        for (SeatOverlay.Org org : seats.organisations()) {
            assertTrue(texts.containsAll(org.label()), "the SVG holds " + org.label());
        }
        assertTrue(texts.contains("ORGANISATIONS"));
    }

    @Test
    void thePngIsTheViewAtTheScaleAskedWithTheBoxesDrawn() throws Exception {
        Path png = dir.resolve("view.png");
        Diagram.Box first = diagram.boxes().get(0);
        Rect area = new Rect(first.rect().x() - 50, first.rect().y() - 50, 400, 300);
        MapExport.png(diagram, area, 2, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        int dark = 0;
        for (int x = 0; x < image.getWidth(); x += 2) {
            for (int y = 0; y < image.getHeight(); y += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 200, "borders and names are drawn in dark ink: " + dark);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "no partial file is left beside it");
        }
    }

    @Test
    void aHugeAreaIsScaledDownToAPictureThatCanBeOpened() throws Exception {
        Path png = dir.resolve("huge.png");
        MapExport.png(diagram, new Rect(0, 0, 30_000, 1_000), 4, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(MapExport.MAX_PNG_SIDE, image.getWidth());
    }

    private static List<String> texts(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList nodes = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
