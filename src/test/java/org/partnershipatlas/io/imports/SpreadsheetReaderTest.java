package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {
    @TempDir
    Path dir;

    private SpreadsheetReader.Spreadsheet read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return SpreadsheetReader.read(file);
    }

    private static List<String> firstRow(SpreadsheetReader.Spreadsheet sheet) {
        return sheet.sheets().get(0).rows().get(0).cells();
    }

    @Test
    void commasSemicolonsAndTabsAreEachRecognised() throws Exception {
        for (String separator : List.of(",", ";", "\t")) {
            var sheet = read("r.csv", ("Name" + separator + "Council contribution (£)\nBoard" + separator + "\"£1,000\"\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("Name", "Council contribution (£)"), sheet.sheets().get(0).header(), separator);
            assertEquals(List.of("Board", "£1,000"), firstRow(sheet), separator);
        }
    }

    @Test
    void utf8WithAByteOrderMarkAndWindows1252AreBothReadRight() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Name,Budget\nCafé Forum,£500\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        var utf8 = read("bom.csv", withBom);
        assertEquals("Name", utf8.sheets().get(0).header().get(0), "the mark is not part of the first header");
        assertEquals(List.of("Café Forum", "£500"), firstRow(utf8));
        var windows = read("excel.csv", "Name,Budget\nCafé Forum,£500\n".getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("Café Forum", "£500"), firstRow(windows));
        assertTrue(windows.issues().isEmpty(), "a whole file in Windows-1252 is normal, not a problem");
    }

    @Test
    void mixedEncodingsAreReadLineByLineAndTheOddLinesAreNamed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Name,Budget\nCafé Forum,£500\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Crèche Network,£20\n".getBytes(Charset.forName("windows-1252")));
        var sheet = read("mixed.csv", bytes.toByteArray());
        assertEquals(List.of("Café Forum", "£500"), sheet.sheets().get(0).rows().get(0).cells());
        assertEquals(List.of("Crèche Network", "£20"), sheet.sheets().get(0).rows().get(1).cells());
        assertEquals(1, sheet.issues().size());
        assertTrue(sheet.issues().get(0).reason().startsWith("the file mixes two encodings: most of it is UTF-8, but "
                + "line 3 is Windows-1252"), sheet.issues().get(0).reason());
    }

    @Test
    void aQuotedCellWithANewlineStaysOneCellAndRowsAreNumberedAsTheSpreadsheetShowsThem() throws Exception {
        var sheet = read("notes.csv", "Name,Notes\nBoard,\"first line\nsecond line\"\nForum,short\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Board", "first line\nsecond line"), firstRow(sheet));
        assertEquals(3, sheet.sheets().get(0).rows().get(1).number(), "Forum is on row 3 in Excel, not line 4");
    }

    @Test
    void aRaggedRowIsRefusedNamingTheRowAndTheCellThatDoesNotFit() throws Exception {
        var sheet = read("ragged.csv", "Name,Lead officer\nBoard,Jo\nForum,Smith, Jo\n".getBytes(StandardCharsets.UTF_8));
        ImportIssue issue = sheet.issues().get(0);
        assertTrue(issue.refused());
        assertEquals(3, issue.row());
        assertEquals("Column C", issue.column());
        assertEquals("Jo", issue.value());
        assertTrue(issue.reason().startsWith("this row has 3 cells but the header has 2 columns"));
    }

    @Test
    void anEmptyFileAHeaderOnlyFileAndAnUnclosedQuoteAreRefusedWhole() throws Exception {
        assertEquals("empty.csv is empty: there is nothing in it to import.",
                assertThrows(ImportRefusedException.class, () -> read("empty.csv", new byte[0])).getMessage());
        assertTrue(assertThrows(ImportRefusedException.class, () -> read("blank.csv", "\n\n ,\n".getBytes()))
                .getMessage().startsWith("blank.csv is empty"));
        assertEquals("header.csv has only a header row (Name, Lead officer) and no rows under it, so there is nothing "
                + "to import.", assertThrows(ImportRefusedException.class,
                () -> read("header.csv", "Name,Lead officer\n".getBytes())).getMessage());
        assertTrue(assertThrows(ImportRefusedException.class, () -> read("quote.csv",
                "Name,Notes\nBoard,\"never closed\nForum,x\n".getBytes())).getMessage()
                .contains("a cell opens a quotation mark (\") that is never closed"));
    }

    @Test
    void aTruncatedWorkbookIsRefusedAsDamaged() throws Exception {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Register").createRow(0).createCell(0).setCellValue("Name");
            workbook.write(whole);
        }
        byte[] half = Arrays.copyOf(whole.toByteArray(), whole.size() / 2);
        String message = assertThrows(ImportRefusedException.class, () -> read("register.xlsx", half)).getMessage();
        assertTrue(message.startsWith("register.xlsx cannot be read as an Excel workbook: it looks damaged or cut short"),
                message);
    }

    @Test
    void anOldXlsWorkbookIsReadWithItsDateAndMoneyCells() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var sheet = workbook.createSheet("Partnerships");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Partnership");
            header.createCell(1).setCellValue("Review date");
            header.createCell(2).setCellValue("Council contribution");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue("Old Board");
            var date = row.createCell(1);
            date.setCellValue(java.time.LocalDate.of(2026, 3, 31));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("d-mmm-yy"));
            date.setCellStyle(style);
            row.createCell(2).setCellValue(12500);
            workbook.write(bytes);
        }
        var sheet = read("register.xls", bytes.toByteArray());
        assertEquals("Partnerships", sheet.sheets().get(0).name());
        assertEquals(List.of("Old Board", "2026-03-31", "12500"), firstRow(sheet));
        assertEquals(3, sheet.sheets().get(0).rows().get(0).number(), "an empty row 2 is skipped, row 3 keeps its number");
    }

    @Test
    void datesInEveryFormPeopleTypeAndTheirMistakes() {
        java.time.LocalDate end = java.time.LocalDate.of(2026, 3, 31);
        for (String typed : List.of("31/03/2026", "31-Mar-26", "2026-03-31", "31 March 2026", "46112", "31/3/26",
                "31-mar-2026")) {
            assertEquals(end, CellValues.date(typed), typed);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellValues.date("31/02/2026")).getMessage()
                .startsWith("is not a date"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellValues.date("2026-03-31T10:00")).getMessage()
                .startsWith("is not a date"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellValues.date("1/1/1850")).getMessage()
                .contains("the year 1850"));
        assertEquals(new org.partnershipatlas.model.Money(1_250_000), CellValues.money("£12,500"));
        assertEquals(new org.partnershipatlas.model.Money(1_250_000), CellValues.money("GBP 12500.00"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellValues.money("(1,000)")).getMessage()
                .contains("negative"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellValues.money("about £5k")).getMessage()
                .startsWith("is not an amount of money"));
    }

    @Test
    void nearDuplicatesAreFoundButNumberedBodiesAreNot() {
        assertTrue(NearDuplicates.alike("Community Safety Partnership", "Community Safety P'ship"));
        assertTrue(NearDuplicates.alike("Health & Wellbeing Board", "Health and Wellbeing Bd"));
        assertTrue(NearDuplicates.alike("Safeguarding Adults Board", "Safeguarding Adult Board"));
        assertTrue(!NearDuplicates.alike("Locality Board 3", "Locality Board 4"));
        assertTrue(!NearDuplicates.alike("Safeguarding Adults Board", "Safeguarding Children Board"));
    }
}
