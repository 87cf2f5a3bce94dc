package org.partnershipatlas.io.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.io.GraphmlExport;
import org.partnershipatlas.io.imports.ImportDraft.DraftBody;
import org.partnershipatlas.io.imports.ImportDraft.DraftLine;
import org.partnershipatlas.io.imports.ImportDraft.DraftOrganisation;
import org.partnershipatlas.io.imports.ImportDraft.DraftSeat;
import org.partnershipatlas.io.imports.ImportDraft.Origin;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;

/**
 * GraphML nodes and edges as a draft: a node typed "organisation" (or carrying a sector) is an
 * organisation, any other node a body; data keys named after a field (as {@code GraphmlExport} writes
 * them, or as a person would: "Lead officer", "description") fill that field; keys that only draw the
 * node (position, size, colour) are dropped; any other key is kept in the body's notes, so nothing the
 * file says is lost. Edges between bodies are lines; edges between an organisation and a body are seats.
 */
public final class GraphmlDraft {
    private static final Set<String> DRAWING = Set.of("x", "y", "z", "size", "r", "g", "b", "color", "colour",
            "width", "height", "shape", "id", GraphmlExport.LABEL, "name", GraphmlExport.TYPE, "kind", GraphmlExport.SECTOR,
            "weight");

    private GraphmlDraft() {
    }

    public static ImportDraft of(String source, GraphmlReader.Graph graph) {
        return of(source, graph, "GraphML");
    }

