package org.partnershipatlas.io.imports;

import java.util.List;

/**
 * One sheet of a spreadsheet as text: its header and its rows, each row knowing the number the
 * spreadsheet shows for it (so a problem can be found in Excel), every cell already trimmed.
 */
public record SheetTable(String name, List<String> header, List<Row> rows) {
    /** A data row: its number as the spreadsheet shows it, and its cells in header order. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell under column {@code index}, or "" where the row stops short. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The index of the column with this header (ignoring case and spaces), or -1. */
    public int column(String wanted) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                return i;
            }
        }
        return -1;
    }
}
