package org.partnershipatlas.report.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.analysis.PartnershipCost;
import org.partnershipatlas.analysis.Severity;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.CabinetPapers;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.ReportText;
import org.partnershipatlas.model.Text;
import org.partnershipatlas.model.Theme;

/**
 * The covering report that takes the pack to cabinet, in the shape councils use (committee and date,
 * title, report of, contact officer, recent references, executive summary, recommendations, detail,
 * relevance to the corporate strategy, resource implications, background documents, appendices). Its
 * appendix numbers are the pack's, in the order chosen. Where the officer has written a section in
 * the app their words are used; elsewhere a draft from the record stands in.
 */
public final class CoveringReport {
    static final String TITLE = "Review of partnerships";

    private CoveringReport() {
    }

    /** The draft the app writes for each section of the covering report, when the officer has not. */
    public static Map<ReportText, String> drafts(AuthorityModel model, List<Finding> findings, List<Integer> order,
                                                 LocalDate today) {
        Map<Integer, Integer> numbers = PackOptions.numbers(order);
        Map<ReportText, String> drafts = new EnumMap<>(ReportText.class);
        drafts.put(ReportText.RECENT_REFERENCES, "None.");
        Map<Severity, Integer> counts = HealthCheck.counts(findings);
        long unplanned = findings.stream().filter(f -> !HealthCheck.hasOpenAction(model, f)).count();
        List<Action> open = model.actions().stream().filter(Action::isOpen).toList();
        drafts.put(ReportText.SUMMARY, "A review has been undertaken of the partnerships in which "
                + model.authority().name() + " takes part: " + Text.count(model.bodies().size(), "body", "bodies")
                + " in the structure under the Local Strategic Partnership." + at(numbers, 7, " The review report is at ")
                + " It found " + Text.count(findings.size(), "governance gap", "governance gaps") + " ("
                + counts.get(Severity.HIGH) + " high, " + counts.get(Severity.MEDIUM) + " medium, "
                + counts.get(Severity.LOW) + " low)"
                + (numbers.containsKey(3) && !open.isEmpty() ? ", which have been translated into an action plan of "
                + Text.count(open.size(), "open action", "open actions") + " (Appendix " + numbers.get(3) + ")" : "")
                + "." + (unplanned == 0 ? "" : " " + Text.count(unplanned, "finding has", "findings have")
                + " no action on the plan yet."));
        List<String> detail = new ArrayList<>();
        detail.add("The review mapped every partnership, board, sub-group and network in the structure, classified "
                + "each as a partnership, a network or a working group with its reasons, and assessed the "
                + "significance of each partnership to decide which need political oversight.");
        StringBuilder appendices = new StringBuilder();
        for (int code : order) {
            appendices.append(appendices.length() == 0 ? "" : " ").append(describe(code, numbers.get(code)));
        }
        detail.add(appendices.toString().strip());
        drafts.put(ReportText.DETAIL, String.join("\n", detail));
        List<String> themes = model.themes().stream().map(Theme::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        drafts.put(ReportText.CORPORATE_STRATEGY, themes.isEmpty() ? "The partnerships reviewed deliver the community "
                + "strategy." : "The partnerships reviewed deliver the community strategy's themes: "
                + String.join(", ", themes) + ".");
        Money contributions = PartnershipCost.sum(model.bodies(),
                org.partnershipatlas.model.BodyField.COUNCIL_CONTRIBUTION);
        PartnershipCost.Estimate cost = PartnershipCost.of(model);
        drafts.put(ReportText.RESOURCES, "The council contributes " + contributions.format() + " a year to these "
                + "partnerships. The time its officers and councillors spend at their meetings costs an estimated "
                + cost.councilStaff().format() + " a year. The action plan's actions are for officers and partners to "
                + "take forward; any that need money beyond this will come back to " + model.cabinetPapers()
                .committee() + ".");
        drafts.put(ReportText.BACKGROUND, "None.");
        return drafts;
    }

    /** The recommendation the report asks the committee to agree. */
    static List<String> recommendations(CabinetPapers papers, Map<Integer, Integer> numbers, long open) {
        List<String> out = new ArrayList<>();
        String committee = papers.committee();
        if (numbers.containsKey(3) && open > 0) {
            out.add("That " + committee + " approves the Action Plan at Appendix " + numbers.get(3) + " of the report.");
        } else if (open == 0) {
            out.add("That " + committee + " asks officers to bring an action plan that answers the review's findings.");
        }
        if (numbers.containsKey(7)) {
            out.add("That " + committee + " notes the review report at Appendix " + numbers.get(7) + ".");
        }
        if (out.isEmpty()) {
            out.add("That " + committee + " notes the report.");
        }
        return out;
    }

    /** Writes the covering report as DOCX with real headings, numbered detail and a footer naming the meeting. */
    public static void write(AuthorityModel model, List<Finding> findings, List<Integer> order, LocalDate today,
                             Path target) throws IOException {
        org.partnershipatlas.report.FileReplacement.write(target, partial -> writeTo(model, findings, order, today,
                partial));
    }

    private static void writeTo(AuthorityModel model, List<Finding> findings, List<Integer> order, LocalDate today,
                                Path partial) throws IOException {
        CabinetPapers papers = model.cabinetPapers();
        Map<Integer, Integer> numbers = PackOptions.numbers(order);
        Map<ReportText, String> drafts = drafts(model, findings, order, today);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(partial)) {
            DocxStyles.install(doc);
            doc.getProperties().getCoreProperties().setTitle(TITLE + ": " + model.authority().name());
            doc.getProperties().getCoreProperties().setCreator(model.authority().name());
            String meeting = papers.meetingDate() == null ? "Date of meeting to be set"
                    : PackContent.DATE.format(papers.meetingDate());
            line(doc, "Subtitle", papers.committee().toUpperCase(Locale.UK));
            line(doc, "Subtitle", meeting.toUpperCase(Locale.UK));
            line(doc, "Title", TITLE.toUpperCase(Locale.UK));
            if (papers.reportOf() != null) {
                line(doc, "Subtitle", "REPORT OF " + papers.reportOf().toUpperCase(Locale.UK));
            }
            if (papers.reference() != null) {
                labelled(doc, "Report reference: ", papers.reference());
            }
            labelled(doc, "Contact officer: ", papers.contactOfficer() == null ? "Not named"
                    : papers.contactOfficer() + (papers.contactDetails() == null ? "" : ", " + papers.contactDetails()));
            section(doc, "Recent references", text(papers, drafts, ReportText.RECENT_REFERENCES), null);
            section(doc, "Executive summary", text(papers, drafts, ReportText.SUMMARY), null);
            XWPFParagraph heading = line(doc, "Heading1", "Recommendations");
            heading.setSpacingBefore(240);
            long open = model.actions().stream().filter(Action::isOpen).count();
            for (String recommendation : recommendations(papers, numbers, open)) {
                body(doc.createParagraph(), recommendation, true);
            }
            section(doc, "Detail", text(papers, drafts, ReportText.DETAIL), "1");
            line(doc, "Heading1", "Other considerations");
            section(doc, "2 Corporate strategy (relevance to)", text(papers, drafts, ReportText.CORPORATE_STRATEGY), "2",
                    "Heading2");
            section(doc, "3 Resource implications", text(papers, drafts, ReportText.RESOURCES), "3", "Heading2");
            section(doc, "Background documents", text(papers, drafts, ReportText.BACKGROUND), null);
            line(doc, "Heading1", "Appendices");
            for (int code : order) {
                body(doc.createParagraph(), numbers.get(code) + ". " + PackContent.appendixTitle(code), false);
            }
            a4Portrait(doc);
            DocxStyles.footer(doc, papers.committee() + " · " + meeting
                    + (papers.reference() == null ? "" : " · " + papers.reference()) + " · " + TITLE);
            doc.enforceUpdateFields();
            doc.write(out);
        }
    }

