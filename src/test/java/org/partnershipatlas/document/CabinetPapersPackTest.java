package org.partnershipatlas.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.CabinetPapers;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.ReportText;
import org.partnershipatlas.report.pack.CoveringReport;
import org.partnershipatlas.report.pack.PackContent;
import org.partnershipatlas.report.pack.PackDocument;
import org.partnershipatlas.report.pack.PackOptions;
import org.partnershipatlas.report.pack.ReviewBaseline;
import org.partnershipatlas.store.AuthorityStore;

/**
 * The review report and the covering report on the sample file as a user has it: last year's review
 * recorded, this year's changes made, and the officer's own words written in some sections.
 */
class CabinetPapersPackTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    static AuthorityModel model;
    static ReviewBaseline since;
    static List<Finding> findings;

    @BeforeAll
    static void sample() throws Exception {
        try (AuthorityStore store = SampleFile.create(dir.resolve("N.atlas.mv.db"), TODAY, "t")) {
            model = store.load();
            since = Reviews.latest(store, model, TODAY);
        }
        CabinetPapers papers = model.cabinetPapers()
                .withMeeting("Cabinet", LocalDate.of(2027, 3, 22), "CAB3012", "Chief Executive",
                        "Jen Anderson (Head of Policy)", "01962 848592")
                .withText(ReportText.SCOPE, "We met every partnership chair between May and July.")
                .withText(ReportText.SUMMARY, "Our own summary for cabinet.");
        model.apply(Edit.of("t", Change.update(model.cabinetPapers(), papers)));
        findings = HealthCheck.run(model, TODAY);
    }

    private static List<String> texts(PackDocument.Appendix appendix) {
        List<String> out = new ArrayList<>();
        for (PackDocument.Block block : appendix.blocks()) {
            if (block instanceof PackDocument.Heading h) {
                out.add("H" + h.level() + " " + h.text());
            } else if (block instanceof PackDocument.Paragraph p) {
                out.add(p.text());
            } else if (block instanceof PackDocument.Table t) {
                t.rows().forEach(r -> out.add(String.join(" | ", r)));
            }
        }
        return out;
    }

    @Test
    void theReviewReportGivesFactsAndTheOfficersWordsApartInFiveSections() {
        PackDocument pack = PackContent.build(model, PackOptions.defaults(), findings, TODAY, since);
        PackDocument.Appendix report = pack.appendices().get(0);
        assertEquals("Appendix 1: Review of partnerships: report", report.heading());
        List<String> text = texts(report);
        List<String> sections = text.stream().filter(t -> t.startsWith("H2 ")).toList();
        assertEquals(List.of("H2 1. Scope and method", "H2 2. The structure in numbers",
                "H2 3. What changed since the last review", "H2 4. Findings by theme", "H2 5. Recommendations"), sections);
        int scope = text.indexOf("H2 1. Scope and method");
        assertEquals("H3 From the record", text.get(scope + 1));
        int commentary = text.indexOf("H3 Officer's commentary");
        assertTrue(commentary > scope && commentary < text.indexOf("H2 2. The structure in numbers"));
        assertEquals("We met every partnership chair between May and July.", text.get(commentary + 1));
        assertEquals(1, text.stream().filter(t -> t.equals("H3 Officer's commentary")).count(),
                "no empty commentary headings where nothing was written");
        assertTrue(text.stream().anyMatch(t -> t.contains("compared with the review recorded as \"Review 2025/26\"")));
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Closed | Older People's Forum")), "closed bodies are listed");
        assertTrue(text.stream().anyMatch(t -> t.startsWith("Reclassified | Mental Health Alliance")));
        assertTrue(text.stream().anyMatch(t -> t.matches("\\d+ partnerships are judged significant .*")));
        assertTrue(text.contains("That Cabinet approves the action plan at Appendix 2."), "the plan's number in the pack");
    }

    @Test
    void theCoveringReportFollowsTheAppendixOrderChosenAndUsesTheOfficersWords() throws Exception {
        List<Integer> order = List.of(1, 7, 2, 3);
        Path docx = dir.resolve("report.docx");
        CoveringReport.write(model, findings, order, TODAY, docx);
        PackDocument pack = PackContent.build(model, new PackOptions(new LinkedHashSet<>(order), java.util.Set.of(),
                PackOptions.defaults().columns(), java.util.Set.of(PackOptions.Format.PDF), PackOptions.Paper.A4, false),
                findings, TODAY, since);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Recent references", "Executive summary", "Recommendations", "Detail",
                    "Other considerations", "Background documents", "Appendices"), headings);
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String all = String.join("\n", paragraphs);
            assertTrue(all.contains("CABINET\n22 MARCH 2027\nREVIEW OF PARTNERSHIPS\nREPORT OF CHIEF EXECUTIVE"), all);
            assertTrue(all.contains("Contact officer: Jen Anderson (Head of Policy), 01962 848592"));
            assertTrue(all.contains("Report reference: CAB3012"));
            assertTrue(all.contains("Our own summary for cabinet."), "the officer's summary, not the draft");
            assertTrue(paragraphs.contains("That Cabinet approves the Action Plan at Appendix 4 of the report."),
                    "the action plan is fourth in this order");
            assertTrue(paragraphs.contains("That Cabinet notes the review report at Appendix 2."));
            assertTrue(all.contains("1.2  The diagram showing how the partnerships relate to each other is at Appendix 1."
                    + " The full review report is at Appendix 2."), all);
            List<String> listed = new ArrayList<>();
            for (int i = paragraphs.indexOf("Appendices") + 1; i < paragraphs.size(); i++) {
                if (!paragraphs.get(i).isBlank()) {
                    listed.add(paragraphs.get(i));
                }
            }
            List<String> headingsInPack = pack.appendices().stream().map(a -> a.number() + ". " + a.title()).toList();
            assertEquals(headingsInPack, listed, "the covering report lists the pack's appendices as numbered there");
            String footer = doc.getFooterList().get(0).getText();
            assertTrue(footer.contains("Cabinet · 22 March 2027 · CAB3012"), footer);
        }
    }

    @Test
    void draftsStandInOnlyWhereTheOfficerWroteNothing() {
        Map<ReportText, String> drafts = CoveringReport.drafts(model, findings, List.of(7, 3, 1, 2, 4, 5, 6), TODAY);
        assertTrue(drafts.get(ReportText.SUMMARY).contains("The review report is at Appendix 1."));
        assertTrue(drafts.get(ReportText.SUMMARY).contains("action plan of"), drafts.get(ReportText.SUMMARY));
        assertTrue(drafts.get(ReportText.RESOURCES).contains("£"), "the resource implications give the money");
        assertFalse(drafts.get(ReportText.CORPORATE_STRATEGY).isBlank());
    }

    /** A new authority's pack says what is true of it: nothing classified, no money, no plan to approve. */
    @Test
    void aNewAuthorityWithNoPlanIsNotAskedToApproveOne() throws Exception {
        AuthorityModel fresh = new AuthorityModel(new org.partnershipatlas.model.Authority("Eastvale",
                org.partnershipatlas.model.AuthorityKind.DISTRICT, null, null));
        List<Finding> none = HealthCheck.run(fresh, TODAY);
        PackDocument pack = PackContent.build(fresh, PackOptions.defaults(), none, TODAY, null);
        List<String> text = texts(pack.appendices().get(0));
        assertTrue(text.stream().anyMatch(t -> t.startsWith("No group has been classified yet")), text.toString());
        assertTrue(text.contains("No partnership is judged significant, so none needs political oversight."));
        assertTrue(text.stream().anyMatch(t -> t.startsWith("No council contribution or pooled budget is recorded")));
        assertTrue(text.stream().noneMatch(t -> t.contains("approves the action plan")), text.toString());
        Path docx = dir.resolve("fresh.docx");
        CoveringReport.write(fresh, none, List.copyOf(PackOptions.ALL_APPENDICES), TODAY, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(paragraphs.contains("That Cabinet asks officers to bring an action plan that answers the review's "
                    + "findings."), paragraphs.toString());
            assertTrue(paragraphs.stream().noneMatch(p -> p.contains("approves the Action Plan")));
        }
    }

    /** A recorded review keeps the officer's words as they were; words written later are the file's. */
    @Test
    void aRecordedReviewKeepsTheWordsWrittenForIt() throws Exception {
        try (AuthorityStore store = SampleFile.create(dir.resolve("Words.atlas.mv.db"), TODAY, "t")) {
            AuthorityModel now = store.load();
            CabinetPapers first = now.cabinetPapers().withText(ReportText.SCOPE, "This year's words.");
            Edit edit = Edit.of("Write the cabinet report", Change.update(now.cabinetPapers(), first));
            now.apply(edit);
            store.write(edit);
            org.partnershipatlas.model.Review review = Reviews.record(store, now.copy(), "Review 2026/27", TODAY, "",
                    "t", java.time.LocalDateTime.of(2026, 11, 25, 9, 0), "t");
            Edit later = Edit.of("Write the cabinet report", Change.update(first,
                    first.withText(ReportText.SCOPE, "Next year's words.")));
            now.apply(later);
            store.write(later);
            assertEquals("This year's words.", Reviews.open(store, review).cabinetPapers().text(ReportText.SCOPE));
            assertEquals("Next year's words.", store.load().cabinetPapers().text(ReportText.SCOPE));
        }
    }

    /** A past review's papers compare with the review before it, not with the latest one. */
    @Test
    void aPastReviewsReportLooksBackToTheReviewBeforeIt() throws Exception {
        try (AuthorityStore store = SampleFile.create(dir.resolve("Past.atlas.mv.db"), TODAY, "t")) {
            AuthorityModel now = store.load();
            org.partnershipatlas.model.Review first = store.reviews().get(0);
            org.partnershipatlas.model.Review second = Reviews.record(store, now.copy(), "Review 2026/27", TODAY, "", "t",
                    java.time.LocalDateTime.of(2026, 11, 25, 9, 0), "t");
            assertEquals("Review 2026/27", Reviews.latest(store, now, TODAY).name(), "the file as it stands");
            ReviewBaseline back = Reviews.latest(store, Reviews.open(store, second), TODAY, second);
            assertEquals(first.name(), back.name(), "the year before the one opened");
            assertFalse(back.changes().differences().isEmpty());
            assertEquals(null, Reviews.latest(store, Reviews.open(store, first), TODAY, first), "nothing before the first");
        }
    }
}
