package org.partnershipatlas.report.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.analysis.PartnershipCost;
import org.partnershipatlas.analysis.Rule;
import org.partnershipatlas.analysis.Severity;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.ReportText;
import org.partnershipatlas.model.Text;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.report.pack.PackDocument.Block;
import org.partnershipatlas.report.pack.PackDocument.Heading;
import org.partnershipatlas.report.pack.PackDocument.Paragraph;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * The review report, the appendix a council's covering report calls "the final report": scope and
 * method, the structure in numbers, what changed since the last recorded review, findings by theme,
 * and recommendations drawn from the findings and the plan. Each section gives the facts from the
 * record under "From the record" and the officer's own words under "Officer's commentary", so a
 * reader can always tell which is which.
 */
final class ReviewReportAppendix {
    static final String TITLE = "Review of partnerships: report";
    static final String FACTS = "From the record";
    static final String COMMENTARY = "Officer's commentary";

    private ReviewReportAppendix() {
    }

    static List<Block> blocks(AuthorityModel model, List<Body> bodies, Set<Long> scope, List<Finding> findings,
                              ReviewBaseline since, LocalDate today, Integer planAppendix) {
        List<Block> blocks = new ArrayList<>();
        facts(model, bodies, scope, findings, since, today, planAppendix).forEach((section, facts) ->
                section(blocks, model, section, facts));
        return blocks;
    }

    /** What the app writes in each of the five sections, from the record. */
    static Map<ReportText, List<Block>> facts(AuthorityModel model, List<Body> bodies, Set<Long> scope,
                                              List<Finding> findings, ReviewBaseline since, LocalDate today,
                                              Integer planAppendix) {
        List<Finding> shown = findings.stream()
                .filter(f -> f.bodyIds().isEmpty() || f.bodyIds().stream().anyMatch(scope::contains)).toList();
        Map<ReportText, List<Block>> facts = new EnumMap<>(ReportText.class);
        facts.put(ReportText.SCOPE, scope(model, bodies, since, today));
        facts.put(ReportText.NUMBERS, numbers(model, bodies));
        facts.put(ReportText.CHANGES, changes(since, id -> scope.contains(id) || model.body(id) == null));
        facts.put(ReportText.FINDINGS, byTheme(model, bodies, shown));
        facts.put(ReportText.RECOMMENDATIONS, recommendations(model, shown, planAppendix));
        return facts;
    }

