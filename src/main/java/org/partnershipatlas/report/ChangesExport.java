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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.analysis.StructureComparison.Difference;

/**
 * What changed between two points in time as a spreadsheet, for the review's working papers: a row per
 * change, and in the workbook the money totals under them. Written beside the target and moved into
 * place, so a file being replaced is never left half written.
 */
public final class ChangesExport {
    static final List<String> HEADER = List.of("Body", "Change", "What", "Before", "After");

    private ChangesExport() {
    }

    public static void csv(List<Difference> differences, Path target) throws IOException {
        csv(target, HEADER, differences.stream().map(ChangesExport::cells).toList());
    }

    /**
     * A table as CSV for Excel: UTF-8 with its byte-order mark, every cell neutralised against formula
     * injection, written beside the target and moved into place.
     */
    static void csv(Path target, List<String> header, List<List<String>> rows) throws IOException {
        FileReplacement.write(target, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
                out.write('\ufeff');
                csv.printRecord(header);
                for (List<String> row : rows) {
                    csv.printRecord(row.stream().map(SpreadsheetSafety::neutralise).toList());
                }
            }
        });
    }

    public static void xlsx(String title, List<Difference> differences, StructureComparison.Result totals, Path target)
            throws IOException {
        FileReplacement.write(target, partial -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(partial)) {
                XSSFSheet sheet = workbook.createSheet("Changes");
                SpreadsheetSafety.headerRow(sheet, HEADER);
                int r = 1;
                for (Difference d : differences) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = cells(d);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(SpreadsheetSafety.neutralise(cells.get(c)));
                    }
                }
                r++;
                total(sheet.createRow(r++), "Council contributions", totals.contributionsBefore().format(),
                        totals.contributionsAfter().format());
                total(sheet.createRow(r), "Pooled budgets", totals.pooledBefore().format(),
                        totals.pooledAfter().format());
                int[] widths = {40, 30, 50, 40, 60};
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                workbook.setSheetName(0, "Changes");
                workbook.getProperties().getCoreProperties().setTitle(title);
                workbook.write(out);
            }
        });
    }

    private static void total(Row row, String what, String before, String after) {
        row.createCell(0).setCellValue("Total");
        row.createCell(2).setCellValue(what);
        row.createCell(3).setCellValue(before);
        row.createCell(4).setCellValue(after);
    }

    static List<String> cells(Difference d) {
        return List.of(d.bodyName() == null ? "" : d.bodyName(), d.kind().label(), d.what(), d.before(), d.after());
    }
}
