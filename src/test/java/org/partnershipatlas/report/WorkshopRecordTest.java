package org.partnershipatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.WorkshopNote;

class WorkshopRecordTest {
    @TempDir
    Path dir;
    private final LocalDate day = LocalDate.of(2026, 12, 1);
    private final AuthorityModel model = SampleAuthority.build(day);

    private Body named(String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private void captureAtAWorkshop() {
        Body safer = named("Safer Northmoor Partnership");
        Body climate = named("Climate Action Partnership");
        model.load(List.of(new WorkshopNote(model.newId(), safer.id(), "Police want data sharing sorted first", day),
                new WorkshopNote(model.newId(), climate.id(), "Merge with the air quality group?", day),
                new Action(model.newId(), "Agree an information-sharing protocol", ActionOwner.BODY, safer.id(), null,
                        ActionStatus.NOT_STARTED, ActionSource.WORKSHOP, List.of(safer.id()), null, day)));
    }

    @Test
    void theRecordListsEachBodysNotesAndActionsFromTheWorkshopAndNothingElse() {
        captureAtAWorkshop();
        List<WorkshopRecord.Entry> entries = WorkshopRecord.of(model);
        assertEquals(List.of("Children and Young People's Partnership", "Climate Action Partnership",
                "Safer Northmoor Partnership"), entries.stream().map(e -> e.body().name()).toList(),
                "the sample's action from June's workshop, and today's");
        assertEquals(1, entries.get(2).actions().size(), "actions from reviews or the health check are not listed");
        assertTrue(model.actions().stream().anyMatch(a -> a.source() != ActionSource.WORKSHOP
                && a.bodyIds().contains(named("Safer Northmoor Partnership").id())), "there are some to leave out");
    }

    @Test
    void wordAndCsvCarryEveryNoteAndActionByBodyWithItsDate() throws Exception {
        captureAtAWorkshop();
        Path docx = dir.resolve("record.docx");
        WorkshopRecord.docx(model, day, docx);
        List<String> paragraphs;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("Heading1", doc.getParagraphs().get(2).getStyle());
            assertEquals("Heading2", doc.getParagraphs().get(3).getStyle());
        }
        assertEquals(List.of("Workshop record", "Northmoor District Council · 01/12/2026",
                "Children and Young People's Partnership", "Actions agreed", "Hold a partners' workshop on which "
                        + "children's sub-groups are still needed (not started, raised 01/06/2026)",
                "Climate Action Partnership",
                "What the room said", "01/12/2026: Merge with the air quality group?", "Safer Northmoor Partnership",
                "What the room said", "01/12/2026: Police want data sharing sorted first", "Actions agreed",
                "Agree an information-sharing protocol (not started, raised 01/12/2026)"), paragraphs);
        Path csv = dir.resolve("record.csv");
        WorkshopRecord.csv(model, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\ufeffBody,Kind,What was said or agreed,Date,Status", lines.get(0));
        assertTrue(lines.contains("Safer Northmoor Partnership,Action,Agree an information-sharing protocol,01/12/2026,"
                + "Not started"), lines.toString());
        assertEquals(5, lines.size());
    }
}
