package org.partnershipatlas.io;

import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldType;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;

/**
 * The map as GraphML (written by jgrapht-io) for yEd, Gephi and networkx: bodies and organisations (and
 * people who sit in their own right) as nodes, every body field as a data key named after the field ("lead_officer", "council_contribution"
 * in pounds), accountability lines and seats as directed edges with their kind and role. People and
 * organisations in fields are written by name, dates as 2026-03-31, choices by their labels.
 */
public final class GraphmlExport {
    /** The data key every node and edge carries: "body", "organisation", or a line kind or "seat". */
    public static final String TYPE = "type";
    public static final String LABEL = "label";
    public static final String SECTOR = "sector";
    public static final String ROLE = "role";
    public static final String PERSON = "person";
    /** A seat's place as a register names it ("Northgate Ward Member"). */
    public static final String PLACE = "place";
    /** The {@link #TYPE} of each kind of node. */
    public static final String BODY_NODE = "body";
    public static final String ORGANISATION_NODE = "organisation";
    public static final String PERSON_NODE = "person";

    private GraphmlExport() {
    }

    /** The data key for a body field: its enum name in lower case ("next_review_due"). */
    public static String key(BodyField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** The map as a graph with its data: what GraphML and GEXF both write, so the two say the same. */
    record MapGraph(Graph<String, String> graph, Map<String, Map<String, Attribute>> nodeData,
                    Map<String, Map<String, Attribute>> edgeData) {
    }

    public static void write(AuthorityModel model, Writer out) {
        MapGraph built = graph(model);
        Map<String, Map<String, Attribute>> nodeData = built.nodeData();
        Map<String, Map<String, Attribute>> edgeData = built.edgeData();
        Graph<String, String> graph = built.graph();
        GraphMLExporter<String, String> exporter = new GraphMLExporter<>(v -> v);
        exporter.setEdgeIdProvider(e -> e);
        exporter.registerAttribute(LABEL, AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(TYPE, AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute(SECTOR, AttributeCategory.NODE, AttributeType.STRING);
        for (BodyField field : BodyField.values()) {
            if (field != BodyField.NAME) {
                exporter.registerAttribute(key(field), AttributeCategory.NODE,
                        field.type() == FieldType.MONEY ? AttributeType.DOUBLE : AttributeType.STRING);
            }
        }
        exporter.registerAttribute(ROLE, AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute(PERSON, AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute(PLACE, AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(nodeData::get);
        exporter.setEdgeAttributeProvider(e -> edgeData.getOrDefault(e, Map.of()));
        exporter.exportGraph(graph, out);
    }

    static MapGraph graph(AuthorityModel model) {
        Graph<String, String> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, Map<String, Attribute>> nodeData = new LinkedHashMap<>();
        Map<String, Map<String, Attribute>> edgeData = new HashMap<>();
        for (Body body : model.bodies()) {
            String node = "b" + body.id();
            graph.addVertex(node);
            Map<String, Attribute> data = new LinkedHashMap<>();
            data.put(LABEL, DefaultAttribute.createAttribute(body.name()));
            data.put(TYPE, DefaultAttribute.createAttribute(BODY_NODE));
            for (BodyField field : BodyField.values()) {
                Object value = field.read(body);
                if (field != BodyField.NAME && value != null && !(value instanceof List<?> l && l.isEmpty())) {
                    data.put(key(field), attribute(model, field, value));
                }
            }
            nodeData.put(node, data);
        }
        for (Organisation organisation : model.organisations()) {
            String node = "o" + organisation.id();
            graph.addVertex(node);
            Map<String, Attribute> data = new LinkedHashMap<>();
            data.put(LABEL, DefaultAttribute.createAttribute(organisation.name()));
            data.put(TYPE, DefaultAttribute.createAttribute(ORGANISATION_NODE));
            data.put(SECTOR, DefaultAttribute.createAttribute(organisation.sector().label()));
            if (organisation.shortName() != null) {
                data.put(key(BodyField.SHORT_NAME), DefaultAttribute.createAttribute(organisation.shortName()));
            }
            nodeData.put(node, data);
        }
        for (AccountabilityLine line : model.lines()) {
            String edge = "l" + line.id();
            graph.addEdge("b" + line.fromBodyId(), "b" + line.toBodyId(), edge);
            edgeData.put(edge, Map.of(TYPE, DefaultAttribute.createAttribute(line.kind().label())));
        }
        for (Seat seat : model.seats()) {
            String holder = seat.organisationId() != null ? "o" + seat.organisationId() : "p" + seat.personId();
            if (seat.organisationId() == null && graph.addVertex(holder)) {
                Person alone = model.person(seat.personId());
                nodeData.put(holder, Map.of(LABEL, DefaultAttribute.createAttribute(alone.name()),
                        TYPE, DefaultAttribute.createAttribute(PERSON_NODE)));
            }
            String edge = "s" + seat.id();
            graph.addEdge(holder, "b" + seat.bodyId(), edge);
            Map<String, Attribute> data = new LinkedHashMap<>();
            data.put(TYPE, DefaultAttribute.createAttribute("Seat"));
            data.put(ROLE, DefaultAttribute.createAttribute(seat.role().label()));
            Person person = seat.personId() == null ? null : model.person(seat.personId());
            if (person != null && seat.organisationId() != null) {
                data.put(PERSON, DefaultAttribute.createAttribute(person.name()));
            }
            if (seat.place() != null) {
                data.put(PLACE, DefaultAttribute.createAttribute(seat.place()));
            }
            edgeData.put(edge, data);
        }
        return new MapGraph(graph, nodeData, edgeData);
    }

    private static Attribute attribute(AuthorityModel model, BodyField field, Object value) {
        return switch (field.type()) {
            case MONEY -> DefaultAttribute.createAttribute(((Money) value).pounds().doubleValue());
            case DATE -> DefaultAttribute.createAttribute(((LocalDate) value).toString());
            case PERSON -> DefaultAttribute.createAttribute(model.person((Long) value).name());
            case ORGANISATION -> DefaultAttribute.createAttribute(model.organisation((Long) value).name());
            case THEMES -> DefaultAttribute.createAttribute(String.join("; ", ((List<?>) value).stream()
                    .map(id -> model.theme((Long) id).name()).toList()));
            case YES_NO -> DefaultAttribute.createAttribute((Boolean) value ? "Yes" : "No");
            case CHOICE -> DefaultAttribute.createAttribute(((Labelled) value).label());
            default -> DefaultAttribute.createAttribute(value.toString());
        };
    }
}
