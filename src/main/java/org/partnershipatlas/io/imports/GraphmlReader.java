package org.partnershipatlas.io.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GraphML as yEd, Gephi, networkx and {@code GraphmlExport} write it, into nodes and edges with
 * their data by key name: yEd's node labels (inside its graphics data) and Gephi's "label" key both
 * become the label. Safe XML only ({@link SafeXml}); a file whose top element is not {@code graphml}
 * is refused.
 */
public final class GraphmlReader {
    /**
     * A node or edge: its id, the line it starts on, its data by key name, and yEd's label if any.
     *
     * @param parent the id of the group node (yEd's group or folder, open or collapsed) this node is
     *               drawn inside, or null
     */
    public record Element(String id, int line, String source, String target, Map<String, String> data,
                          String graphicsLabel, String parent) {
        public Element(String id, int line, String source, String target, Map<String, String> data,
                       String graphicsLabel) {
            this(id, line, source, target, data, graphicsLabel, null);
        }
    }

    /** Everything in the file, in document order. */
    public record Graph(List<Element> nodes, List<Element> edges) {
    }

    private GraphmlReader() {
    }

    public static Graph read(Path file) throws ImportRefusedException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) == 0) {
                throw new ImportRefusedException(name + " is empty: there is nothing in it to import.");
            }
            return read(name, SafeXml.open(in));
        } catch (IOException e) {
            throw new ImportRefusedException("Cannot read " + name + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().replaceAll("^ParseError at \\[[^]]*]\\s*\\n?"
                    + "Message: ", "");
            throw new ImportRefusedException(name + " is not well-formed XML"
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNumber() + ")" : "") + ": "
                    + why.lines().findFirst().orElse(why), e);
        }
    }

    private static Graph read(String name, XMLStreamReader xml) throws XMLStreamException, ImportRefusedException {
        Map<String, String> keyNames = new HashMap<>();
        List<Element> nodes = new ArrayList<>();
        List<Element> edges = new ArrayList<>();
        boolean root = true;
        java.util.Deque<Frame> open = new java.util.ArrayDeque<>();
        String dataKey = null;
        StringBuilder text = new StringBuilder();
        int labelDepth = 0;
        StringBuilder label = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw SafeXml.refuseDtd(name, xml.getText());
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportRefusedException(name + " is refused: it uses the entity &" + xml.getLocalName()
                        + "; which Partnership Atlas does not expand in imported files.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                if (root) {
                    if (!local.equals("graphml")) {
                        throw new ImportRefusedException(name + " is not GraphML: its top element is <" + local
                                + ">, not <graphml>. Export the graph as GraphML (.graphml) and import that.");
                    }
                    root = false;
                    continue;
                }
                switch (local) {
                    case "key" -> {
                        String keyName = attribute(xml, "attr.name");
                        String yfiles = attribute(xml, "yfiles.type");
                        keyNames.put(attribute(xml, "id"), keyName != null ? keyName
                                : yfiles != null ? "yfiles:" + yfiles : attribute(xml, "id"));
                    }
                    case "node", "edge" -> {
                        Frame around = open.stream().filter(f -> f.kind.equals("node")).findFirst().orElse(null);
                        Frame frame = new Frame(local, attribute(xml, "id"), attribute(xml, "source"),
                                attribute(xml, "target"), xml.getLocation().getLineNumber());
                        frame.parent = around == null ? null : around.id;
                        open.push(frame);
                    }
                    case "data" -> {
                        dataKey = attribute(xml, "key");
                        text.setLength(0);
                    }
                    case "NodeLabel", "EdgeLabel" -> {
                        labelDepth++;
                        label.setLength(0);
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (labelDepth > 0) {
                    label.append(xml.getText());
                } else if (dataKey != null) {
                    text.append(xml.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "NodeLabel", "EdgeLabel" -> {
                        labelDepth--;
                        if (!open.isEmpty() && open.peek().graphicsLabel == null && !label.toString().isBlank()) {
                            open.peek().graphicsLabel = label.toString().strip();
                        }
                    }
                    case "data" -> {
                        if (dataKey != null && !open.isEmpty() && !text.toString().isBlank()) {
                            open.peek().data.put(keyNames.getOrDefault(dataKey, dataKey), text.toString().strip());
                        }
                        dataKey = null;
                    }
                    case "node", "edge" -> {
                        Frame done = open.pop();
                        Element element = new Element(done.id, done.line, done.source, done.target, done.data,
                                done.graphicsLabel, done.parent);
                        (done.kind.equals("node") ? nodes : edges).add(element);
                    }
                    default -> {
                    }
                }
            }
        }
        if (root) {
            throw new ImportRefusedException(name + " is not GraphML: it has no <graphml> element.");
        }
        return new Graph(nodes, edges);
    }

    /** A node or edge still open while its data and nested elements are read. */
    private static final class Frame {
        final String kind;
        final String id;
        final String source;
        final String target;
        final int line;
        final Map<String, String> data = new LinkedHashMap<>();
        String graphicsLabel;
        String parent;

        Frame(String kind, String id, String source, String target, int line) {
            this.kind = kind;
            this.id = id;
            this.source = source;
            this.target = target;
            this.line = line;
        }
    }

    private static String attribute(XMLStreamReader xml, String local) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(local)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
