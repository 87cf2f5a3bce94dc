package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a spreadsheet's layout says beyond its cells. A cell merged down several rows (an outside
 * body's name beside each of its representatives) holds its value in every row it covers; notes
 * typed under the table ("* denotes a statutory partnership", "Source: Democratic Services, May
 * 2026") are not bodies and are left out, each named in a warning.
 */
final class SheetShape {
    /** A merged region, by the 1-based row numbers and 0-based columns a sheet shows. */
    record Merged(int firstRow, int lastRow, int firstColumn) {
    }

    /** "* denotes…", "Note: …", "Source - …", "(1) …", "[2] …": a mark or a heading word and its colon. */
    private static final Pattern NOTE = Pattern.compile("(?i)^([*†‡]|\\(\\d+\\)\\s|\\[\\d+]|(notes?|nb|n\\.b\\.|source|"
            + "sources|key)\\s*[:\\-–]).*");
    /** A sentence about the list: "Updated after the annual meeting in May 2026", "Please contact…". */
    private static final Pattern ABOUT = Pattern.compile("(?i)^(updated|last updated|correct as|please|for (more|further)|"
            + "contact|this (list|register|table))\\b.*");

    private SheetShape() {
    }

    /** The sheet with each merged region's value filled down its first column. */
    static SheetTable filled(SheetTable sheet, List<Merged> merged) {
        if (merged.isEmpty()) {
            return sheet;
        }
        List<SheetTable.Row> rows = new ArrayList<>(sheet.rows());
        for (Merged region : merged) {
            String value = null;
            for (int i = 0; i < rows.size(); i++) {
                SheetTable.Row row = rows.get(i);
                if (row.number() == region.firstRow()) {
                    value = row.cell(region.firstColumn());
                } else if (value != null && !value.isEmpty() && row.number() > region.firstRow()
                        && row.number() <= region.lastRow() && row.cell(region.firstColumn()).isEmpty()) {
                    List<String> cells = new ArrayList<>(row.cells());
                    while (cells.size() <= region.firstColumn()) {
                        cells.add("");
                    }
                    cells.set(region.firstColumn(), value);
                    rows.set(i, new SheetTable.Row(row.number(), cells));
                }
            }
        }
        return new SheetTable(sheet.name(), sheet.header(), rows);
    }

    /**
     * The sheet without the notes under its table: the rows after the last full row that hold one
     * cell only, when that cell reads as a note (it starts "Note", "*", "Source"...) or is a sentence
     * set apart from the table by an empty row.
     */
    static SheetTable withoutNotes(SheetTable sheet, List<ImportIssue> issues) {
        List<SheetTable.Row> rows = sheet.rows();
        int end = rows.size();
        while (end > 1 && isNote(rows.get(end - 1), rows.get(end - 2))) {
            end--;
        }
        if (end == rows.size()) {
            return sheet;
        }
        for (SheetTable.Row note : rows.subList(end, rows.size())) {
            issues.add(ImportIssue.warning(sheet.name(), note.number(), "", quote(filled(note)),
                    "reads as a note under the table, not a body, so it is left out"));
        }
        return new SheetTable(sheet.name(), sheet.header(), rows.subList(0, end));
    }

    private static boolean isNote(SheetTable.Row row, SheetTable.Row above) {
        List<String> cells = row.cells().stream().filter(c -> !c.isBlank()).toList();
        if (cells.size() != 1) {
            return false;
        }
        String text = cells.get(0).strip();
        int words = text.split("\\s+").length;
        if (NOTE.matcher(text).matches() || ABOUT.matcher(text).matches() && words >= 4) {
            return true;
        }
        boolean setApart = row.number() > above.number() + 1;
        return setApart && words >= 5;
    }

    private static String filled(SheetTable.Row row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    }

    private static String quote(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
