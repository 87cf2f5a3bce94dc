package org.partnershipatlas.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.GraphmlExport;
import org.partnershipatlas.io.KumuExport;
import org.partnershipatlas.layout.LaidOut;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;

class ExchangeFormatsTest {
    @TempDir
    Path dir;
    private final AuthorityModel sample = LaidOut.sample();

    private AuthorityModel importIntoEmpty(Path file) throws Exception {
        AuthorityModel fresh = new AuthorityModel(new Authority("Fresh", AuthorityKind.UNITARY, null, null));
        ImportSource source = ImportSource.read(file);
        ImportPlan plan = ImportPlan.of(fresh, source.draft(null));
        assertFalse(plan.hasRefusals(), plan.issues().toString());
        fresh.apply(plan.edit());
        return fresh;
    }

    @Test
    void graphmlOutAndInKeepsEveryBodyFieldLineAndSeat() throws Exception {
        Path file = dir.resolve("sample.graphml");
        try (Writer out = Files.newBufferedWriter(file)) {
            GraphmlExport.write(sample, out);
        }
        AuthorityModel back = importIntoEmpty(file);
        assertEquals(Carried.bodies(sample), Carried.bodies(back));
        assertEquals(Carried.links(sample), Carried.links(back));
        String text = Files.readString(file);
        assertTrue(text.contains("attr.name=\"lead_officer\""), "fields are named data keys for Gephi and networkx");
        assertTrue(text.contains("attr.name=\"council_contribution\" attr.type=\"double\""), "money is a number");
    }

    @Test
    void kumuWorkbookOutAndInKeepsEveryBodyFieldLineAndSeat() throws Exception {
        Path file = dir.resolve("sample-kumu.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            KumuExport.write(sample, out);
        }
        ImportSource source = ImportSource.read(file);
        assertEquals(ImportSource.Format.KUMU, source.format(), "recognised by its Elements and Connections sheets");
        AuthorityModel back = importIntoEmpty(file);
        assertEquals(Carried.bodies(sample), Carried.bodies(back));
        assertEquals(Carried.links(sample), Carried.links(back));
    }

    @Test
    void yEdNodeLabelsAndGephiLabelKeysBecomeNamesAndOtherKeysAreKeptAsNotes() throws Exception {
        Path file = dir.resolve("drawn-in-yed.graphml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d1" attr.name="Lead officer" attr.type="string"/>
                  <key for="node" id="d2" attr.name="ward" attr.type="string"/>
                  <key for="node" id="d6" yfiles.type="nodegraphics"/>
                  <key for="node" id="d7" attr.name="label" attr.type="string"/>
                  <graph edgedefault="directed" id="G">
                    <node id="n0">
                      <data key="d6"><y:ShapeNode><y:Geometry height="30" width="80" x="0" y="0"/>
                        <y:NodeLabel alignment="center">Safer Westshire Board</y:NodeLabel></y:ShapeNode></data>
                      <data key="d1">Priya Shah</data>
                    </node>
                    <node id="n1">
                      <data key="d7">Night-time Economy Group</data>
                      <data key="d2">Castle ward</data>
                    </node>
                    <edge id="e0" source="n1" target="n0"/>
                  </graph>
                </graphml>
                """);
        AuthorityModel back = importIntoEmpty(file);
        Body board = back.bodies().stream().filter(b -> b.name().equals("Safer Westshire Board")).findFirst().orElseThrow();
        Body group = back.bodies().stream().filter(b -> b.name().equals("Night-time Economy Group")).findFirst()
                .orElseThrow();
        assertEquals("Priya Shah", back.person(board.governance().leadOfficerId()).name());
        assertEquals("From GraphML: ward: Castle ward", group.governance().notes());
        assertEquals(BodyKind.PARTNERSHIP_BOARD, board.kind(), "the top of what came in is taken as the board");
        assertEquals(1, back.lines().size());
        assertEquals(board.id(), back.lines().iterator().next().toBodyId());
    }

    @Test
    void aFileThatIsNotGraphmlIsRefusedByName() throws Exception {
        Path file = dir.resolve("picture.graphml");
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> ImportSource.read(file));
        assertTrue(refused.getMessage().startsWith("picture.graphml is not GraphML: its top element is <svg>"),
                refused.getMessage());
        Files.writeString(file, "<graphml><graph><node id=\"n0\"></graph>");
        assertTrue(assertThrows(ImportRefusedException.class, () -> ImportSource.read(file)).getMessage()
                .startsWith("picture.graphml is not well-formed XML (line 1)"));
    }

    @Test
    void anEntityExpansionIsRefusedNotExpanded() throws Exception {
        Path file = dir.resolve("laughs.graphml");
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>\n<graphml><graph><node id=\"n\"><data key=\"label\">&lol9;</data></node></graph></graphml>");
        Files.writeString(file, dtd.toString());
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> ImportSource.read(file));
        assertTrue(refused.getMessage().contains("refused: it declares entity declarations"), refused.getMessage());
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = dir.resolve("external.graphml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<graphml><graph><node id=\"n0\"><data key=\"label\">&x;</data></node></graph></graphml>");
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> ImportSource.read(file));
        assertTrue(refused.getMessage().contains("an external reference"), refused.getMessage());
        assertFalse(refused.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void jsonIntoAFileWithBodiesMergesByNameAndChangesOnlyWhatDiffers() throws Exception {
        Path file = dir.resolve("authority.json");
        AuthorityModel edited = sample.copy();
        Body one = edited.bodies().stream().filter(b -> b.governance().purpose() != null).findFirst().orElseThrow();
        edited.load(java.util.List.of(one.with(BodyField.PURPOSE, "A new purpose")));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            org.partnershipatlas.io.AuthorityJson.write(edited, "t", out);
        }
        ImportPlan plan = ImportPlan.of(sample, ImportSource.read(file).draft(null));
        assertEquals(1, plan.count(ImportPlan.Status.CHANGED), plan.summary());
        assertEquals(sample.bodies().size() - 1, plan.count(ImportPlan.Status.UNCHANGED));
        assertEquals(0, plan.newLines());
        ImportPlan.Outcome changed = plan.outcomes().stream().filter(o -> o.status() == ImportPlan.Status.CHANGED)
                .findFirst().orElseThrow();
        assertEquals(one.name(), changed.name());
        assertEquals(1, changed.changes().size());
        assertTrue(changed.changes().get(0).startsWith("Purpose: \""), changed.changes().toString());
        assertTrue(changed.changes().get(0).endsWith("\u2192 \"A new purpose\""), changed.changes().toString());
    }
}
