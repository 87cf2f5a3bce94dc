package org.partnershipatlas.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.gexf.SimpleGEXFEventDrivenImporter;
import org.partnershipatlas.io.GexfExport;
import org.partnershipatlas.io.GraphmlExport;

/**
 * Reads GEXF, Gephi's own format (jgrapht-io's importer), into the same nodes and edges GraphML gives,
 * so one draft maker reads both and a map exported as either comes back the same. Before jgrapht
 * reads it, the file is checked with {@link SafeXml}: a DOCTYPE is refused, and so is a file whose
 * top element is not {@code gexf}.
 */
public final class GexfReader {
    private GexfReader() {
    }

    public static GraphmlReader.Graph read(Path file) throws ImportRefusedException {
        String name = file.getFileName().toString();
        checkSafe(file, name);
        List<String> order = new ArrayList<>();
        Map<String, Map<String, String>> nodeData = new LinkedHashMap<>();
        Map<Triple<String, String, Double>, Map<String, String>> edgeData = new IdentityHashMap<>();
        List<Triple<String, String, Double>> edges = new ArrayList<>();
        SimpleGEXFEventDrivenImporter importer = new SimpleGEXFEventDrivenImporter();
        importer.setSchemaValidation(false);
        importer.addVertexConsumer(id -> {
            order.add(id);
            nodeData.put(id, new LinkedHashMap<>());
        });
        importer.addVertexAttributeConsumer((at, value) -> nodeData.computeIfAbsent(at.getFirst(),
                k -> new LinkedHashMap<>()).put(at.getSecond(), String.valueOf(value.getValue())));
        importer.addEdgeConsumer(edge -> {
            edges.add(edge);
            edgeData.put(edge, new LinkedHashMap<>());
        });
        importer.addEdgeAttributeConsumer((at, value) -> {
            Map<String, String> data = edgeData.computeIfAbsent(at.getFirst(), k -> new LinkedHashMap<>());
            String key = at.getSecond().equals(GexfExport.EDGE_KIND) ? GraphmlExport.TYPE : at.getSecond();
            data.put(key, String.valueOf(value.getValue()));
        });
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importInput(in);
        } catch (ImportException e) {
            throw new ImportRefusedException(name + " cannot be read as GEXF: " + readable(e), e);
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        List<GraphmlReader.Element> nodes = new ArrayList<>();
        int line = 0;
        for (String id : order) {
            Map<String, String> data = nodeData.get(id);
            data.remove("id");
            nodes.add(new GraphmlReader.Element(id, ++line, null, null, data, null));
        }
        List<GraphmlReader.Element> read = new ArrayList<>();
        for (Triple<String, String, Double> edge : edges) {
            Map<String, String> data = edgeData.get(edge);
            String id = data.remove("id");
            data.remove("source");
            data.remove("target");
            read.add(new GraphmlReader.Element(id, ++line, edge.getFirst(), edge.getSecond(), data, null));
        }
        return new GraphmlReader.Graph(nodes, read);
    }

    private static void checkSafe(Path file, String name) throws ImportRefusedException {
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                throw new ImportRefusedException(name + " is empty: there is nothing in it to import.");
            }
            XMLStreamReader xml = SafeXml.open(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw SafeXml.refuseDtd(name, xml.getText());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!xml.getLocalName().equals("gexf")) {
                        throw new ImportRefusedException(name + " is not GEXF: its top element is <"
                                + xml.getLocalName() + ">, not <gexf>. Export the graph from Gephi as GEXF and "
                                + "import that.");
                    }
                    return;
                }
            }
            throw new ImportRefusedException(name + " is not GEXF: it has no <gexf> element.");
        } catch (XMLStreamException e) {
            throw new ImportRefusedException(name + " is not well-formed XML"
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNumber() + ")" : ""), e);
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static String readable(ImportException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String why = String.valueOf(cause.getMessage());
        return why.length() > 200 ? why.substring(0, 200) + "…" : why;
    }
}
