package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;

class RegisterImportTest {
    @TempDir
    Path dir;
    private final AuthorityModel empty = new AuthorityModel(new Authority("Eastshire", AuthorityKind.DISTRICT, null,
            null));

    private ImportPlan plan(AuthorityModel model, String csv) throws Exception {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        ImportSource source = ImportSource.read(file);
        return ImportPlan.of(model, source.draft(source.proposedMapping(null)));
    }

    private static ImportIssue issueOn(ImportPlan plan, int row) {
        return plan.issues().stream().filter(i -> i.row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("no problem on row " + row + ": " + plan.issues()));
    }

    private static Body body(AuthorityModel model, String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on the map"));
    }

    @Test
    void aRegisterWithTheHeadersCouncilsUseImportsWithNoOtherStep() throws Exception {
        ImportPlan plan = plan(empty, """
                Name of partnership,Reports to,Lead Officer,Portfolio holder,Council contribution (£),Review date,Theme
                Eastshire Partnership Board,,Jane Smith,Cllr Amy Lee,"£12,500.50",31/03/2026,Cross-cutting
                Community Safety Partnership,Eastshire Partnership Board,Bob Jones,Cllr Amy Lee,5000,31-Mar-26,Community safety
                Domestic Abuse Group,Community Safety Partnership,,,,46112,Community safety
                """);
        assertFalse(plan.hasRefusals(), plan.issues().toString());
        empty.apply(plan.edit());
        Body board = body(empty, "Eastshire Partnership Board");
        Body csp = body(empty, "Community Safety Partnership");
        Body group = body(empty, "Domestic Abuse Group");
        assertEquals("Jane Smith", empty.person(board.governance().leadOfficerId()).name());
        assertEquals("Cllr Amy Lee", empty.person(csp.governance().leadMemberId()).name());
        assertEquals(board.governance().leadMemberId(), csp.governance().leadMemberId(), "one person, named twice");
        assertEquals(new Money(1_250_050), board.governance().councilContribution());
        LocalDate end = LocalDate.of(2026, 3, 31);
        assertEquals(List.of(end, end, end), List.of(board.governance().nextReviewDue(),
                csp.governance().nextReviewDue(), group.governance().nextReviewDue()), "three ways to type a date");
        assertEquals(List.of(BodyKind.PARTNERSHIP_BOARD, BodyKind.THEMED_PARTNERSHIP, BodyKind.SUB_GROUP),
                List.of(board.kind(), csp.kind(), group.kind()), "kinds from where each sits");
        assertEquals(List.of(Layer.STRATEGIC, Layer.EXECUTIVE, Layer.OPERATIONAL),
                List.of(board.layer(), csp.layer(), group.layer()), "the three layers: board, partnerships, groups");
        assertEquals(2, empty.lines().size());
        assertEquals("Community safety", empty.theme(group.themeIds().get(0)).name());
        assertEquals("Import from register.csv", plan.edit().label());
    }

    @Test
    void anOutsideBodiesListIsReadUnderTheHeadingsCouncilsPublish() throws Exception {
        for (String heading : List.of("Outside Body", "External body", "EXTERNAL ORGANISATION",
                "\"Title of the\nPartnership\"", " Name of outside body ")) {
            AuthorityModel model = new AuthorityModel(new Authority("Eastshire", AuthorityKind.DISTRICT, null, null));
            ImportPlan plan = plan(model, heading + ",Notes\nWestshire Fire Authority,Meets quarterly\n"
                    + "Eastshire Citizens Advice,\n");
            assertFalse(plan.hasRefusals(), heading + ": " + plan.issues());
            model.apply(plan.edit());
            assertEquals(2, model.bodies().size(), heading);
            body(model, "Westshire Fire Authority");
        }
    }

    @Test
    void nonStatutoryIsReadAsNoStatutoryBasisAndANamedActAsOne() throws Exception {
        ImportPlan plan = plan(empty, """
                Partnership,Statutory
                Community Safety Partnership,Crime and Disorder Act 1998
                Eastshire Youth Forum,Non-statutory
                Eastshire Arts Network,No
                Eastshire Food Network,Not statutory
                """);
        assertFalse(plan.hasRefusals(), plan.issues().toString());
        empty.apply(plan.edit());
        assertEquals("Crime and Disorder Act 1998", body(empty, "Community Safety Partnership").governance()
                .statutoryBasis());
        for (String name : List.of("Eastshire Youth Forum", "Eastshire Arts Network", "Eastshire Food Network")) {
            assertEquals(null, body(empty, name).governance().statutoryBasis(), name);
            assertFalse(org.partnershipatlas.analysis.SignificanceAssessment.of(empty, body(empty, name)).met()
                    .contains(org.partnershipatlas.model.SignificanceCriterion.STATUTORY_BASIS), name);
        }
        assertTrue(issueOn(plan, 3).reason().contains("not set up under a statutory duty"), plan.issues().toString());
    }

