package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells read as the text a person sees, whichever way the workbook keeps it: shared strings (as Excel
 * saves), a shared string in rich text of several runs (part of a name in bold), inline strings (as
 * streaming writers save), numbers and dates.
 */
class XlsxCellsTest {
    @TempDir
    Path dir;

    /** An outside-bodies list of two rows; {@code firstName} writes the first body's name its own way. */
    private static void fill(Workbook workbook, java.util.function.Consumer<Row> firstName) {
        Sheet sheet = workbook.createSheet("Outside bodies");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Outside body");
        header.createCell(1).setCellValue("Representative(s)");
        header.createCell(2).setCellValue("Places");
        Row row = sheet.createRow(1);
        firstName.accept(row);
        row.createCell(1).setCellValue("Councillor Ahmed");
        row.createCell(2).setCellValue(2);
        Row again = sheet.createRow(2);
        again.createCell(0).setCellValue("Northmoor Canal Trust");
        again.createCell(1).setCellValue("Councillor Ahmed");
    }

    @Test
    void sharedRichTextAndInlineStringsReadAsThePlainTextShown() throws Exception {
        Path shared = dir.resolve("shared.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(shared)) {
            XSSFRichTextString name = new XSSFRichTextString("Northmoor Leisure Trust");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            name.applyFont(10, 23, bold);
            fill(workbook, row -> row.createCell(0).setCellValue(name));
            workbook.write(out);
        }
        Path inline = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(inline)) {
            fill(workbook, row -> row.createCell(0).setCellValue("Northmoor Leisure Trust"));
            workbook.write(out);
            workbook.dispose();
        }
        for (Path file : List.of(shared, inline)) {
            SheetTable sheet = SpreadsheetReader.read(file).sheets().get(0);
            assertEquals(List.of("Outside body", "Representative(s)", "Places"), sheet.header(), file.toString());
            assertEquals(List.of("Northmoor Leisure Trust", "Councillor Ahmed", "2"), sheet.rows().get(0).cells(),
                    file.getFileName() + ": a name in two runs of rich text is one cell, a number plain");
            assertEquals(List.of("Northmoor Canal Trust", "Councillor Ahmed"), sheet.rows().get(1).cells(),
                    file.getFileName() + ": a string used twice reads the same both times");
        }
    }
}