    /** The facts as plain lines, for the app to show beside the box the officer writes in. */
    static String asText(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.append(p.text()).append("\n\n");
            } else if (block instanceof Table t) {
                out.append(String.join(" · ", t.header())).append('\n');
                t.rows().forEach(row -> out.append(String.join(" · ", row)).append('\n'));
                out.append('\n');
            }
        }
        return out.toString().strip();
    }

    private static void section(List<Block> blocks, AuthorityModel model, ReportText section, List<Block> facts) {
        int number = section.ordinal() + 1;
        blocks.add(new Heading(2, number + ". " + section.label()));
        blocks.add(new Heading(3, FACTS));
        blocks.addAll(facts);
        String own = model.cabinetPapers().text(section);
        if (!own.isEmpty()) {
            blocks.add(new Heading(3, COMMENTARY));
            paragraphs(own).forEach(p -> blocks.add(new Paragraph(p)));
        }
    }

    /** The officer's text as paragraphs: a blank line (or a line break) starts a new one. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("\\R")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<Block> scope(AuthorityModel model, List<Body> bodies, ReviewBaseline since, LocalDate today) {
        String name = model.authority().name();
        List<Block> out = new ArrayList<>();
        out.add(new Paragraph("This review covers " + Text.count(bodies.size(), "body", "bodies") + " in " + name
                + "'s partnership structure as recorded on " + PackContent.DATE.format(today) + ": the strategic board, "
                + "the themed partnerships under it, and their boards, sub-groups and networks, with the people and "
                + "organisations sitting on them."));
        long classified = bodies.stream().filter(b -> b.classification() != Classification.UNCLASSIFIED).count();
        long decided = bodies.stream().filter(b -> !model.decisionsFor(b.id()).isEmpty()).count();
        out.add(new Paragraph((classified == 0 ? "No group has been classified yet as a partnership, a network or a "
                + "working group." : classified == bodies.size() ? "Every group has been classified as a partnership, "
                + "a network or a working group" : Text.count(classified, "group has", "groups have") + " been classified "
                + "as a partnership, a network or a working group, and " + (bodies.size() - classified) + " not yet")
                + (classified == 0 ? "" : (decided == 0 ? "." : "; for " + decided + " of them"
                + " the six tests' answers and the reasons are recorded."))
                + " Each partnership's significance is assessed against the council's scheme (pass mark "
                + model.significanceScheme().passMark() + "); those judged significant need political oversight. The "
                + "health check tested every body against the council's rules of governance (lead member, scrutiny, "
                + "accountable body, terms of reference, reviews, reporting lines, seats and chairs held, money held)."));
        out.add(new Paragraph(since == null ? "No earlier review is recorded in the file, so this is the baseline "
                + "future reviews will be compared with."
                : "The structure was compared with the review recorded as \"" + since.name() + "\" on "
                + PackContent.DATE.format(since.takenOn()) + "."));
        return out;
    }

    private static List<Block> numbers(AuthorityModel model, List<Body> bodies) {
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[Classification.values().length + 1];
        for (Layer layer : Layer.values()) {
            List<String> row = new ArrayList<>();
            row.add(layer.label());
            int all = 0;
            for (Classification c : Classification.values()) {
                long n = bodies.stream().filter(b -> b.layer() == layer && b.classification() == c).count();
                row.add(Long.toString(n));
                totals[c.ordinal()] += (int) n;
                all += (int) n;
            }
            row.add(Integer.toString(all));
            totals[totals.length - 1] += all;
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add("All layers");
        for (int n : totals) {
            total.add(Integer.toString(n));
        }
        rows.add(total);
        List<String> header = new ArrayList<>();
        header.add("Layer");
        for (Classification c : Classification.values()) {
            header.add(c.label());
        }
        header.add("All");
        List<Double> widths = new ArrayList<>();
        header.forEach(h -> widths.add(1.0));
        List<Block> out = new ArrayList<>();
        out.add(new Table(header, rows, widths));
        List<Body> overseen = bodies.stream().filter(b -> Oversight.needed(model, b)).toList();
        Money contributions = PartnershipCost.sum(bodies, org.partnershipatlas.model.BodyField.COUNCIL_CONTRIBUTION);
        Money pooled = PartnershipCost.sum(bodies, org.partnershipatlas.model.BodyField.POOLED_BUDGET);
        PartnershipCost.Estimate cost = PartnershipCost.of(model);
        out.add(new Paragraph(overseen.isEmpty() ? "No partnership is judged significant, so none needs political "
                + "oversight." : Text.count(overseen.size(), "partnership is", "partnerships are")
                + " judged significant and need political oversight: "
                + String.join(", ", overseen.stream().map(Body::name).toList()) + "."));
        String money = !contributions.isPositive() && !pooled.isPositive()
                ? "No council contribution or pooled budget is recorded for these bodies."
                : "The council contributes " + contributions.format() + " a year to these bodies; they hold pooled "
                + "budgets of " + pooled.format() + ".";
        long estimated = cost.bodies().size();
        String meetings = estimated == 0 ? " No body has a regular meeting cycle recorded, so the cost of attending "
                + "their meetings cannot yet be estimated."
                : " Attending and preparing for the meetings of " + Text.count(estimated, "body", "bodies") + " costs an "
                + "estimated " + cost.total().format() + " a year, " + cost.councilStaff().format() + " of it the time "
                + "of the council's own officers and councillors" + (cost.notEstimated().isEmpty() ? "."
                : "; " + Text.count(cost.notEstimated().size(), "body has", "bodies have") + " no regular meeting cycle "
                + "recorded and " + (cost.notEstimated().size() == 1 ? "is" : "are") + " not counted.");
        out.add(new Paragraph(money + meetings));
        return out;
    }

    /** {@code shown}: the bodies of the pack, and those closed since (no longer in the structure). */
    private static List<Block> changes(ReviewBaseline since, java.util.function.LongPredicate shown) {
        List<Block> out = new ArrayList<>();
        if (since == null) {
            out.add(new Paragraph("There is no earlier recorded review to compare with. Record this review "
                    + "(Review > Record this year's review) so next year's report can say what changed."));
            return out;
        }
        List<StructureComparison.Difference> listed = since.changes().differences().stream()
                .filter(d -> d.bodyId() == null || shown.test(d.bodyId())).toList();
        if (listed.isEmpty()) {
            out.add(new Paragraph("Nothing has changed since \"" + since.name() + "\"."));
            return out;
        }
        Map<StructureComparison.Kind, Integer> counts = new EnumMap<>(StructureComparison.Kind.class);
        listed.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(kind.label().toLowerCase(Locale.UK) + " " + n));
        out.add(new Paragraph(Text.count(listed.size(), "change", "changes") + " since \"" + since.name() + "\" ("
                + String.join("; ", parts) + "). Council contributions went from "
                + since.changes().contributionsBefore().format() + " to " + since.changes().contributionsAfter().format()
                + " a year; pooled budgets from " + since.changes().pooledBefore().format() + " to "
                + since.changes().pooledAfter().format() + "."));
        List<List<String>> rows = new ArrayList<>();
        for (StructureComparison.Difference d : listed) {
            rows.add(List.of(d.kind().label(), d.bodyName() == null ? "The whole structure" : d.bodyName(),
                    d.what() + StructureComparison.change(d)));
        }
        out.add(new Table(List.of("Change", "Body", "What changed"), rows, List.of(1.1, 1.6, 3.3)));
        return out;
    }

    private static List<Block> byTheme(AuthorityModel model, List<Body> bodies, List<Finding> findings) {
        List<Block> out = new ArrayList<>();
        if (findings.isEmpty()) {
            out.add(new Paragraph("The health check found no governance gap."));
            return out;
        }
        Map<String, List<Finding>> grouped = new LinkedHashMap<>();
        List<Theme> themes = new ArrayList<>(model.themes());
        themes.sort(java.util.Comparator.comparing(Theme::name, String.CASE_INSENSITIVE_ORDER));
        for (Theme theme : themes) {
            for (Finding f : findings) {
                if (f.bodyIds().stream().anyMatch(id -> model.body(id) != null
                        && model.body(id).themeIds().contains(theme.id()))) {
                    grouped.computeIfAbsent(theme.name(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        for (Finding f : findings) {
            boolean themed = f.bodyIds().stream().anyMatch(id -> model.body(id) != null
                    && !model.body(id).themeIds().isEmpty());
            if (!themed) {
                grouped.computeIfAbsent("Across the structure", k -> new ArrayList<>()).add(f);
            }
        }
        Map<Severity, Integer> all = HealthCheck.counts(findings);
        out.add(new Paragraph(Text.count(findings.size(), "governance gap", "governance gaps") + " found: "
                + all.get(Severity.HIGH) + " high, " + all.get(Severity.MEDIUM) + " medium and " + all.get(Severity.LOW)
                + " low. A gap touching bodies of two themes is counted under each."));
        List<List<String>> rows = new ArrayList<>();
        grouped.forEach((theme, found) -> {
            Map<Severity, Integer> counts = HealthCheck.counts(found);
            Map<Rule, Integer> rules = new EnumMap<>(Rule.class);
            found.forEach(f -> rules.merge(f.rule(), 1, Integer::sum));
            List<String> kinds = new ArrayList<>();
            rules.forEach((rule, n) -> kinds.add(rule.label().toLowerCase(Locale.UK) + (n > 1 ? " (" + n + ")" : "")));
            rows.add(List.of(theme, Integer.toString(counts.get(Severity.HIGH)), Integer.toString(counts.get(
                    Severity.MEDIUM)), Integer.toString(counts.get(Severity.LOW)), String.join("; ", kinds)));
        });
        out.add(new Table(List.of("Theme", "High", "Medium", "Low", "What was found"), rows,
                List.of(1.4, 0.5, 0.6, 0.5, 3.2)));
        return out;
    }

    private static List<Block> recommendations(AuthorityModel model, List<Finding> findings, Integer planAppendix) {
        List<Block> out = new ArrayList<>();
        Map<Rule, List<Finding>> byRule = new EnumMap<>(Rule.class);
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Severity severity : Severity.values()) {
            for (Map.Entry<Rule, List<Finding>> entry : byRule.entrySet()) {
                List<Finding> found = entry.getValue().stream().filter(f -> f.severity() == severity).toList();
                if (found.isEmpty()) {
                    continue;
                }
                long planned = found.stream().filter(f -> HealthCheck.hasOpenAction(model, f)).count();
                List<String> names = new ArrayList<>();
                found.forEach(f -> f.bodyIds().forEach(id -> {
                    if (model.body(id) != null && !names.contains(model.body(id).name())) {
                        names.add(model.body(id).name());
                    }
                }));
                String what = found.size() == 1 ? found.get(0).suggestedAction()
                        : entry.getKey().label() + " (" + found.size() + " findings). " + found.get(0).suggestedAction()
                        + " Likewise for the other " + (found.size() - 1) + ".";
                rows.add(List.of("R" + number++, what, names.isEmpty() ? "The whole structure"
                        : shortList(names), planned == found.size() ? "On the plan"
                        : planned == 0 ? "Not yet on the plan" : planned + " of " + found.size() + " on the plan"));
            }
        }
        if (rows.isEmpty()) {
            out.add(new Paragraph("The health check found nothing that needs a recommendation."));
        } else {
            out.add(new Paragraph(Text.count(rows.size(), "recommendation", "recommendations")
                    + " drawn from the findings, most serious first, and whether the action plan"
                    + (planAppendix == null ? "" : " at Appendix " + planAppendix) + " carries them."));
            out.add(new Table(List.of("No.", "Recommendation", "Bodies", "Action plan"), rows,
                    List.of(0.5, 3.2, 1.8, 1.0)));
        }
        String committee = model.cabinetPapers().committee();
        boolean plan = model.actions().stream().anyMatch(org.partnershipatlas.model.Action::isOpen);
        out.add(new Paragraph(plan ? "That " + committee + " approves the action plan"
                + (planAppendix == null ? "." : " at Appendix " + planAppendix + ".")
                : "That " + committee + " asks officers to bring an action plan for these recommendations: the plan "
                + "holds no open action yet.", true));
        return out;
    }

    private static String shortList(List<String> names) {
        if (names.size() <= 4) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}
