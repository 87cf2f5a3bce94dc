package org.partnershipatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/** The register workbook a partnerships officer sorts, filters and prints. */
class RegisterWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void datesAreDatesWithAFilterWideColumnsAndAPrintSetup() throws Exception {
        AuthorityModel model = SampleAuthority.build(LocalDate.of(2026, 12, 6));
        List<Body> bodies = new ArrayList<>(model.bodies());
        Path file = dir.resolve("register.xlsx");
        RegisterExport.xlsx(model, bodies, List.of(RegisterColumn.values()), file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            int dates = 0;
            for (int c = 0; c < header.size(); c++) {
                RegisterColumn column = RegisterColumn.values()[c];
                if (column.field() == null || column.field().type() != org.partnershipatlas.model.FieldType.DATE) {
                    continue;
                }
                for (int r = 1; r <= bodies.size(); r++) {
                    Cell cell = sheet.getRow(r).getCell(c);
                    Object value = column.field().read(bodies.get(r - 1));
                    if (value != null) {
                        assertEquals(CellType.NUMERIC, cell.getCellType(), header.get(c) + " row " + r);
                        assertTrue(DateUtil.isCellDateFormatted(cell), header.get(c) + " row " + r);
                        assertEquals(value, cell.getLocalDateTimeCellValue().toLocalDate());
                        dates++;
                    }
                }
            }
            assertTrue(dates > 20, "the sample's review and agreement dates: " + dates);
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "an AutoFilter on the header row");
            assertEquals("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(header.size() - 1)
                    + (bodies.size() + 1), sheet.getCTWorksheet().getAutoFilter().getRef());
            int name = header.indexOf("Name");
            int longest = bodies.stream().mapToInt(b -> b.name().length()).max().orElse(0);
            assertTrue(sheet.getColumnWidth(name) / 256 >= Math.min(60, longest), "the name column shows names whole");
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertTrue(sheet.getFitToPage());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString().replace("$", ""));
        }
    }
}