    @Test
    void jobTitlesWrittenAfterANameAreTheTitleNotPartOfTheName() throws Exception {
        ImportPlan plan = plan(empty, """
                Partnership,Lead officer,Chair
                Eastshire Place Board,"Sam Patel, Director (Place)",Jo Bloggs – Head of Policy
                Eastshire Growth Group,Sam Patel,"Smith, Jane"
                """);
        assertFalse(plan.hasRefusals(), plan.issues().toString());
        empty.apply(plan.edit());
        var sam = empty.person(body(empty, "Eastshire Place Board").governance().leadOfficerId());
        assertEquals("Sam Patel", sam.name());
        assertEquals("Director (Place)", sam.title());
        assertEquals(sam.id(), body(empty, "Eastshire Growth Group").governance().leadOfficerId(),
                "the same person written with and without the title");
        var jo = empty.person(body(empty, "Eastshire Place Board").governance().chairId());
        assertEquals("Jo Bloggs", jo.name());
        assertEquals("Head of Policy", jo.title());
        assertEquals("Smith, Jane", empty.person(body(empty, "Eastshire Growth Group").governance().chairId()).name(),
                "a surname first is a name, not a name and a title");
    }

    @Test
    void moneyIsReadAsCouncilsWriteItAndRangesOrInKindAreReportedNotGuessed() throws Exception {
        for (String[] written : new String[][] {{"£12,500 pa", "1250000"}, {"£12,500 per annum", "1250000"},
                {"£5,000 + VAT", "500000"}, {"5000 plus VAT", "500000"}, {"£5k", "500000"}, {"£1.5m", "150000000"},
                {"£7,500 a year", "750000"}}) {
            assertEquals(new Money(Long.parseLong(written[1])), CellValues.money(written[0]), written[0]);
        }
        for (String refused : List.of("£5,000 - £10,000", "£5k to £10k", "In kind", "Officer time (in-kind)")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> CellValues.money(refused), refused);
            assertTrue(e.getMessage().contains("range") || e.getMessage().contains("in kind"), e.getMessage());
        }
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() throws Exception {
        ImportPlan plan = plan(empty, """
                Eastshire District Council: appointments to outside bodies 2026/27,,
                Updated after the annual meeting,,
                Outside body,Notes,
                Westshire Fire Authority,Meets quarterly,
                Eastshire Citizens Advice,,
                """);
        assertFalse(plan.hasRefusals(), plan.issues().toString());
        empty.apply(plan.edit());
        assertEquals(2, empty.bodies().size());
        body(empty, "Westshire Fire Authority");
        assertEquals("Meets quarterly", body(empty, "Westshire Fire Authority").governance().notes());
        ImportPlan oneColumn = plan(empty, "Groups\nAlpha Board\nBeta Board\n");
        assertTrue(oneColumn.issues().toString().contains("headers: Groups"),
                "a one-word heading is still the header, for the user to map: " + oneColumn.issues());
    }

    @Test
    void everyProblemNamesItsRowColumnValueAndReason() throws Exception {
        ImportPlan plan = plan(empty, """
                Partnership;Reports to;Council contribution (£);Review date
                Top Board;;;
                Community Safety Partnership;Top Board;;
                Community Safety P'ship;Top Board;;
                Youth Forum;Nowhere Board;;
                Money Group;Top Board;-200;
                Date Group;Top Board;;31/03/20226
                Self Group;Self Group;;
                ;Top Board;;
                Top Board;;;
                Odd Date Group;Top Board;;next spring
                """);
        assertEquals("row 4", issueOn(plan, 4).where());
        assertTrue(issueOn(plan, 4).reason().startsWith("looks like \"Community Safety Partnership\" on row 3"));
        assertFalse(issueOn(plan, 4).refused(), "a near-duplicate is a caution, not a refusal");
        assertEquals("Refused: row 5, column \"Reports to\", value \"Nowhere Board\": names a parent that is neither "
                + "in this file nor on the map", issueOn(plan, 5).describe());
        assertEquals("Refused: row 6, column \"Council contribution (£)\", value \"-200\": is a negative amount; a "
                + "contribution or budget cannot be below £0", issueOn(plan, 6).describe());
        assertTrue(issueOn(plan, 7).describe().contains("value \"31/03/20226\": the year 20226 is not a real year"));
        assertEquals("a body cannot report to itself", issueOn(plan, 8).reason());
        assertEquals("Refused: row 9, column \"Partnership\": the name is empty; every body needs a name",
                issueOn(plan, 9).describe());
        assertTrue(issueOn(plan, 10).reason().startsWith("the same name is already on row 2"));
        assertTrue(issueOn(plan, 11).reason().startsWith("is not a date this can read"));
        assertEquals(7, plan.rowsLeftOut());
        assertTrue(plan.hasRefusals());
        assertEquals(3, plan.count(ImportPlan.Status.NEW), "the valid rows, if the user chooses them alone");
    }

