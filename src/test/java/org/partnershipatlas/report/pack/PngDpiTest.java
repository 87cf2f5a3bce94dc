package org.partnershipatlas.report.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** The quick PNG writer's pictures read back pixel for pixel, at the resolution they say. */
class PngDpiTest {
    @Test
    void aDrawingReadsBackExactlyAndSaysItsResolution() throws Exception {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 157);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2f6f4f));
        g.fillRoundRect(20, 30, 120, 60, 12, 12);
        g.setColor(new Color(0xe0a030));
        g.drawLine(0, 156, 300, 0);
        g.setColor(Color.BLACK);
        g.drawString("Northmoor Together Board", 150, 120);
        g.dispose();
        byte[] png = PngDpi.bytes(image, 300);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(image.getWidth(), read.getWidth());
        assertEquals(image.getHeight(), read.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), read.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var tree = (javax.imageio.metadata.IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
            var size = (javax.imageio.metadata.IIOMetadataNode) tree.getElementsByTagName("HorizontalPixelSize").item(0);
            assertEquals(25.4 / 300, Double.parseDouble(size.getAttribute("value")), 1e-4, "millimetres a dot");
        }
    }
}
