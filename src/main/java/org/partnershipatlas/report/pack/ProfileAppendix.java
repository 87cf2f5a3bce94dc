package org.partnershipatlas.report.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.ScrutinyQuestions;
import org.partnershipatlas.analysis.SignificanceAssessment;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Governance;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.report.pack.PackDocument.AnswerSpace;
import org.partnershipatlas.report.pack.PackDocument.Block;
import org.partnershipatlas.report.pack.PackDocument.Figure;
import org.partnershipatlas.report.pack.PackDocument.Heading;
import org.partnershipatlas.report.pack.PackDocument.PageBreak;
import org.partnershipatlas.report.pack.PackDocument.Paragraph;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * Appendices 5 and 6: a page for each partnership needing political oversight (its record, its
 * place in the structure drawn small, its findings) and a scrutiny question sheet for each, with
 * room to write the answers.
 */
final class ProfileAppendix {
    private ProfileAppendix() {
    }

    static List<Block> profiles(AuthorityModel model, Diagram whole, List<Body> bodies, List<Finding> findings,
                                PackOptions options, LocalDate today) {
        List<Block> blocks = new ArrayList<>();
        if (bodies.isEmpty()) {
            blocks.add(new Paragraph("No partnership in this pack needs political oversight."));
            return blocks;
        }
        blocks.add(new Paragraph("One page for each of the " + bodies.size() + " partnerships judged significant, "
                + "which therefore need political oversight."));
        for (Body body : bodies) {
            blocks.add(new Heading(2, body.name()));
            blocks.add(new Table(List.of("Field", "Record"), facts(model, body, options.confidential()),
                    List.of(1.2, 3.0)));
            // the findings before the picture: if the page runs out, the picture starts the next one
            blocks.add(new Heading(3, "Findings"));
            List<Finding> own = findings.stream().filter(f -> f.bodyIds().contains(body.id())).toList();
            if (own.isEmpty()) {
                blocks.add(new Paragraph("The health check found no gap here."));
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (Finding finding : own) {
                    rows.add(List.of(finding.severity().label(), finding.message(),
                            PackContent.linkedAction(model, finding)));
                }
                blocks.add(new Table(List.of("Severity", "What is wrong", "Action"), rows, List.of(0.8, 3.0, 2.2)));
            }
            List<Long> above = new ArrayList<>();
            List<Long> below = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            List<String> children = new ArrayList<>();
            for (AccountabilityLine line : model.linesOf(body.id())) {
                if (line.fromBodyId() == body.id()) {
                    above.add(line.toBodyId());
                    parents.add(model.body(line.toBodyId()).name() + " (" + line.kind().label().toLowerCase() + ")");
                } else {
                    below.add(line.fromBodyId());
                    children.add(model.body(line.fromBodyId()).name());
                }
            }
            String place = (parents.isEmpty() ? "It answers to no other body." : "It answers to "
                    + String.join("; ", parents) + ".") + (children.isEmpty() ? " No group answers to it."
                    : " Answering to it: " + String.join(", ", children) + ".");
            blocks.add(new Heading(3, "Its place in the structure"));
            Diagram small = MapDiagram.neighbourhood(whole, body.id(), above, below);
            Rect b = small.bounds();
            blocks.add(new Paragraph(place));
            blocks.add(new Figure(small, new Rect(b.x() - 20, b.y() - 24, b.width() + 40, b.height() + 34),
                    body.name() + " with the bodies it answers to and those answering to it. " + place,
                    "Where it sits", false, false));
            blocks.add(new PageBreak());
        }
        return blocks;
    }

