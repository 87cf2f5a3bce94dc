package org.partnershipatlas.report.pack;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a diagram as a PNG that says its resolution, so a word processor places it at its printed
 * size. The JDK's own PNG writer tries every row filter on every row and took most of a large pack's
 * time (a 1,000-body authority has over 200 pictures at 300 dpi); a diagram is flat colour, so here
 * each row is filtered against the one above ("Up", which turns flat areas to zeros) and deflated at
 * the quickest level, with the JDK's zlib and CRC doing the work.
 */
final class PngDpi {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngDpi() {
    }

    static void write(BufferedImage image, int dpi, Path target) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            write(image, dpi, out);
        }
    }

    static byte[] bytes(BufferedImage image, int dpi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(image, dpi, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An 8-bit RGB PNG of an RGB image ({@code TYPE_INT_RGB}), at {@code dpi} dots an inch. */
    static void write(BufferedImage image, int dpi, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", header.toByteArray());
        ByteArrayOutputStream physical = new ByteArrayOutputStream();
        DataOutputStream p = new DataOutputStream(physical);
        int perMetre = (int) Math.round(dpi / 0.0254);
        p.writeInt(perMetre);
        p.writeInt(perMetre);
        p.writeByte(1);
        chunk(out, "pHYs", physical.toByteArray());
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream idat = new DeflaterOutputStream(new ChunkStream(out), deflater, 1 << 16)) {
            byte[] row = new byte[1 + 3 * width];
            byte[] same = new byte[1 + 3 * width];
            same[0] = 2;
            row[0] = 2;
            for (int y = 0; y < height; y++) {
                int base = y * width;
                // a row like the one above (white margins, flat bands) filters to zeros
                if (y > 0 && java.util.Arrays.equals(pixels, base - width, base, pixels, base, base + width)) {
                    idat.write(same);
                    continue;
                }
                int up = base - width;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int c = pixels[base + x];
                    int a = y == 0 ? 0 : pixels[up + x];
                    row[i] = (byte) ((c >> 16) - (a >> 16));
                    row[i + 1] = (byte) ((c >> 8) - (a >> 8));
                    row[i + 2] = (byte) (c - a);
                }
                idat.write(row);
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        chunk(out, type, data, data.length);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.write(name);
        d.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    /** Deflated data cut into IDAT chunks; closing it leaves the underlying stream open for IEND. */
    private static final class ChunkStream extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        ChunkStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flushChunk();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        private void flushChunk() throws IOException {
            if (used > 0) {
                chunk(out, "IDAT", buffer, used);
                used = 0;
            }
        }

        @Override
        public void close() throws IOException {
            flushChunk();
        }
    }
}