    @Test
    void aRowWhoseParentIsLeftOutIsLeftOutTooAndSaysWhy() throws Exception {
        ImportPlan plan = plan(empty, """
                Name,Reports to,Pooled budget
                Board,,
                Broken Partnership,Board,lots
                Its Sub-group,Broken Partnership,
                """);
        assertEquals("names a parent that is left out of this import (row 3)", issueOn(plan, 4).reason());
        assertEquals(List.of(ImportPlan.Status.NEW, ImportPlan.Status.LEFT_OUT, ImportPlan.Status.LEFT_OUT),
                plan.outcomes().stream().map(ImportPlan.Outcome::status).toList());
    }

    @Test
    void importingIntoAFileWithBodiesMergesByNameAndShowsWhatChanges() throws Exception {
        AuthorityModel sample = SampleAuthority.build(LocalDate.of(2026, 12, 1));
        Body existing = sample.bodies().stream().filter(b -> b.governance().leadOfficerId() != null).findFirst()
                .orElseThrow();
        String officer = sample.person(existing.governance().leadOfficerId()).name();
        ImportPlan plan = plan(sample, "Name,Lead officer\n" + existing.name().toUpperCase() + ",Sam Newperson\n"
                + "A Brand New Forum,\n");
        assertEquals(1, plan.count(ImportPlan.Status.CHANGED));
        assertEquals(1, plan.count(ImportPlan.Status.NEW));
        assertEquals(List.of("Lead officer: " + officer + " \u2192 Sam Newperson"), plan.outcomes().get(0).changes());
        var before = new HashSet<>(sample.entities());
        sample.apply(plan.edit());
        Body after = sample.body(existing.id());
        assertEquals("Sam Newperson", sample.person(after.governance().leadOfficerId()).name());
        assertEquals(existing.governance().purpose(), after.governance().purpose(), "fields not in the sheet are kept");
        sample.apply(plan.edit().inverse());
        assertEquals(before, new HashSet<>(sample.entities()), "one edit takes the whole import back");
    }

    @Test
    void anXlsxRegisterWithAMembersSheetGivesSeatsAndRealDateCells() throws Exception {
        Path file = dir.resolve("register.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet register = workbook.createSheet("Register");
            row(register, 0, "Partnership", "Parent", "Next review");
            row(register, 1, "Health and Wellbeing Board", "", "");
            row(register, 2, "Better Care Fund Group", "Health and Wellbeing Board", "");
            register.getRow(1).createCell(2).setCellValue(LocalDate.of(2027, 6, 30));
            register.getRow(1).getCell(2).setCellStyle(dates);
            Sheet members = workbook.createSheet("Members");
            row(members, 0, "Partnership", "Organisation", "Representative", "Role", "Sector");
            row(members, 1, "Health and Wellbeing Board", "Eastshire ICB", "Dr Kay Patel", "Vice chair", "NHS");
            row(members, 2, "Better Care Fund Group", "Eastshire ICB", "", "", "NHS");
            row(members, 3, "Unknown Board", "Police", "", "", "");
            workbook.write(out);
        }
        ImportSource source = ImportSource.read(file);
        ImportPlan plan = ImportPlan.of(empty, source.draft(source.proposedMapping(null)));
        assertEquals(1, plan.issues().stream().filter(ImportIssue::refused).count(), plan.issues().toString());
        assertEquals("Members, row 4, value \"Unknown Board\": sits on a body that is neither in this file nor on the "
                        + "map", issueOn(plan, 4).describe().substring("Refused: ".length()));
        empty.apply(plan.edit());
        assertEquals(LocalDate.of(2027, 6, 30), body(empty, "Health and Wellbeing Board").governance().nextReviewDue());
        assertEquals(2, empty.seats().size());
        assertEquals(1, empty.organisations().size());
        assertEquals(Sector.NHS, empty.organisations().iterator().next().sector());
        assertTrue(empty.seats().stream().anyMatch(s -> s.role() == SeatRole.VICE_CHAIR && s.personId() != null));
        assertEquals(1, empty.lines().size(), "\"Parent\" is read as reports to");
    }

    @Test
    void theUsersMappingOverridesTheProposalAndReadsBack() throws Exception {
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, "Group,Boss\nAlpha Board,Jo Bloggs\n");
        ImportSource source = ImportSource.read(file);
        ColumnMapping proposed = source.proposedMapping(null);
        assertEquals(ColumnTarget.of(BodyField.NAME), proposed.target("Group"));
        assertEquals(ColumnTarget.IGNORE, proposed.target("Boss"));
        ColumnMapping chosen = proposed.with("Boss", ColumnTarget.of(BodyField.CHAIR));
        ColumnMapping reread = ColumnMapping.parse(chosen.toText());
        assertEquals(ColumnTarget.of(BodyField.CHAIR), source.proposedMapping(reread).target("Boss"),
                "a remembered mapping is proposed next time");
        ImportPlan plan = ImportPlan.of(empty, source.draft(reread));
        empty.apply(plan.edit());
        assertEquals("Jo Bloggs", empty.person(body(empty, "Alpha Board").governance().chairId()).name());
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