    /** A4 portrait with one-inch margins: Word and LibreOffice otherwise guess the page. */
    private static void a4Portrait(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        var section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(java.math.BigInteger.valueOf(11906));
        size.setH(java.math.BigInteger.valueOf(16838));
        size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.PORTRAIT);
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        java.math.BigInteger inch = java.math.BigInteger.valueOf(1440);
        margins.setTop(inch);
        margins.setBottom(inch);
        margins.setLeft(inch);
        margins.setRight(inch);
        margins.setFooter(java.math.BigInteger.valueOf(500));
    }

    private static String text(CabinetPapers papers, Map<ReportText, String> drafts, ReportText section) {
        String own = papers.text(section);
        return own.isEmpty() ? drafts.getOrDefault(section, "") : own;
    }

    private static void section(XWPFDocument doc, String title, String text, String number) {
        section(doc, title, text, number, "Heading1");
    }

    /** A heading and its paragraphs; numbered "1.1", "1.2" when {@code number} is given, as councils do. */
    private static void section(XWPFDocument doc, String title, String text, String number, String style) {
        XWPFParagraph heading = line(doc, style, title);
        heading.setSpacingBefore(240);
        int n = 1;
        for (String paragraph : ReviewReportAppendix.paragraphs(text)) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(120);
            body(p, number == null ? paragraph : number + "." + n++ + "  " + paragraph, false);
        }
    }

    /** Body text in 11 pt, as a council's reports are set. */
    private static void body(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(11);
    }

    private static XWPFParagraph line(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static void labelled(XWPFDocument doc, String label, String value) {
        XWPFParagraph p = doc.createParagraph();
        body(p, label, true);
        body(p, value, false);
    }

    private static String at(Map<Integer, Integer> numbers, int code, String before) {
        return numbers.containsKey(code) ? before + "Appendix " + numbers.get(code) + "." : "";
    }

    private static String describe(int code, int number) {
        return switch (code) {
            case 7 -> "The full review report is at Appendix " + number + ".";
            case 3 -> "Its recommendations have been translated into the action plan at Appendix " + number + ".";
            case 1 -> "The diagram showing how the partnerships relate to each other is at Appendix " + number + ".";
            case 2 -> "The register of partnerships is at Appendix " + number + ".";
            case 4 -> "The governance findings of the health check are at Appendix " + number + ".";
            case 5 -> "A profile of each partnership needing political oversight is at Appendix " + number + ".";
            default -> "Questions for overview and scrutiny councillors are at Appendix " + number + ".";
        };
    }
}
