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

    /** The bold, underlined header-row style both spreadsheet exports use. */
    public static org.apache.poi.ss.usermodel.CellStyle headerStyle(org.apache.poi.ss.usermodel.Workbook workbook) {
        org.apache.poi.ss.usermodel.CellStyle header = workbook.createCellStyle();
        org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        return header;
    }
}
