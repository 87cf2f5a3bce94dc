package org.partnershipatlas.io.imports;

/**
 * One problem found in a source being imported, said so that the person who keeps the sheet can find
 * and fix it: the sheet, the row as the spreadsheet numbers it, the column's header, the value, and
 * what is wrong with it.
 *
 * @param level   whether the row is left out ({@link Level#REFUSED}) or brought in with a caution
 * @param sheet   the sheet's name, or "" for a CSV file or a whole-file problem
 * @param row     the row number the spreadsheet shows (the header is row 1), or 0 for the whole file
 * @param column  the column's header as the sheet has it, or "" when the problem is not in one cell
 * @param value   the cell's text as found, or ""
 * @param reason  what is wrong, in words
 */
public record ImportIssue(Level level, String sheet, int row, String column, String value, String reason) {
    /** How bad a problem is. */
    public enum Level {
        /** The row (or, at row 0, the whole file) cannot be brought in as it stands. */
        REFUSED,
        /** Brought in, but worth a look (a near-duplicate name, a guessed encoding). */
        WARNING
    }

    public ImportIssue {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public static ImportIssue refused(String sheet, int row, String column, String value, String reason) {
        return new ImportIssue(Level.REFUSED, sheet, row, column, value, reason);
    }

    public static ImportIssue warning(String sheet, int row, String column, String value, String reason) {
        return new ImportIssue(Level.WARNING, sheet, row, column, value, reason);
    }

    public boolean refused() {
        return level == Level.REFUSED;
    }

    /** Where the problem is, as "Members, row 7, column "Organisation"". */
    public String where() {
        StringBuilder where = new StringBuilder();
        if (sheet.startsWith("node ") || sheet.startsWith("edge ") || sheet.equals("body")) {
            where.append(sheet.equals("body") ? "body " + row : sheet + " at line " + row);
            return column.isEmpty() ? where.toString() : where.append(", \"").append(column).append('"').toString();
        }
        if (!sheet.isEmpty()) {
            where.append(sheet).append(", ");
        }
        where.append(row > 0 ? "row " + row : "the whole file");
        if (!column.isEmpty()) {
            where.append(", column \"").append(column).append('"');
        }
        return where.toString();
    }

    /** One line for the command line and the problem list: where, the value, and why. */
    public String describe() {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return (refused() ? "Refused: " : "Warning: ") + where()
                + (value.isEmpty() ? "" : ", value \"" + shown.replace('\n', ' ') + "\"") + ": " + reason;
    }
}
