package org.partnershipatlas.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.CommitteeMembership;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;

/**
 * Rules about who sits where: too many seats or chairs, councillors scrutinising their own bodies,
 * and people or organisations the structure depends on. The council itself is left out of the seat
 * and dependency rules: it is expected at every table.
 */
final class PeopleRules {
    private PeopleRules() {
    }

    static void check(AuthorityModel model, Consumer<Finding> out) {
        Organisation council = Names.council(model);
        long councilId = council == null ? Long.MIN_VALUE : council.id();
        Map<Long, Set<Long>> bodiesByOrganisation = new LinkedHashMap<>();
        Map<Long, Set<Long>> bodiesByPerson = new LinkedHashMap<>();
        for (Seat seat : model.seats()) {
            if (seat.organisationId() != null && seat.organisationId() != councilId) {
                bodiesByOrganisation.computeIfAbsent(seat.organisationId(), k -> new LinkedHashSet<>()).add(seat.bodyId());
            }
            if (seat.personId() != null) {
                bodiesByPerson.computeIfAbsent(seat.personId(), k -> new LinkedHashSet<>()).add(seat.bodyId());
            }
        }
        int maxSeats = model.settings().maxSeats();
        bodiesByOrganisation.forEach((id, bodies) -> {
            if (bodies.size() > maxSeats) {
                tooManySeats(model.organisation(id).name(), List.of(id), List.of(), bodies, maxSeats, out);
            }
        });
        bodiesByPerson.forEach((id, bodies) -> {
            if (bodies.size() > maxSeats) {
                tooManySeats(model.person(id).name(), List.of(), List.of(id), bodies, maxSeats, out);
            }
        });
        chairs(model, out);
        conflicts(model, bodiesByPerson, out);
        accountableBodies(model, councilId, out);
        cutPoints(model, councilId, out);
    }

    private static void tooManySeats(String who, List<Long> orgs, List<Long> people, Set<Long> bodies, int max,
                                     Consumer<Finding> out) {
        out.accept(new Finding(Rule.TOO_MANY_SEATS, Severity.MEDIUM, List.copyOf(bodies), orgs, people,
                who + " sits on " + bodies.size() + " bodies (more than " + max + "), which stretches its capacity "
                        + "to take a full part in each.", "Review whether " + who + " needs a seat on all "
                        + bodies.size() + " bodies."));
    }

    private static void chairs(AuthorityModel model, Consumer<Finding> out) {
        Map<Long, List<Long>> chaired = new LinkedHashMap<>();
        for (Body body : model.bodies()) {
            Long chair = body.governance().chairId();
            if (chair != null) {
                chaired.computeIfAbsent(chair, k -> new ArrayList<>()).add(body.id());
            }
        }
        int max = model.settings().maxChairs();
        chaired.forEach((personId, bodies) -> {
            String who = model.person(personId).name();
            if (bodies.size() > max) {
                out.accept(new Finding(Rule.TOO_MANY_CHAIRS, Severity.MEDIUM, bodies, List.of(), List.of(personId),
                        who + " chairs " + bodies.size() + " bodies (more than " + max + "): "
                                + Names.bodies(model, bodies) + ".", "Share the chairing of these bodies among "
                                + "more people."));
            }
            List<Long> noDeputy = bodies.stream()
                    .filter(id -> model.body(id).governance().viceChairId() == null).toList();
            if (noDeputy.size() >= 2) {
                out.accept(new Finding(Rule.SINGLE_POINT_OF_FAILURE, Severity.MEDIUM, noDeputy, List.of(),
                        List.of(personId), "If " + who + " left, " + noDeputy.size() + " bodies would have no chair "
                                + "and no vice chair: " + Names.bodies(model, noDeputy) + ".",
                        "Appoint vice chairs for the bodies " + who + " chairs."));
            }
        });
    }

    private static void conflicts(AuthorityModel model, Map<Long, Set<Long>> seatsByPerson, Consumer<Finding> out) {
        for (CommitteeMembership place : model.memberships()) {
            Person person = model.person(place.personId());
            if (person.kind() != PersonKind.COUNCILLOR) {
                continue;
            }
            Set<Long> sitsOn = new LinkedHashSet<>(seatsByPerson.getOrDefault(person.id(), Set.of()));
            for (Body body : model.bodies()) {
                var g = body.governance();
                if (List.of(nz(g.chairId()), nz(g.viceChairId()), nz(g.leadMemberId())).contains(person.id())) {
                    sitsOn.add(body.id());
                }
            }
            for (Long bodyId : sitsOn) {
                Body body = model.body(bodyId);
                String committee = body.governance().scrutinyCommittee();
                if (committee != null && committee.equalsIgnoreCase(place.committee())) {
                    out.accept(new Finding(Rule.SCRUTINY_CONFLICT, Severity.HIGH, List.of(bodyId), List.of(),
                            List.of(person.id()), person.name() + " sits on \"" + body.name() + "\" and on the "
                                    + committee + " that scrutinises it, so they would be scrutinising their own work.",
                            "Ask " + person.name() + " to step back from the scrutiny of \"" + body.name()
                                    + "\", or from \"" + body.name() + "\"."));
                }
            }
        }
    }