    static List<Block> questionSheets(AuthorityModel model, List<Body> bodies, List<Finding> findings,
                                      LocalDate today) {
        List<Block> blocks = new ArrayList<>();
        if (bodies.isEmpty()) {
            blocks.add(new Paragraph("No partnership in this pack needs political oversight."));
            return blocks;
        }
        blocks.add(new Paragraph("Questions for overview and scrutiny councillors, under Kipling's six honest serving "
                + "men: What, Why, When, How, Where and Who. Each sheet is drawn from the partnership's own record "
                + "and findings, with space for the answers."));
        for (Body body : bodies) {
            blocks.add(new Heading(2, body.name()));
            Map<ScrutinyQuestions.Heading, List<String>> questions = ScrutinyQuestions.forBody(model, body, findings,
                    today);
            int[] number = {1};
            questions.forEach((heading, asked) -> {
                if (asked.isEmpty()) {
                    return;
                }
                blocks.add(new Heading(3, heading.label()));
                for (String question : asked) {
                    // numbered through the sheet, so a councillor can say "question 4" in the meeting
                    blocks.add(new Paragraph(number[0]++ + ". " + question, true));
                    blocks.add(new AnswerSpace(3));
                }
            });
            blocks.add(new PageBreak());
        }
        return blocks;
    }

    private static List<List<String>> facts(AuthorityModel model, Body body, boolean confidential) {
        Governance g = body.governance();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Purpose", text(g.purpose())));
        ClassificationDecision latest = model.decisionsFor(body.id()).stream()
                .max(Comparator.comparing(ClassificationDecision::decidedOn).thenComparing(ClassificationDecision::id))
                .orElse(null);
        rows.add(List.of("Classification", body.classification().label() + (latest == null ? " (no decision recorded)"
                : ". Decided by " + latest.decidedBy() + " on " + PackContent.DATE.format(latest.decidedOn()) + ": "
                + latest.rationale())));
        SignificanceAssessment significance = SignificanceAssessment.of(model, body);
        rows.add(List.of("Significance", significance.summary()));
        rows.add(List.of("Layer and themes", body.layer().label() + (body.themeIds().isEmpty() ? "" : "; "
                + String.join(", ", body.themeIds().stream().map(id -> model.theme(id).name()).toList()))));
        rows.add(List.of("Chair and vice chair", person(model, g.chairId(), confidential) + "; vice chair: "
                + person(model, g.viceChairId(), confidential)));
        rows.add(List.of("Lead member and officer", person(model, g.leadMemberId(), confidential) + "; lead officer: "
                + person(model, g.leadOfficerId(), confidential)));
        rows.add(List.of("Accountable body", g.accountableBodyId() == null ? "Not recorded"
                : model.organisation(g.accountableBodyId()).name()));
        rows.add(List.of("Terms of reference", text(g.termsOfReference()) + (g.termsAgreed() == null ? ""
                : ", agreed " + PackContent.DATE.format(g.termsAgreed())) + "; statutory basis: "
                + lower(text(g.statutoryBasis()))));
        rows.add(List.of("Money", "Council contribution: " + (g.councilContribution() == null ? "not recorded"
                : g.councilContribution().format() + " a year") + "; pooled budget: " + (g.pooledBudget() == null
                ? "not recorded" : g.pooledBudget().format())));
        rows.add(List.of("Reviews", "Last: " + lower(date(g.lastReviewed())) + "; next due: "
                + lower(date(g.nextReviewDue()))));
        rows.add(List.of("Scrutiny", text(g.scrutinyCommittee()) + (g.lastScrutinised() == null ? ""
                : ", last on " + PackContent.DATE.format(g.lastScrutinised()))));
        if (confidential) {
            rows.add(List.of("Risk rating", g.riskRating() == null ? "Not recorded" : g.riskRating().label()));
            rows.add(List.of("Notes", text(g.notes())));
        }
        return rows;
    }

    private static String person(AuthorityModel model, Long id, boolean confidential) {
        if (id == null) {
            return "Not recorded";
        }
        Person p = model.person(id);
        String contact = confidential ? String.join(", ", java.util.stream.Stream.of(p.email(), p.phone())
                .filter(s -> s != null && !s.isBlank()).toList()) : "";
        return p.name() + (p.title() == null || p.title().isBlank() ? "" : ", " + p.title())
                + (contact.isEmpty() ? "" : " (" + contact + ")");
    }

    /** "Not recorded" in the middle of a sentence. */
    private static String lower(String value) {
        return value.equals("Not recorded") ? "not recorded" : value;
    }

    private static String text(String value) {
        return value == null ? "Not recorded" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "Not recorded" : PackContent.DATE.format(value);
    }
}
