package org.partnershipatlas.report;

/**
 * Keeps exported cells from being run as formulas when a spreadsheet opens them (CSV injection):
 * a cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text.
 */
public final class SpreadsheetSafety {
    private SpreadsheetSafety() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
