package org.partnershipatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.layout.LaidOut;
import org.partnershipatlas.model.AuthorityModel;

class AuthorityJsonTest {
    private final AuthorityModel sample = LaidOut.sample();

    private String json(AuthorityModel model) throws Exception {
        StringWriter out = new StringWriter();
        AuthorityJson.write(model, "test", out);
        return out.toString();
    }

    @Test
    void exportThenImportGivesTheSameAuthorityEveryEntityAndField() throws Exception {
        String text = json(sample);
        AuthorityModel back = AuthorityJson.read(new StringReader(text));
        assertEquals(sample.authority(), back.authority());
        assertEquals(new HashSet<>(sample.entities()), new HashSet<>(back.entities()));
        assertEquals(sample.entities().size(), back.entities().size());
        assertEquals(text, json(back), "and it writes the same document again");
        assertTrue(text.contains("\"schemaVersion\" : 1"));
        assertTrue(text.contains("\"lastReviewed\" : \"20"), "dates as ISO text");
    }

    @Test
    void aNewerLayoutIsRefusedWithAMessage() throws Exception {
        String newer = json(sample).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7");
        AuthorityJson.Problem problem = assertThrows(AuthorityJson.Problem.class,
                () -> AuthorityJson.read(new StringReader(newer)));
        assertTrue(problem.getMessage().startsWith("it was written by a newer Partnership Atlas (layout 7"),
                problem.getMessage());
    }

    @Test
    void somethingElseIsNamedForWhatItIs() {
        assertTrue(assertThrows(AuthorityJson.Problem.class, () -> AuthorityJson.read(new StringReader("<graphml/>")))
                .getMessage().startsWith("it is not JSON"));
        assertTrue(assertThrows(AuthorityJson.Problem.class, () -> AuthorityJson.read(new StringReader("{\"a\": 1}")))
                .getMessage().contains("not a Partnership Atlas authority"));
        assertTrue(assertThrows(AuthorityJson.Problem.class, () -> AuthorityJson.read(new StringReader(
                "{\"schemaVersion\": 1, \"authority\": {\"name\": \"X\", \"kind\": \"DISTRICT\", "
                        + "\"periodStart\": \"31/03/2026\"}}"))).getMessage().contains("does not fit"));
    }

    @Test
    void anEmptyAuthorityRoundTrips() throws Exception {
        AuthorityModel empty = new AuthorityModel(new org.partnershipatlas.model.Authority("Emptyshire",
                org.partnershipatlas.model.AuthorityKind.UNITARY, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        assertEquals(new HashSet<>(empty.entities()), new HashSet<>(AuthorityJson.read(new StringReader(json(empty)))
                .entities()));
    }
}
