package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.GexfExport;
import org.partnershipatlas.io.GraphmlExport;
import org.partnershipatlas.layout.LaidOut;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.LineKind;

class YedGroupsAndGexfTest {
    @TempDir
    Path dir;

    private static AuthorityModel into(Path file) throws Exception {
        AuthorityModel fresh = new AuthorityModel(new Authority("Fresh", AuthorityKind.UNITARY, null, null));
        ImportPlan plan = ImportPlan.of(fresh, ImportSource.read(file).draft(null));
        assertFalse(plan.hasRefusals(), plan.issues().toString());
        fresh.apply(plan.edit());
        return fresh;
    }

    private static Body body(AuthorityModel model, String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + name + "\" in "
                        + model.bodies().stream().map(Body::name).toList()));
    }

    /** "Steering Group > Housing Partnership (sub-group of)" for each line. */
    private static Set<String> lines(AuthorityModel model) {
        return model.lines().stream().map(l -> model.body(l.fromBodyId()).name() + " > "
                + model.body(l.toBodyId()).name() + " (" + l.kind().label() + ")").collect(Collectors.toSet());
    }

    private static String group(String id, String folderType, String label, String inside) {
        return """
                <node id="%1$s" yfiles.foldertype="%2$s">
                  <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="%4$s">
                    <y:GroupNode><y:NodeLabel>%3$s</y:NodeLabel></y:GroupNode>
                    <y:GroupNode><y:NodeLabel>%3$s</y:NodeLabel></y:GroupNode>
                  </y:Realizers></y:ProxyAutoBoundsNode></data>
                  <graph edgedefault="directed" id="%1$s:">%5$s</graph>
                </node>
                """.formatted(id, folderType, label, folderType.equals("folder") ? "1" : "0", inside);
    }

    private static String shape(String id, String label) {
        return "<node id=\"" + id + "\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>" + label
                + "</y:NodeLabel></y:ShapeNode></data></node>\n";
    }

    @Test
    void aYedGroupIsTheBodyItsMembersBelongToAndALabelAtTwoLevelsIsTwoBodies() throws Exception {
        Path file = dir.resolve("drawn-in-yed.graphml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <graph edgedefault="directed" id="G">
                """ + shape("n2", "Northmoor Together Board")
                + group("n0", "group", "Housing Partnership", shape("n0::n0", "Steering Group")
                        + shape("n0::n1", "Housing Partnership"))
                + group("n1", "folder", "Health Partnership", shape("n1::n0", "Steering Group"))
                + """
                    <edge id="e0" source="n0" target="n2"/>
                    <edge id="e1" source="n1" target="n2"/>
                  </graph>
                </graphml>
                """);
        AuthorityModel model = into(file);
        assertEquals(Set.of("Northmoor Together Board", "Housing Partnership", "Steering Group",
                "Housing Partnership (Housing Partnership)", "Health Partnership", "Steering Group (Health Partnership)"),
                model.bodies().stream().map(Body::name).collect(Collectors.toSet()),
                "the same label in two places is two bodies, told apart by the group each is in");
        assertEquals(Set.of("Housing Partnership > Northmoor Together Board (Reports to)",
                "Health Partnership > Northmoor Together Board (Reports to)",
                "Steering Group > Housing Partnership (Sub group of)",
                "Housing Partnership (Housing Partnership) > Housing Partnership (Sub group of)",
                "Steering Group (Health Partnership) > Health Partnership (Sub group of)"), lines(model),
                "a collapsed folder's members belong to it as an open group's do");
        assertEquals(BodyKind.PARTNERSHIP_BOARD, body(model, "Northmoor Together Board").kind());
        assertEquals(BodyKind.THEMED_PARTNERSHIP, body(model, "Health Partnership").kind());
    }

    @Test
    void gexfOutAndInKeepsWhatGraphmlKeeps() throws Exception {
        AuthorityModel sample = LaidOut.sample();
        Path gexf = dir.resolve("sample.gexf");
        Path graphml = dir.resolve("sample.graphml");
        try (Writer out = Files.newBufferedWriter(gexf)) {
            GexfExport.write(sample, out);
        }
        try (Writer out = Files.newBufferedWriter(graphml)) {
            GraphmlExport.write(sample, out);
        }
        assertEquals(ImportSource.Format.GEXF, ImportSource.read(gexf).format());
        AuthorityModel fromGexf = into(gexf);
        assertEquals(Carried.bodies(sample), Carried.bodies(fromGexf));
        assertEquals(Carried.links(sample), Carried.links(fromGexf));
        assertEquals(Carried.links(into(graphml)), Carried.links(fromGexf), "the same attributes both ways");
        String text = Files.readString(gexf);
        assertTrue(text.contains("title=\"lead_officer\""), "fields are named attributes for Gephi");
        assertTrue(text.contains("title=\"council_contribution\" type=\"double\""), "money is a number");
    }

    @Test
    void aGexfFileWrittenByGephiBringsItsLabelsAttributesAndEdgesIn() throws Exception {
        Path file = dir.resolve("from-gephi.gexf");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://gexf.net/1.3" version="1.3">
                  <meta lastmodifieddate="2026-11-30"><creator>Gephi 0.10.1</creator></meta>
                  <graph defaultedgetype="directed" mode="static">
                    <attributes class="node" mode="static">
                      <attribute id="chair" title="Chair" type="string"/>
                      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
                    </attributes>
                    <nodes>
                      <node id="0" label="Safer Northmoor">
                        <attvalues><attvalue for="chair" value="Supt Ray Pike"/>
                          <attvalue for="modularity_class" value="1"/></attvalues>
                      </node>
                      <node id="1" label="Hate Crime Network"/>
                    </nodes>
                    <edges>
                      <edge id="0" source="1" target="0" weight="1.0"/>
                    </edges>
                  </graph>
                </gexf>
                """);
        AuthorityModel model = into(file);
        Body safer = body(model, "Safer Northmoor");
        assertEquals("Supt Ray Pike", model.person(safer.governance().chairId()).name());
        assertEquals("From GEXF: Modularity Class: 1", safer.governance().notes(), "nothing the file says is lost");
        AccountabilityLine line = model.lines().iterator().next();
        assertEquals(safer.id(), line.toBodyId());
        assertEquals(LineKind.REPORTS_TO, line.kind());
    }

    @Test
    void aGexfFileWithADoctypeOrAnotherTopElementIsRefusedByName() throws Exception {
        Path file = dir.resolve("bad.gexf");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<gexf><graph><nodes><node id=\"0\" label=\"&x;\"/></nodes></graph></gexf>");
        assertTrue(assertThrows(ImportRefusedException.class, () -> ImportSource.read(file)).getMessage()
                .contains("an external reference"));
        Files.writeString(file, "<graphml/>");
        assertTrue(assertThrows(ImportRefusedException.class, () -> ImportSource.read(file)).getMessage()
                .startsWith("bad.gexf is not GEXF: its top element is <graphml>"));
    }
}