    private static void accountableBodies(AuthorityModel model, long councilId, Consumer<Finding> out) {
        Map<Long, List<Long>> held = new LinkedHashMap<>();
        for (Body body : model.bodies()) {
            Long org = body.governance().accountableBodyId();
            if (org != null && org != councilId) {
                held.computeIfAbsent(org, k -> new ArrayList<>()).add(body.id());
            }
        }
        held.forEach((orgId, bodies) -> {
            if (bodies.size() >= 2) {
                String who = model.organisation(orgId).name();
                out.accept(new Finding(Rule.SINGLE_POINT_OF_FAILURE, Severity.MEDIUM, bodies, List.of(orgId),
                        List.of(), "If " + who + " withdrew, " + bodies.size() + " bodies would have no accountable "
                                + "body: " + Names.bodies(model, bodies) + ".", "Agree a fallback accountable body "
                                + "with " + who + "."));
            }
        });
    }

    /**
     * Organisations and people whose departure would cut some body off from the rest of the
     * partnership: articulation points of the graph of seats and lines (found in linear time by
     * JGraphT), then, for each, which bodies the tops could no longer reach without it.
     */
    private static void cutPoints(AuthorityModel model, long councilId, Consumer<Finding> out) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Map<String, Set<Long>> bodiesOf = new LinkedHashMap<>();
        for (Body body : model.bodies()) {
            graph.addVertex("b" + body.id());
        }
        for (AccountabilityLine line : model.lines()) {
            graph.addEdge("b" + line.fromBodyId(), "b" + line.toBodyId());
        }
        for (Seat seat : model.seats()) {
            for (String holder : holders(seat, councilId)) {
                graph.addVertex(holder);
                graph.addEdge(holder, "b" + seat.bodyId());
                bodiesOf.computeIfAbsent(holder, k -> new LinkedHashSet<>()).add(seat.bodyId());
            }
        }
        List<String> tops = StructureRules.tops(model, AccountabilityGraph.of(model)).stream()
                .map(id -> "b" + id).toList();
        if (tops.isEmpty()) {
            return;
        }
        Set<String> connected = reachable(graph, tops, null);
        for (String cut : new BiconnectivityInspector<>(graph).getCutpoints()) {
            if (cut.startsWith("b") || !connected.contains(cut)) {
                continue;
            }
            Set<String> without = reachable(graph, tops, cut);
            List<Long> cutOff = connected.stream().filter(v -> v.startsWith("b") && !without.contains(v))
                    .map(v -> Long.parseLong(v.substring(1))).sorted().toList();
            if (cutOff.isEmpty()) {
                continue;
            }
            long id = Long.parseLong(cut.substring(1));
            boolean organisation = cut.startsWith("o");
            String who = organisation ? model.organisation(id).name() : model.person(id).name();
            boolean one = cutOff.size() == 1;
            out.accept(new Finding(Rule.HOLDS_STRUCTURE_TOGETHER, Severity.LOW, cutOff,
                    organisation ? List.of(id) : List.of(), organisation ? List.of() : List.of(id),
                    "If " + who + " stepped back, " + Names.bodies(model, cutOff) + (one ? " would" : " would all")
                            + " be cut off from the rest of the partnership: " + who + " is "
                            + (one ? "its" : "their") + " only link.",
                    "Connect " + Names.bodies(model, cutOff) + " to the structure by a line or a second shared "
                            + "member."));
        }
    }

    /** Vertices reachable from the tops, walking round {@code without} (null: nothing left out). */
    private static Set<String> reachable(Graph<String, DefaultEdge> graph, List<String> tops, String without) {
        Graph<String, DefaultEdge> walk = without == null ? graph
                : new org.jgrapht.graph.MaskSubgraph<>(graph, v -> v.equals(without), e -> false);
        Set<String> seen = new java.util.HashSet<>();
        new org.jgrapht.traverse.BreadthFirstIterator<>(walk, tops.stream().filter(walk::containsVertex).toList())
                .forEachRemaining(seen::add);
        return seen;
    }

    private static List<String> holders(Seat seat, long councilId) {
        List<String> holders = new ArrayList<>(2);
        if (seat.personId() != null) {
            holders.add("p" + seat.personId());
        } else if (seat.organisationId() != null && seat.organisationId() != councilId) {
            holders.add("o" + seat.organisationId());
        }
        return holders;
    }

    private static long nz(Long id) {
        return id == null ? Long.MIN_VALUE : id;
    }
}
