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

    public static void xlsx(AuthorityModel model, List<Body> bodies, List<RegisterColumn> columns, Path target)
            throws IOException {
        FileReplacement.write(target, partial -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(partial)) {
                XSSFSheet sheet = workbook.createSheet("Partnership register");
                SpreadsheetSafety.headerRow(sheet, columns.stream().map(RegisterColumn::label).toList());
                CellStyle pounds = workbook.createCellStyle();
                pounds.setDataFormat(workbook.createDataFormat().getFormat("£#,##0.00"));
                int r = 1;
                for (Body body : bodies) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        RegisterColumn column = columns.get(c);
                        Cell cell = row.createCell(c);
                        Object value = column.field() == null ? null : column.field().read(body);
                        if (value instanceof Money money) {
                            cell.setCellValue(money.pounds().doubleValue());
                            cell.setCellStyle(pounds);
                        } else {
                            cell.setCellValue(SpreadsheetSafety.neutralise(column.text(model, body)));
                        }
                    }
                }
                for (int c = 0; c < columns.size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).label().length() + 4)) * 256);
                }
                workbook.write(out);
            }
        });
    }
}
