package org.partnershipatlas.report.pack;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnershipatlas.report.RegisterColumn;

/**
 * What goes into a cabinet appendix pack: which appendices (codes 1 to 7, in the order they are numbered), which themes (none chosen: the
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

    /**
     * Every appendix, in the pack's usual order, which is a council's: the review report first and the
     * action plan second (the plan cabinet is asked to approve), then the structure diagram, the
     * register, the findings, the profiles and the scrutiny questions. The numbers are the appendices'
     * codes (as {@code --appendices} takes them), not their places.
     */
    public static final Set<Integer> ALL_APPENDICES = java.util.Collections.unmodifiableSet(
            new LinkedHashSet<>(java.util.List.of(7, 3, 1, 2, 4, 5, 6)));

    /** The appendices' names, by code. */
    public static String title(int code) {
        return switch (code) {
            case 1 -> "How the partnerships relate (structure diagram)";
            case 2 -> "The partnership register";
            case 3 -> "The action plan";
            case 4 -> "Governance findings";
            case 5 -> "Profiles of the partnerships needing oversight";
            case 6 -> "Questions for scrutiny";
            case 7 -> "The review report";
            default -> throw new IllegalArgumentException("no appendix " + code);
        };
    }

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

    /** Each chosen appendix's number, by code: its place in the order chosen. */
    public java.util.Map<Integer, Integer> numbers() {
        return numbers(appendices);
    }

    /** Each appendix's number, by code, for appendices in {@code order}. */
    static java.util.Map<Integer, Integer> numbers(java.util.Collection<Integer> order) {
        java.util.Map<Integer, Integer> numbers = new java.util.LinkedHashMap<>();
        for (int code : order) {
            numbers.putIfAbsent(code, numbers.size() + 1);
        }
        return numbers;
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
