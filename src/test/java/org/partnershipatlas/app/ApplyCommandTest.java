package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.store.AuthorityStore;

/** {@code atlas apply}, as the data analyst scripting the register uses it. */
class ApplyCommandTest {
    @TempDir
    Path dir;
    private Path file;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void theSample() throws Exception {
        file = dir.resolve("Northmoor.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 12, 2)), "t").close();
    }

    private int apply(String table) throws Exception {
        Path edits = dir.resolve("edits.csv");
        Files.writeString(edits, table, StandardCharsets.UTF_8);
        out.reset();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(new String[] {"apply", file.toString(), edits.toString()}, print, print);
    }

    private AuthorityModel load() throws Exception {
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            return store.load();
        }
    }

    private static Body named(AuthorityModel model, String name) {
        return model.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void everyKindOfRowIsAppliedAndSavedOneByOne() throws Exception {
        assertEquals(0, apply("""
                action,body,field,value
                set,Safer Northmoor Partnership,Council contribution,"£12,500"
                set,Safer Northmoor Partnership,Next review due,31/03/2027
                add body,Northgate Residents Forum,Forum,Operational
                add line,Northgate Residents Forum,Advises,Safer Northmoor Partnership
                """), out.toString());
        String said = out.toString();
        assertTrue(said.contains("saved 2\nsaved 3\nsaved 4\nsaved 5\n"), said);
        assertTrue(said.contains("Applied 4 edits"), said);
        AuthorityModel model = load();
        Body safer = named(model, "Safer Northmoor Partnership");
        assertEquals(Money.ofPounds(12_500), safer.governance().councilContribution());
        assertEquals(LocalDate.of(2027, 3, 31), safer.governance().nextReviewDue());
        Body forum = named(model, "Northgate Residents Forum");
        assertTrue(model.lines().stream().anyMatch(l -> l.fromBodyId() == forum.id() && l.toBodyId() == safer.id()
                && l.kind() == LineKind.ADVISES));

        assertEquals(0, apply("""
                action,body,field,value
                remove line,Northgate Residents Forum,Advises,Safer Northmoor Partnership
                remove body,Northgate Residents Forum,,
                """), out.toString());
        assertNull(named(load(), "Northgate Residents Forum"));
    }

    @Test
    void theFirstRefusedRowStopsTheRunWithItsNumberAndTheRowsBeforeItStaySaved() throws Exception {
        assertEquals(1, apply("""
                action,body,field,value
                set,Safer Northmoor Partnership,Short name,SNP
                set,Safer Northmoor Partnership,Pooled budget,-£5
                set,Safer Northmoor Partnership,Short name,Never
                """), out.toString());
        String said = out.toString();
        assertTrue(said.contains("saved 2"), said);
        assertTrue(said.contains("Refused at row 3: ") && said.contains("negative"), said);
        assertTrue(said.contains("1 edit before it is saved"), said);
        assertEquals("SNP", named(load(), "Safer Northmoor Partnership").shortName());
    }

    @Test
    void unknownNamesFieldsAndActionsAreNamed() throws Exception {
        assertEquals(1, apply("action,body,field,value\nset,Nowhere Board,Name,X\n"));
        assertTrue(out.toString().contains("there is no body called \"Nowhere Board\""), out.toString());
        assertEquals(1, apply("action,body,field,value\nset,Safer Northmoor Partnership,Colour,Red\n"));
        assertTrue(out.toString().contains("\"Colour\" is not a field; use one of Name"), out.toString());
        assertEquals(1, apply("action,body,field,value\nrename,Safer Northmoor Partnership,,\n"));
        assertTrue(out.toString().contains("\"rename\" is not an action"), out.toString());
        assertEquals(2, apply("body,value\nX,Y\n"));
        assertTrue(out.toString().contains("action, body, field, value"), out.toString());
    }

    @Test
    void peopleOrganisationsSeatsAndActionsOnANewAuthority() throws Exception {
        file = dir.resolve("Eastvale.atlas.mv.db");
        AuthorityStore.create(file, new AuthorityModel(new org.partnershipatlas.model.Authority(
                "Eastvale District Council", org.partnershipatlas.model.AuthorityKind.DISTRICT, null, null)), "t").close();
        assertEquals(0, apply("""
                action,body,field,value,who
                add body,Safer Eastvale,Themed partnership,Executive,
                add body,Ageing Well Group,Sub-group,operational,
                add organisation,Eastvale District Council,The council itself,yes,
                add organisation,Westshire Police,Sector,Police,
                add organisation,Westshire Constabulary,Sector,Police,
                add person,Cllr Jane Smith,Organisation,Eastvale District Council,
                set person,Cllr Jane Smith,Party,Green,
                add person,Mark Ellison,Job title,Superintendent,
                add seat,Safer Eastvale,Lead member,,Cllr Jane Smith
                add seat,Safer Eastvale,Chair,,Mark Ellison for Westshire Constabulary
                set seat,Safer Eastvale,Until,20/05/2027,Cllr Jane Smith
                add seat,Safer Eastvale,Member,,Westshire Police
                merge organisation,Westshire Constabulary,,Westshire Police,
                add action,Safer Eastvale,,Agree the partnership's terms of reference,
                set action,Agree the partnership's terms of reference,Status,On track,
                set action,Agree the partnership's terms of reference,Owner,Cllr Jane Smith,
                """), out.toString());
        AuthorityModel model = load();
        Body safer = named(model, "Safer Eastvale");
        var jane = model.people().stream().filter(p -> p.name().equals("Cllr Jane Smith")).findFirst().orElseThrow();
        var mark = model.people().stream().filter(p -> p.name().equals("Mark Ellison")).findFirst().orElseThrow();
        assertEquals(org.partnershipatlas.model.BodyKind.SUB_GROUP, named(model, "Ageing Well Group").kind(),
                "a kind written with a hyphen and a layer in small letters are read");
        assertEquals(org.partnershipatlas.model.PersonKind.COUNCILLOR, jane.kind());
        assertEquals("Green", jane.party());
        assertEquals(jane.id(), safer.governance().leadMemberId(), "a lead member's seat sets the field");
        assertEquals(mark.id(), safer.governance().chairId());
        assertEquals(2, model.organisations().size(), "the constabulary merged into the police");
        var police = model.organisations().stream().filter(o -> o.name().equals("Westshire Police")).findFirst()
                .orElseThrow();
        assertEquals(2, model.seatsOf(police).size(), "the chair's seat moved with the merge");
        assertEquals(LocalDate.of(2027, 5, 20), model.seatsOf(jane).get(0).until());
        var action = model.actions().iterator().next();
        assertEquals(org.partnershipatlas.model.ActionStatus.ON_TRACK, action.status());
        assertEquals(jane.id(), action.ownerId());

        assertEquals(0, apply("""
                action,body,field,value,who
                remove seat,Safer Eastvale,,,Westshire Police
                remove action,Agree the partnership's terms of reference,,,
                remove person,Mark Ellison,,,
                remove organisation,Westshire Police,,,
                """), out.toString());
        model = load();
        assertNull(named(model, "Safer Eastvale").governance().chairId());
        assertTrue(model.actions().isEmpty());
        assertEquals(1, model.organisations().size());
        assertEquals(1, model.seats().size(), "only the lead member's seat is left");
    }

    @Test
    void aSeatForSomeoneNotRecordedOrAnUnknownFieldIsRefusedByName() throws Exception {
        assertEquals(1, apply("action,body,field,value,who\nadd seat,Safer Northmoor Partnership,Member,,Nobody Known\n"));
        assertTrue(out.toString().contains("there is no person or organisation called \"Nobody Known\"; add them first"),
                out.toString());
        assertEquals(1, apply("action,body,field,value\nset person,Rob Kerr,Shoe size,9\n"));
        assertTrue(out.toString().contains("\"Shoe size\" is not a field of a person; use one of Name, Job title"),
                out.toString());
        assertEquals(1, apply("action,body,field,value\nset person,Rob Kerr,E-mail,rob at northmoor\n"));
        assertTrue(out.toString().contains("is not an e-mail address"), out.toString());
    }
}
