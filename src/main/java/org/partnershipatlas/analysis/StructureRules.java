package org.partnershipatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Frequency;
import org.partnershipatlas.model.LineKind;

/** Rules about the lines between bodies: loops, bodies with no way up, reporting cycles out of step. */
final class StructureRules {
    private StructureRules() {
    }

    static void check(AuthorityModel model, Consumer<Finding> out) {
        Graph<Long, AccountabilityLine> graph = AccountabilityGraph.of(model);
        loops(model, graph, out);
        orphans(model, graph, out);
        outOfStep(model, out);
    }

    /** Each strongly connected group of two or more bodies is a loop; one cycle through it names the order. */
    private static void loops(AuthorityModel model, Graph<Long, AccountabilityLine> graph, Consumer<Finding> out) {
        for (Set<Long> component : new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
            if (component.size() < 2) {
                continue;
            }
            Graph<Long, AccountabilityLine> loop = new AsSubgraph<>(graph, component);
            long start = component.stream().min(Comparator.naturalOrder()).orElseThrow();
            Long next = loop.outgoingEdgesOf(start).stream().map(loop::getEdgeTarget).filter(v -> v != start)
                    .min(Comparator.naturalOrder()).orElseThrow();
            GraphPath<Long, AccountabilityLine> back = BFSShortestPath.findPathBetween(loop, next, start);
            List<Long> cycle = new ArrayList<>();
            cycle.add(start);
            cycle.addAll(back.getVertexList().subList(0, back.getVertexList().size() - 1));
            List<String> names = new ArrayList<>(cycle.stream().map(id -> model.body(id).name()).toList());
            names.add(model.body(start).name());
            out.accept(Finding.aboutBodies(Rule.REPORTING_LOOP, Severity.MEDIUM, cycle,
                    "Reporting loop: " + String.join(" → ", names) + ". Each answers to another in a circle, so "
                            + "none of them has a clear line of accountability upward.",
                    "Decide which of " + Names.bodies(model, cycle) + " answers to which, and remove a line."));
        }
    }

    /** Bodies that cannot reach a top by following lines upward; reported once, at the top of each piece. */
    private static void orphans(AuthorityModel model, Graph<Long, AccountabilityLine> graph, Consumer<Finding> out) {
        List<Long> tops = tops(model, graph);
        if (tops.isEmpty()) {
            return;
        }
        Set<Long> reached = new HashSet<>();
        new BreadthFirstIterator<>(new EdgeReversedGraph<>(graph), tops).forEachRemaining(reached::add);
        String topNames = Names.bodies(model, tops);
        for (Body body : model.bodies()) {
            if (reached.contains(body.id()) || graph.outDegreeOf(body.id()) > 0) {
                continue;
            }
            Set<Long> below = new HashSet<>();
            new BreadthFirstIterator<>(new EdgeReversedGraph<>(graph), body.id()).forEachRemaining(below::add);
            int under = below.size() - 1;
            String who = "\"" + body.name() + "\"" + (under == 0 ? "" : under == 1 ? " and the body under it"
                    : " and the " + under + " bodies under it");
            out.accept(Finding.aboutBodies(Rule.ORPHAN, Severity.MEDIUM, List.of(body.id()), who
                            + (under == 0 ? " has" : " have") + " no line of accountability up to " + topNames
                            + ", so nobody oversees " + (under == 0 ? "it" : "them") + ".",
                    "Decide which body \"" + body.name() + "\" reports to, or close it."));
        }
    }

    /** The user's marked tops, else the partnership boards that answer to nobody. */
    static List<Long> tops(AuthorityModel model, Graph<Long, AccountabilityLine> graph) {
        if (!model.settings().topBodyIds().isEmpty()) {
            return model.settings().topBodyIds();
        }
        return model.bodies().stream().filter(b -> Names.isTop(b) && graph.outDegreeOf(b.id()) == 0)
                .map(Body::id).toList();
    }

    private static void outOfStep(AuthorityModel model, Consumer<Finding> out) {
        for (AccountabilityLine line : model.lines()) {
            if (line.kind() != LineKind.REPORTS_TO && line.kind() != LineKind.SUB_GROUP_OF) {
                continue;
            }
            Body child = model.body(line.fromBodyId());
            Body parent = model.body(line.toBodyId());
            Frequency childReports = child.governance().reportingCycle();
            Frequency parentReports = parent.governance().reportingCycle();
            if (known(childReports) && known(parentReports)
                    && childReports.timesAYear() < parentReports.timesAYear()) {
                out.accept(Finding.aboutBodies(Rule.REPORTING_OUT_OF_STEP, Severity.LOW,
                        List.of(child.id(), parent.id()), "\"" + child.name() + "\" reports "
                                + Names.lower(childReports.label()) + " but \"" + parent.name()
                                + "\", which it reports to, reports " + Names.lower(parentReports.label())
                                + ", so some of its reports go up without fresh information.",
                        "Align the reporting cycle of \"" + child.name() + "\" with \"" + parent.name() + "\"."));
            }
        }
        for (Body body : model.bodies()) {
            Frequency meets = body.governance().meetingFrequency();
            Frequency reports = body.governance().reportingCycle();
            if (known(meets) && known(reports) && meets.timesAYear() < reports.timesAYear()) {
                out.accept(Finding.aboutBodies(Rule.REPORTING_OUT_OF_STEP, Severity.LOW, List.of(body.id()),
                        "\"" + body.name() + "\" meets " + Names.lower(meets.label()) + " but is expected to report "
                                + Names.lower(reports.label()) + ", so some reports cannot have been agreed at a "
                                + "meeting.", "Align the meetings and reports of \"" + body.name() + "\"."));
            }
        }
    }

    private static boolean known(Frequency frequency) {
        return frequency != null && frequency != Frequency.AD_HOC;
    }
}
