package org.partnershipatlas.report.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each figure of one export drawn as SVG once: the structure's parts are both SVG files of their own
 * and the vector pictures in the Word document, and Batik's drawing and writing was a large share of
 * a big pack's time. Safe to share between the export's two writer threads.
 */
final class FigureSvgs {
    private final String subtitle;
    private final Map<PackDocument.Figure, byte[]> drawn = Collections.synchronizedMap(new IdentityHashMap<>());

    /** {@code subtitle}: the authority and date a sheet shows under its title. */
    FigureSvgs(String subtitle) {
        this.subtitle = subtitle;
    }

    /** The figure as SVG, titled with its caption and the subtitle for screen readers. */
    byte[] of(PackDocument.Figure figure) {
        byte[] svg = drawn.get(figure);
        if (svg == null) {
            try {
                svg = org.partnershipatlas.report.MapExport.svgBytes(figure.area(), figure.caption() + ", " + subtitle,
                        g -> figure.paint(g, subtitle, 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            drawn.put(figure, svg);
        }
        return svg;
    }
}
