package org.partnershipatlas.app;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook fixtures of the register corpus, made the way Excel keeps them: an outside-bodies list
 * whose body names are merged down over their representatives' rows (with a merged title across the
 * top), and a workbook of several sheets (a cover, the partnership register, the outside bodies).
 * Written by POI at test time so that what each cell holds can be read here, not in a binary file.
 */
final class RegisterWorkbooks {
    private RegisterWorkbooks() {
    }

    /** 12: the body's name in a cell merged over each of its representatives' rows. */
    static Path mergedCells(Path dir) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Outside bodies 2026-27");
            row(sheet, 0, "Appointments to outside bodies 2026/27");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            row(sheet, 2, "Outside Body", "Representative", "Term of office", "Appointed by");
            row(sheet, 3, "Northmoor Leisure Trust", "Councillor Ahmed", "until May 2027", "Full Council");
            row(sheet, 4, "", "Councillor Brook", "until May 2027");
            row(sheet, 5, "", "Councillor Cole", "until May 2027");
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
            row(sheet, 6, "Westshire Fire Authority", "Councillor Dunn", "four-year term");
            row(sheet, 7, "", "Councillor Evans", "four-year term");
            sheet.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 7, 3, 3));
            row(sheet, 8, "Northmoor Canal Trust", "Northgate Ward Member", "", "Cabinet");
            row(sheet, 10, "Note: appointments are made by Full Council at its annual meeting.");
            return save(workbook, dir.resolve("12-merged-cells.xlsx"));
        }
    }

    /** 13: a cover sheet, the register on one sheet and the outside bodies on another. */
    static Path severalSheets(Path dir) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet cover = workbook.createSheet("Cover");
            row(cover, 0, "Northmoor Borough Council");
            row(cover, 1, "Partnerships and outside bodies, reviewed June 2026");
            Sheet register = workbook.createSheet("Partnerships");
            row(register, 0, "Partnership name", "Parent partnership", "Chair", "Meets");
            row(register, 1, "Northmoor Together Board", "", "Cllr Helen Ashworth", "Quarterly");
            row(register, 2, "Safer Northmoor", "Northmoor Together Board", "Supt Ray Pike", "Every two months");
            row(register, 3, "Hate Crime Network", "Safer Northmoor", "", "Twice a year");
            Sheet outside = workbook.createSheet("Outside bodies");
            row(outside, 0, "Name of outside body", "Current representative(s)");
            row(outside, 1, "Northmoor Leisure Trust", "Councillor Ahmed (deputy Councillor Brook)");
            row(outside, 2, "Westshire Archives Joint Committee", "Cabinet Member for Culture (Councillor Cole)");
            return save(workbook, dir.resolve("13-several-sheets.xlsx"));
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static Path save(XSSFWorkbook workbook, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
