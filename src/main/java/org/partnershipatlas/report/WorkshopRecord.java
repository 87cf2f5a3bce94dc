package org.partnershipatlas.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.WorkshopNote;
import org.partnershipatlas.report.pack.DocxStyles;

/**
 * The workshop record: what the room said, body by body, as notes, and what it agreed to do, as
 * actions, each with the day it was said; for the workshop's write-up (Word) and for the officer who
 * follows it up (CSV). Only what was captured at a workshop is listed.
 */
public final class WorkshopRecord {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One body and what the workshop said of it. */
    public record Entry(Body body, List<WorkshopNote> notes, List<Action> actions) {
    }

    private WorkshopRecord() {
    }

    /** Every body with workshop notes or actions, in name order. */
    public static List<Entry> of(AuthorityModel model) {
        List<Entry> entries = new ArrayList<>();
        for (Body body : model.bodies().stream().sorted(Comparator.comparing(Body::name,
                String.CASE_INSENSITIVE_ORDER)).toList()) {
            List<WorkshopNote> notes = model.workshopNotesOn(body.id());
            List<Action> actions = model.actions().stream().filter(a -> a.source() == ActionSource.WORKSHOP
                    && a.bodyIds().contains(body.id())).toList();
            if (!notes.isEmpty() || !actions.isEmpty()) {
                entries.add(new Entry(body, notes, actions));
            }
        }
        return entries;
    }

    public static void csv(AuthorityModel model, Path target) throws IOException {
        FileReplacement.write(target, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
                out.write('\ufeff');
                csv.printRecord("Body", "Kind", "What was said or agreed", "Date", "Status");
                for (Entry entry : of(model)) {
                    for (WorkshopNote note : entry.notes()) {
                        csv.printRecord(safe(entry.body().name()), "Note", safe(note.text()), date(note.taken()), "");
                    }
                    for (Action action : entry.actions()) {
                        csv.printRecord(safe(entry.body().name()), "Action", safe(action.description()),
                                date(action.raised()), action.status().label());
                    }
                }
            }
        });
    }

    public static void docx(AuthorityModel model, LocalDate today, Path target) throws IOException {
        List<Entry> entries = of(model);
        FileReplacement.write(target, partial -> {
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(partial)) {
                DocxStyles.install(doc);
                BigInteger bullets = DocxStyles.bullets(doc);
                paragraph(doc, "Title", "Workshop record");
                paragraph(doc, "Subtitle", model.authority().name() + " \u00b7 " + DATE.format(today));
                if (entries.isEmpty()) {
                    paragraph(doc, null, "No notes or actions were captured at a workshop.");
                }
                for (Entry entry : entries) {
                    paragraph(doc, "Heading1", entry.body().name());
                    if (!entry.notes().isEmpty()) {
                        paragraph(doc, "Heading2", "What the room said");
                        for (WorkshopNote note : entry.notes()) {
                            bullet(doc, bullets, date(note.taken()) + ": " + note.text());
                        }
                    }
                    if (!entry.actions().isEmpty()) {
                        paragraph(doc, "Heading2", "Actions agreed");
                        for (Action action : entry.actions()) {
                            String status = action.status().label().toLowerCase(java.util.Locale.ROOT);
                            bullet(doc, bullets, action.description() + " (" + status + ", raised "
                                    + date(action.raised()) + ")");
                        }
                    }
                }
                doc.getProperties().getCoreProperties().setTitle("Workshop record: " + model.authority().name());
                doc.write(out);
            }
        });
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        if ("Heading1".equals(style)) {
            paragraph.setSpacingBefore(360);
        } else if ("Heading2".equals(style)) {
            paragraph.setSpacingBefore(160);
        }
        paragraph.createRun().setText(text);
    }

    private static void bullet(XWPFDocument doc, BigInteger bullets, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle("ListParagraph");
        paragraph.setNumID(bullets);
        paragraph.createRun().setText(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String safe(String text) {
        return SpreadsheetSafety.neutralise(text);
    }
}