    /** The draft of a graph read from {@code format} ("GraphML", "GEXF"), named in the notes it keeps. */
    public static ImportDraft of(String source, GraphmlReader.Graph graph, String format) {
        ImportDraft.Builder draft = new ImportDraft.Builder(source);
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> organisations = new HashMap<>();
        Map<String, String> people = new HashMap<>();
        Map<String, String> names = placedNames(graph.nodes());
        for (GraphmlReader.Element node : graph.nodes()) {
            Origin origin = new Origin("node \"" + node.id() + "\"", node.line());
            String name = names.get(node.id());
            if (name.isEmpty()) {
                draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), GraphmlExport.LABEL, "", "the node has no label or "
                        + "name, so it cannot become a body"));
                continue;
            }
            String type = node.data().getOrDefault(GraphmlExport.TYPE, "").toLowerCase(Locale.ROOT);
            if (type.equals(GraphmlExport.PERSON_NODE)) {
                people.put(node.id(), name);
            } else if (type.startsWith("organi") || node.data().containsKey(GraphmlExport.SECTOR)
                    && !type.equals(GraphmlExport.BODY_NODE)) {
                Sector sector = null;
                String sectorText = node.data().get(GraphmlExport.SECTOR);
                if (sectorText != null) {
                    try {
                        sector = (Sector) CellValues.choice(Sector.class, sectorText);
                    } catch (IllegalArgumentException e) {
                        draft.issue(ImportIssue.warning(origin.sheet(), origin.row(), GraphmlExport.SECTOR, sectorText,
                                e.getMessage() + "; the organisation is put under Other"));
                    }
                }
                draft.organisation(new DraftOrganisation(origin, name, node.data().get(GraphmlExport.key(BodyField.SHORT_NAME)), sector));
                organisations.put(node.id(), name);
            } else {
                draft.body(body(origin, name, node, draft, format));
                bodies.put(node.id(), name);
            }
        }
        for (GraphmlReader.Element edge : graph.edges()) {
            Origin origin = new Origin("edge \"" + (edge.id() == null ? edge.source() + "-" + edge.target() : edge.id())
                    + "\"", edge.line());
            String from = bodies.get(edge.source());
            String to = bodies.get(edge.target());
            String organisation = organisations.get(edge.source()) != null ? organisations.get(edge.source())
                    : organisations.get(edge.target());
            String body = from != null ? from : to;
            if (from != null && to != null) {
                LineKind kind = LineKind.REPORTS_TO;
                String type = edge.data().get(GraphmlExport.TYPE);
                if (type != null) {
                    try {
                        kind = (LineKind) CellValues.choice(LineKind.class, type);
                    } catch (IllegalArgumentException ignored) {
                        // a line of some other kind in another tool is still a line
                    }
                }
                draft.line(new DraftLine(origin, from, to, kind, "target"));
            } else if (people.containsKey(edge.source()) && to != null) {
                draft.seat(new DraftSeat(origin, to, null, null, people.get(edge.source()), role(edge, origin, draft)));
            } else if (organisation != null && body != null) {
                draft.seat(new DraftSeat(origin, body, organisation, null, edge.data().get(GraphmlExport.PERSON),
                        role(edge, origin, draft), null, edge.data().get(GraphmlExport.PLACE), null, null, false));
            } else {
                String missing = !bodies.containsKey(edge.source()) && !organisations.containsKey(edge.source())
                        ? edge.source() : edge.target();
                draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), "", String.valueOf(missing),
                        organisation != null ? "joins two organisations; only a body can have members"
                                : "refers to a node that is not in the file (or was left out)"));
            }
        }
        for (GraphmlReader.Element node : graph.nodes()) {
            // a yEd group (open, or collapsed as a folder) is the body the nodes drawn inside it belong to
            if (node.parent() != null && bodies.containsKey(node.id()) && bodies.containsKey(node.parent())) {
                draft.line(new DraftLine(new Origin("node \"" + node.id() + "\"", node.line()), bodies.get(node.id()),
                        bodies.get(node.parent()), LineKind.SUB_GROUP_OF, "group"));
            }
        }
        return draft.build();
    }

    /**
     * Each node's name: its label, except where a label is on more than one node (a "Steering Group"
     * in two partnerships' groups, a board drawn inside its own group): the first, highest, keeps it
     * and the others are told apart by the group they are in, "Steering Group (Housing Partnership)".
     */
    private static Map<String, String> placedNames(List<GraphmlReader.Element> nodes) {
        Map<String, GraphmlReader.Element> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        List<GraphmlReader.Element> byDepth = new ArrayList<>(nodes);
        byDepth.sort(java.util.Comparator.comparingInt((GraphmlReader.Element n) -> depth(n, byId))
                .thenComparingInt(GraphmlReader.Element::line));
        Map<String, String> names = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (GraphmlReader.Element node : byDepth) {
            String label = labelOf(node);
            String name = label;
            GraphmlReader.Element parent = node.parent() == null ? null : byId.get(node.parent());
            if (!label.isEmpty() && !taken.add(label.toLowerCase(Locale.ROOT)) && parent != null) {
                name = label + " (" + labelOf(parent) + ")";
                for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = label + " (" + labelOf(parent) + ", " + n + ")";
                }
            }
            names.put(node.id(), name);
        }
        return names;
    }

    private static int depth(GraphmlReader.Element node, Map<String, GraphmlReader.Element> byId) {
        int depth = 0;
        for (GraphmlReader.Element at = node; at.parent() != null && byId.containsKey(at.parent()) && depth < 100;
             at = byId.get(at.parent())) {
            depth++;
        }
        return depth;
    }

    private static SeatRole role(GraphmlReader.Element edge, Origin origin, ImportDraft.Builder draft) {
        String roleText = edge.data().get(GraphmlExport.ROLE);
        if (roleText != null) {
            try {
                return (SeatRole) CellValues.choice(SeatRole.class, roleText);
            } catch (IllegalArgumentException e) {
                draft.issue(ImportIssue.warning(origin.sheet(), origin.row(), GraphmlExport.ROLE, roleText,
                        e.getMessage() + "; the seat is taken as a member's"));
            }
        }
        return SeatRole.MEMBER;
    }

    private static String labelOf(GraphmlReader.Element node) {
        if (node.graphicsLabel() != null) {
            return node.graphicsLabel();
        }
        for (Map.Entry<String, String> data : node.data().entrySet()) {
            String key = data.getKey().toLowerCase(Locale.ROOT);
            if (key.equals(GraphmlExport.LABEL) || key.equals("name")) {
                return data.getValue().strip();
            }
        }
        return node.id() == null ? "" : node.id();
    }

    private static DraftBody body(Origin origin, String name, GraphmlReader.Element node, ImportDraft.Builder draft,
                                  String format) {
        Map<BodyField, Object> values = new HashMap<>();
        Map<BodyField, String> parties = new HashMap<>();
        List<String> themes = null;
        List<String> kept = new ArrayList<>();
        String type = node.data().getOrDefault("kind", node.data().get(GraphmlExport.TYPE));
        if (type != null && !type.equalsIgnoreCase(GraphmlExport.BODY_NODE)) {
            try {
                values.put(BodyField.KIND, CellValues.choice(BodyKind.class, type));
            } catch (IllegalArgumentException e) {
                kept.add("type: " + type);
            }
        }
        for (Map.Entry<String, String> data : node.data().entrySet()) {
            String key = data.getKey();
            String text = data.getValue();
            if (DRAWING.contains(key.toLowerCase(Locale.ROOT)) || key.startsWith("yfiles:")) {
                continue;
            }
            BodyField field = fieldFor(key);
            if (field == null) {
                kept.add(key + ": " + text);
            } else if (field.type() == FieldType.PERSON || field.type() == FieldType.ORGANISATION) {
                parties.put(field, text);
            } else if (field.type() == FieldType.THEMES) {
                themes = List.of(text.split("\\s*;\\s*"));
            } else {
                try {
                    values.put(field, CellValues.parse(field, text));
                } catch (IllegalArgumentException e) {
                    draft.issue(ImportIssue.refused(origin.sheet(), origin.row(), key, text, e.getMessage()));
                }
            }
        }
        if (!kept.isEmpty()) {
            String notes = values.get(BodyField.NOTES) instanceof String s ? s + "\n" : "";
            values.put(BodyField.NOTES, notes + "From " + format + ": " + String.join("; ", kept));
        }
        return new DraftBody(origin, name, values, parties, themes);
    }

    private static BodyField fieldFor(String key) {
        for (BodyField field : BodyField.values()) {
            if (GraphmlExport.key(field).equalsIgnoreCase(key)) {
                return field;
            }
        }
        ColumnTarget guessed = ColumnMapping.guess(key);
        return guessed.field();
    }
}
