package org.partnershipatlas.report.pack;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes a PNG that says its resolution, so a word processor places it at its printed size. */
final class PngDpi {
    private PngDpi() {
    }

    /**
     * Light compression: a diagram is mostly flat colour, so the file barely grows and writing takes
     * about half the time (the JDK maps a high quality to a quick, light deflate).
     */
    static ImageWriteParam quick(ImageWriter writer) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        return param;
    }

    static void write(BufferedImage image, int dpi, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            ImageWriteParam param = quick(writer);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            // The JDK's PNG writer reads this value as dots a millimetre, though the standard says
            // millimetres a dot (JDK-5106305); its reader reports millimetres a dot, as it should.
            String millimetresAPixel = Double.toString(dpi / 25.4);
            IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
            horizontal.setAttribute("value", millimetresAPixel);
            IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
            vertical.setAttribute("value", millimetresAPixel);
            IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
            dimension.appendChild(horizontal);
            dimension.appendChild(vertical);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(dimension);
            metadata.mergeTree("javax_imageio_1.0", root);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }
}
