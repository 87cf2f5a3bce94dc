package org.partnershipatlas.io;

import java.io.Writer;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldType;

/**
 * The map as GEXF, Gephi's own format (written by jgrapht-io), for Gephi users who take the map into
 * their network analysis: the same nodes, edges and attributes as {@link GraphmlExport} writes, so a
 * file exported either way and brought back in gives the same map.
 */
public final class GexfExport {
    /** The edge attribute holding a line's kind ("Reports to") or "Seat". */
    public static final String EDGE_KIND = "kind";

    private GexfExport() {
    }

    public static void write(AuthorityModel model, Writer out) {
        GraphmlExport.MapGraph built = GraphmlExport.graph(model);
        GEXFExporter<String, String> exporter = new GEXFExporter<>(v -> v, e -> e);
        exporter.setCreator("Partnership Atlas");
        exporter.setDescription(model.authority().name() + ": partnerships, their lines and seats");
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, false);
        exporter.registerAttribute(GraphmlExport.TYPE, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(EDGE_KIND, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(GraphmlExport.SECTOR, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        for (BodyField field : BodyField.values()) {
            if (field != BodyField.NAME) {
                exporter.registerAttribute(GraphmlExport.key(field), GEXFExporter.AttributeCategory.NODE,
                        field.type() == FieldType.MONEY ? GEXFAttributeType.DOUBLE : GEXFAttributeType.STRING);
            }
        }
        exporter.registerAttribute(GraphmlExport.ROLE, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(GraphmlExport.PERSON, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.registerAttribute(GraphmlExport.PLACE, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(built.nodeData()::get);
        exporter.setEdgeAttributeProvider(e -> {
            // GEXF keeps an edge's "type" for directed or undirected, so a line's kind is its "kind"
            java.util.Map<String, org.jgrapht.nio.Attribute> data = new java.util.LinkedHashMap<>(
                    built.edgeData().getOrDefault(e, java.util.Map.of()));
            org.jgrapht.nio.Attribute kind = data.remove(GraphmlExport.TYPE);
            if (kind != null) {
                data.put(EDGE_KIND, kind);
            }
            return data;
        });
        exporter.exportGraph(built.graph(), out);
    }
}
