package org.partnershipatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Money;

/**
 * Writes the register as CSV (commons-csv, UTF-8 with a byte-order mark so Excel reads the £ sign)
 * or XLSX (Apache POI, money as numbers in pounds, a frozen header row). Every text cell is
 * neutralised against formula injection. Files are written beside the target and moved into place,
 * so a failed export never leaves half a file under the chosen name.
 */
public final class RegisterExport {
    private RegisterExport() {
    }

    /** The register's rows in its printed order: by layer, top first, then by name. */
    public static List<Body> ordered(AuthorityModel model, java.util.function.Predicate<Body> include) {
        return model.bodies().stream().filter(include)
                .sorted(java.util.Comparator.comparing((Body b) -> b.layer().ordinal())
                        .thenComparing(Body::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public static void csv(AuthorityModel model, List<Body> bodies, List<RegisterColumn> columns, Path target)
            throws IOException {
        FileReplacement.writeText(target, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL);
            out.write('\ufeff');
            csv.printRecord(columns.stream().map(RegisterColumn::label).toList());
            for (Body body : bodies) {
                csv.printRecord(columns.stream().map(c -> SpreadsheetSafety.neutralise(c.text(model, body))).toList());
            }
            csv.flush();
        });
    }

    /**
     * The register as a workbook to work in and to print: money and dates as numbers Excel can sort
     * and sum, an AutoFilter on the header row, each column as wide as what it holds (within reason),
     * and the sheet set to print landscape, fitted to the page width, the header row on every page.
     */
    public static void xlsx(AuthorityModel model, List<Body> bodies, List<RegisterColumn> columns, Path target)
            throws IOException {
        FileReplacement.write(target, partial -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(partial)) {
                XSSFSheet sheet = workbook.createSheet("Partnership register");
                SpreadsheetSafety.headerRow(sheet, columns.stream().map(RegisterColumn::label).toList());
                CellStyle pounds = workbook.createCellStyle();
                pounds.setDataFormat(workbook.createDataFormat().getFormat("£#,##0.00"));
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                int[] widest = new int[columns.size()];
                for (int c = 0; c < columns.size(); c++) {
                    widest[c] = columns.get(c).label().length();
                }
                int r = 1;
                for (Body body : bodies) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        RegisterColumn column = columns.get(c);
                        Cell cell = row.createCell(c);
                        Object value = column.field() == null ? null : column.field().read(body);
                        String text = column.text(model, body);
                        if (value instanceof Money money) {
                            cell.setCellValue(money.pounds().doubleValue());
                            cell.setCellStyle(pounds);
                        } else if (value instanceof java.time.LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                            text = "00/00/0000";
                        } else {
                            cell.setCellValue(SpreadsheetSafety.neutralise(text));
                        }
                        widest[c] = Math.max(widest[c], text.length());
                    }
                }
                for (int c = 0; c < columns.size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(10, widest[c] + 2)) * 256);
                }
                if (!columns.isEmpty()) {
                    sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0,
                            columns.size() - 1));
                    sheet.createFreezePane(1, 1);
                }
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
                workbook.write(out);
            }
        });
    }
}
