package org.partnershipatlas.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.report.RegisterColumn;
import org.partnershipatlas.ui.MainViewModel;
import org.partnershipatlas.ui.SameThreadTaskRunner;
import org.partnershipatlas.ui.ScriptedDialogs;
import org.partnershipatlas.ui.TestClock;
import org.partnershipatlas.ui.settings.SettingsFile;

class RegisterViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    RegisterViewModel register;

    @BeforeEach
    void openSample() {
        main = newMain();
        main.openSample();
        register = new RegisterViewModel(main, main);
    }

    private MainViewModel newMain() {
        return new MainViewModel(new SameThreadTaskRunner(), new ScriptedDialogs(),
                new SettingsFile(dir.resolve("s.json")), TestClock.CLOCK, "t");
    }

    private Body named(String name) {
        return register.rows().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryBodyWithDerivedSignificanceAndOversight() {
        assertEquals(70, register.rows().size());
        Body nep = named("Northmoor Economic Partnership");
        assertEquals("Significant (3)", register.text(RegisterColumn.SIGNIFICANCE, nep));
        assertEquals("Yes", register.text(RegisterColumn.OVERSIGHT, nep));
        assertEquals("£60,000", register.text(RegisterColumn.COUNCIL_CONTRIBUTION, nep));
        assertEquals("", register.text(RegisterColumn.LEAD_MEMBER, nep));
        assertEquals("No", register.text(RegisterColumn.OVERSIGHT, named("Green Spaces Network")));
    }

    @Test
    void filtersInAnyColumnOrInOne() {
        register.filterProperty().set("crime and disorder");
        assertEquals(List.of("Safer Northmoor Partnership"), register.rows().stream().map(Body::name).toList());
        register.filterProperty().set("housing");
        int anywhere = register.rows().size();
        register.filterColumnProperty().set(RegisterColumn.NAME);
        assertTrue(register.rows().size() < anywhere, "themes mention housing more often than names do");
        assertTrue(register.rows().stream().allMatch(b -> b.name().toLowerCase().contains("housing")));
    }

    @Test
    void aCellIsEditedWithTheSameValidationAsTheInspector() {
        Body nep = named("Northmoor Economic Partnership");
        assertTrue(register.edit(nep, RegisterColumn.LEAD_MEMBER, "Cllr Gareth Moss"));
        assertEquals("Cllr Gareth Moss", register.text(RegisterColumn.LEAD_MEMBER, named("Northmoor Economic Partnership")));
        assertTrue(register.edit(named("Northmoor Economic Partnership"), RegisterColumn.COUNCIL_CONTRIBUTION, "£62,500"));
        assertEquals(Money.ofPounds(62_500),
                named("Northmoor Economic Partnership").governance().councilContribution());

        assertFalse(register.edit(named("Northmoor Economic Partnership"), RegisterColumn.POOLED_BUDGET, "-£5"));
        assertEquals("Not saved. \"Northmoor Economic Partnership\" cannot have a negative pooled budget (-£5)",
                register.messageProperty().get());
        assertFalse(register.edit(named("Northmoor Economic Partnership"), RegisterColumn.CHAIR, "Someone Else"));
        assertEquals("Not saved. Chair: \"Someone Else\" is not a person on the map", register.messageProperty().get());
        assertFalse(register.edit(named("Northmoor Economic Partnership"), RegisterColumn.NEXT_REVIEW_DUE, "31/02/2027"));
        assertTrue(register.messageProperty().get().contains("is not a date"), register.messageProperty().get());
    }

    @Test
    void oneValueOnManyRowsIsOneUndoStep() {
        List<Body> three = List.of(named("Heritage Forum"), named("Events Task Group"),
                named("Northmoor Arts Network"));
        assertTrue(register.bulkSet(three, RegisterColumn.SCRUTINY_COMMITTEE, "Communities Scrutiny Committee"));
        for (Body body : three) {
            assertEquals("Communities Scrutiny Committee", register.text(RegisterColumn.SCRUTINY_COMMITTEE,
                    named(body.name())));
        }
        assertEquals("Undo Set scrutiny committee on 3 bodies",
                main.sessionProperty().get().undoLabelProperty().get());
        main.undo();
        for (Body body : three) {
            assertEquals("", register.text(RegisterColumn.SCRUTINY_COMMITTEE, named(body.name())));
        }
    }

    @Test
    void exportsCsvAndXlsxWithFormulasNeutralised() throws Exception {
        register.edit(named("Heritage Forum"), RegisterColumn.SCRUTINY_COMMITTEE, "=HYPERLINK(\"http://x\",\"y\")");
        Path csv = dir.resolve("register.csv");
        Path xlsx = dir.resolve("register.xlsx");
        register.exportCsv(csv);
        register.exportXlsx(xlsx);
        assertEquals("Exported 70 rows to register.xlsx.", register.messageProperty().get());

        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\ufeff', in.read(), "a byte-order mark, so spreadsheets read the £ sign");
            records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(70, records.size());
        CSVRecord heritage = records.stream().filter(r -> r.get("Name").equals("Heritage Forum")).findFirst()
                .orElseThrow();
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", heritage.get("Scrutiny committee"));
        CSVRecord nep = records.stream().filter(r -> r.get("Name").equals("Northmoor Economic Partnership"))
                .findFirst().orElseThrow();
        assertEquals("£60,000", nep.get("Council contribution"));
        assertEquals("Yes", nep.get("Needs oversight"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(70, sheet.getLastRowNum());
            assertEquals("Name", sheet.getRow(0).getCell(0).getStringCellValue());
            int committee = RegisterColumn.SCRUTINY_COMMITTEE.ordinal();
            int money = RegisterColumn.COUNCIL_CONTRIBUTION.ordinal();
            boolean sawFormula = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                assertTrue(row.getCell(committee).getCellType() != CellType.FORMULA);
                if (row.getCell(0).getStringCellValue().equals("Heritage Forum")) {
                    assertEquals("'=HYPERLINK(\"http://x\",\"y\")", row.getCell(committee).getStringCellValue());
                    sawFormula = true;
                }
                if (row.getCell(0).getStringCellValue().equals("Northmoor Economic Partnership")) {
                    assertEquals(60_000.0, row.getCell(money).getNumericCellValue());
                }
            }
            assertTrue(sawFormula);
        }
    }

    @Test
    void theColumnChoiceIsRememberedBetweenRuns() {
        register.rememberColumns(List.of(RegisterColumn.NAME, RegisterColumn.OVERSIGHT, RegisterColumn.CHAIR));
        MainViewModel nextRun = newMain();
        assertEquals(List.of(RegisterColumn.NAME, RegisterColumn.OVERSIGHT, RegisterColumn.CHAIR),
                new RegisterViewModel(nextRun, nextRun).columns());
    }
}
