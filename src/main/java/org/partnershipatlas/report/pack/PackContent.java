package org.partnershipatlas.report.pack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.analysis.ActionOwners;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.analysis.Severity;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.MapDiagram;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.RegisterColumn;
import org.partnershipatlas.report.RegisterExport;
import org.partnershipatlas.report.pack.PackDocument.Appendix;
import org.partnershipatlas.report.pack.PackDocument.Block;
import org.partnershipatlas.report.pack.PackDocument.Heading;
import org.partnershipatlas.report.pack.PackDocument.Item;
import org.partnershipatlas.report.pack.PackDocument.Paragraph;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * Builds the cabinet appendix pack's content from an authority: the structure diagram with its text
 * alternative, the register, the action plan by owner, the findings by severity, a profile and a
 * scrutiny question sheet for each partnership needing oversight. The pack is numbered in the order
 * chosen, so leaving one out renumbers the rest as a report's appendices would be.
 */
public final class PackContent {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private PackContent() {
    }

    public static PackDocument build(AuthorityModel source, PackOptions options, List<Finding> findings,
                                     LocalDate today) {
        return build(source, options, findings, today, null);
    }

    /** The pack, its review report comparing with {@code since} (null: no review recorded yet). */
    public static PackDocument build(AuthorityModel source, PackOptions options, List<Finding> findings,
                                     LocalDate today, ReviewBaseline since) {
        AuthorityModel model = MapDiagram.laidOut(source);
        Set<Long> scope = scope(model, options.themeIds());
        Diagram whole = MapDiagram.of(model);
        Diagram diagram = diagram(whole, options, scope);
        List<Body> bodies = RegisterExport.ordered(model, b -> scope.contains(b.id()));
        List<Body> overseen = bodies.stream().filter(b -> Oversight.needed(model, b)).toList();
        List<Appendix> appendices = new ArrayList<>();
        java.util.Map<Integer, Integer> numbers = options.numbers();
        int number = 1;
        for (int chosen : options.appendices()) {
            appendices.add(switch (chosen) {
                case 1 -> new Appendix(number, appendixTitle(1),
                        StructureAppendix.blocks(model, bodies, options.paper()));
                case 2 -> new Appendix(number, appendixTitle(2), register(model, bodies, options,
                        numbers.get(5)));
                case 3 -> new Appendix(number, appendixTitle(3), actionPlan(model, scope, options, today));
                case 4 -> new Appendix(number, appendixTitle(4), findings(model, scope, findings));
                case 5 -> new Appendix(number, appendixTitle(5),
                        ProfileAppendix.profiles(model, whole, overseen, findings, options, today));
                case 7 -> new Appendix(number, appendixTitle(7), ReviewReportAppendix.blocks(model, bodies,
                        scope, findings, since, today, numbers.get(3)));
                default -> new Appendix(number, appendixTitle(6),
                        ProfileAppendix.questionSheets(model, overseen, findings, today));
            });
            number++;
        }
        String title = "Review of partnerships: appendices";
        return new PackDocument(title, model.authority().name(), today, List.copyOf(appendices));
    }

    /**
     * What the review report's five sections say from the record, as plain text, for the app to show
     * beside the boxes where the officer writes: the whole authority, the action plan as Appendix 2.
     */
    public static Map<org.partnershipatlas.model.ReportText, String> reviewReportFacts(AuthorityModel model,
            List<Finding> findings, ReviewBaseline since, LocalDate today) {
        Set<Long> scope = scope(model, Set.of());
        Map<org.partnershipatlas.model.ReportText, String> text = new LinkedHashMap<>();
        ReviewReportAppendix.facts(model, RegisterExport.ordered(model, b -> true), scope, findings, since, today, 2)
                .forEach((section, blocks) -> text.put(section, ReviewReportAppendix.asText(blocks)));
        return text;
    }

    /** An appendix's title in the pack, by its code. */
    static String appendixTitle(int code) {
        return switch (code) {
            case 1 -> StructureAppendix.TITLE;
            case 7 -> ReviewReportAppendix.TITLE;
            default -> PackOptions.title(code);
        };
    }

    /** The map the pack draws: the whole of it, or the part a themed pack holds. */
    static Diagram diagram(Diagram whole, PackOptions options, Set<Long> scope) {
        return options.themeIds().isEmpty() ? whole : MapDiagram.subset(whole, scope);
    }

    /**
     * The bodies in the pack: every body, or those with one of the chosen themes and the bodies they
     * answer to directly, so a theme's partnerships are shown under the board above them.
     */
    static Set<Long> scope(AuthorityModel model, Set<Long> themeIds) {
        Set<Long> scope = new LinkedHashSet<>();
        for (Body body : model.bodies()) {
            if (themeIds.isEmpty() || body.themeIds().stream().anyMatch(themeIds::contains)) {
                scope.add(body.id());
            }
        }
        if (!themeIds.isEmpty()) {
            for (AccountabilityLine line : model.lines()) {
                if (scope.contains(line.fromBodyId()) && themeIds.stream().noneMatch(
                        model.body(line.toBodyId()).themeIds()::contains)) {
                    scope.add(line.toBodyId());
                }
            }
        }
        return scope;
    }

