package org.partnershipatlas.report.pack;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnershipatlas.report.RegisterColumn;

/**
 * What goes into a cabinet appendix pack: which appendices (1 to 6), which themes (none chosen: the
 * whole map), which register columns, which files, on what paper, and whether confidential fields
 * (people's contact details, notes, risk ratings) are printed.
 */
public record PackOptions(Set<Integer> appendices, Set<Long> themeIds, List<RegisterColumn> columns,
                          Set<Format> formats, Paper paper, boolean confidential) {

    /** The files a pack can be written as. */
    public enum Format { DOCX, PDF, SVG, PNG, XLSX, CSV;

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Paper for the diagram pages, always landscape; the rest of the pack is portrait. */
    public enum Paper {
        A4(841.89f, 595.28f), A3(1190.55f, 841.89f);

        private final float width;
        private final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }

        /** Landscape width in points. */
        public float width() {
            return width;
        }

        public float height() {
            return height;
        }
    }

    /** Every appendix, in the pack's usual order. */
    public static final Set<Integer> ALL_APPENDICES = java.util.Collections.unmodifiableSet(
            new LinkedHashSet<>(java.util.List.of(1, 2, 3, 4, 5, 6)));

    public PackOptions {
        // in the order given: the pack numbers its appendices in this order (the action plan can be Appendix 2)
        appendices = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(appendices));
        themeIds = Set.copyOf(themeIds);
        columns = List.copyOf(columns);
        formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats);
    }

    /** Every appendix, every theme, every register column but the risk rating, every format, A4. */
    public static PackOptions defaults() {
        List<RegisterColumn> columns = List.of(RegisterColumn.values()).stream()
                .filter(c -> c != RegisterColumn.RISK_RATING).toList();
        return new PackOptions(ALL_APPENDICES, Set.of(), columns, EnumSet.allOf(Format.class), Paper.A4, false);
    }

    /** The register columns printed: the risk rating only when confidential fields are ticked in. */
    public List<RegisterColumn> printedColumns() {
        Set<RegisterColumn> printed = new LinkedHashSet<>(columns);
        if (!confidential) {
            printed.remove(RegisterColumn.RISK_RATING);
        }
        return List.copyOf(printed);
    }
}
