package org.partnershipatlas.report;

/**
 * Keeps exported cells from being run as formulas when a spreadsheet opens them (CSV injection):
 * a cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text. Also the header row both spreadsheet exports share, so the register and
 * the action plan look alike.
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
    private static org.apache.poi.ss.usermodel.CellStyle headerStyle(org.apache.poi.ss.usermodel.Workbook workbook) {
        org.apache.poi.ss.usermodel.CellStyle header = workbook.createCellStyle();
        org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        return header;
    }

    /** Writes the header row: the labels in bold, the row frozen so it stays in view. */
    public static void headerRow(org.apache.poi.ss.usermodel.Sheet sheet, java.util.List<String> labels) {
        org.apache.poi.ss.usermodel.CellStyle style = headerStyle(sheet.getWorkbook());
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
        for (int c = 0; c < labels.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(labels.get(c));
            cell.setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }
}