    private static List<Block> register(AuthorityModel model, List<Body> bodies, PackOptions options,
                                        Integer profiles) {
        List<RegisterColumn> columns = options.printedColumns();
        List<List<String>> rows = new ArrayList<>();
        for (Body body : bodies) {
            rows.add(columns.stream().map(c -> c.text(model, body)).toList());
        }
        List<Double> widths = columns.stream().map(c -> c == RegisterColumn.NAME ? 2.2 : 1.0).toList();
        return List.of(new Paragraph(bodies.size() + " bodies, by layer and name. A partnership needing political "
                        + "oversight is one the council has judged significant"
                        + (profiles == null ? "." : "; see Appendix " + profiles + " for each.")),
                new Table(columns.stream().map(RegisterColumn::label).toList(), rows, widths));
    }

    private static List<Block> actionPlan(AuthorityModel model, Set<Long> scope, PackOptions options,
                                          LocalDate today) {
        Map<String, List<Action>> byOwner = new LinkedHashMap<>();
        List<Action> actions = org.partnershipatlas.report.ActionPlanExport.ordered(model, inScope(options, scope));
        for (Action action : actions) {
            byOwner.computeIfAbsent(ActionOwners.name(model, action), k -> new ArrayList<>()).add(action);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(actions.isEmpty() ? "There are no actions on the plan."
                : org.partnershipatlas.model.Text.count(actions.size(), "action", "actions") + ", grouped by who is responsible. Overdue actions are marked."));
        byOwner.forEach((owner, owned) -> {
            blocks.add(new Heading(2, "Responsible: " + owner));
            List<List<String>> rows = new ArrayList<>();
            for (Action a : owned) {
                rows.add(List.of(a.description(), a.targetDate() == null ? "" : SHORT_DATE.format(a.targetDate()),
                        a.status().label() + (a.isOverdue(today) ? " (overdue)" : ""), a.source().label(),
                        String.join(", ", a.bodyIds().stream().map(id -> model.body(id).name()).toList())));
            }
            blocks.add(new Table(List.of("Action", "Target date", "Status", "Source", "Bodies"), rows,
                    List.of(3.2, 1.0, 1.1, 1.1, 1.8)));
        });
        return blocks;
    }

    /** An action belongs in a themed pack when it concerns one of its bodies, or no body in particular. */
    static java.util.function.Predicate<Action> inScope(PackOptions options, Set<Long> scope) {
        return a -> options.themeIds().isEmpty() || a.bodyIds().isEmpty() || a.bodyIds().stream().anyMatch(scope::contains);
    }

    private static List<Block> findings(AuthorityModel model, Set<Long> scope, List<Finding> findings) {
        List<Block> blocks = new ArrayList<>();
        List<Finding> shown = findings.stream()
                .filter(f -> f.bodyIds().isEmpty() || f.bodyIds().stream().anyMatch(scope::contains)).toList();
        blocks.add(new Paragraph(shown.size() + " governance gaps found by the health check, most serious first."));
        for (Severity severity : Severity.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (Finding finding : shown) {
                if (finding.severity() == severity) {
                    rows.add(List.of(finding.rule().label(), finding.message(), linkedAction(model, finding)));
                }
            }
            if (!rows.isEmpty()) {
                blocks.add(new Heading(2, severity.label() + " (" + rows.size() + ")"));
                blocks.add(new Table(List.of("Finding", "What is wrong", "Action"), rows, List.of(1.2, 3.0, 2.2)));
            }
        }
        return blocks;
    }

    /** The open action made from the finding, or its suggested action. */
    static String linkedAction(AuthorityModel model, Finding finding) {
        for (Action action : model.actions()) {
            if (finding.key().equals(action.findingKey())) {
                return "On the action plan: " + action.description() + " (" + action.status().label().toLowerCase(
                        Locale.ROOT) + ")";
            }
        }
        return "Suggested: " + finding.suggestedAction();
    }

    /** Bodies under the bodies they answer to, from the top down: the diagram in words. */
    public static List<Item> outline(AuthorityModel model, List<Body> bodies) {
        Set<Long> shown = new LinkedHashSet<>();
        bodies.forEach(b -> shown.add(b.id()));
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        Set<Long> hasParent = new LinkedHashSet<>();
        for (Body body : bodies) {
            for (AccountabilityLine line : model.linesOf(body.id())) {
                if (line.fromBodyId() == body.id() && shown.contains(line.toBodyId()) && hasParent.add(body.id())) {
                    children.computeIfAbsent(line.toBodyId(), k -> new ArrayList<>()).add(body.id());
                }
            }
        }
        List<Item> items = new ArrayList<>();
        Set<Long> visited = new LinkedHashSet<>();
        for (Body body : bodies) {
            if (!hasParent.contains(body.id())) {
                items.add(item(model, body.id(), children, visited));
            }
        }
        for (Body body : bodies) {
            if (!visited.contains(body.id())) {
                items.add(item(model, body.id(), children, visited));
            }
        }
        return items;
    }

    private static Item item(AuthorityModel model, long bodyId, Map<Long, List<Long>> children, Set<Long> visited) {
        visited.add(bodyId);
        Body body = model.body(bodyId);
        List<Item> under = new ArrayList<>();
        for (long child : children.getOrDefault(bodyId, List.of())) {
            if (!visited.contains(child)) {
                under.add(item(model, child, children, visited));
            }
        }
        String kind = body.classification().label().toLowerCase(Locale.ROOT);
        return new Item(body.name() + " (" + kind + (Oversight.needed(model, body) ? ", needs political oversight"
                : "") + ")", List.copyOf(under));
    }
}
