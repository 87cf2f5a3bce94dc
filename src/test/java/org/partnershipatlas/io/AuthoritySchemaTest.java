package org.partnershipatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.PartnershipTest;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.layout.LaidOut;

/** The JSON Schema in the repository describes what the export writes, and nothing else. */
class AuthoritySchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema() throws Exception {
        try (InputStream in = AuthorityJson.class.getResourceAsStream("authority.schema.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
        }
    }

    private static JsonNode exported() throws Exception {
        var model = LaidOut.sample();
        long body = model.bodies().iterator().next().id();
        model.load(List.of(new ClassificationDecision(model.newId(), body,
                Map.of(PartnershipTest.COMMON_GOAL, Answer.YES), Map.of(PartnershipTest.COMMON_GOAL, "Shared plan"),
                Classification.PARTNERSHIP, Classification.PARTNERSHIP, "Pooled budget and a shared plan", "Head of Policy",
                LocalDate.of(2026, 11, 1))));
        StringWriter out = new StringWriter();
        AuthorityJson.write(model, "test", out);
        return JSON.readTree(out.toString());
    }

    @Test
    void theExportOfTheSampleFitsTheSchema() throws Exception {
        List<Error> errors = schema().validate(exported());
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        assertFalse(exported().path("classificationDecisions").isEmpty(), "decisions are covered too");
        assertFalse(exported().path("mapPositions").isEmpty(), "and map positions");
    }

    @Test
    void aFieldTheSchemaDoesNotKnowOrAValueOutsideItsChoicesIsCaught() throws Exception {
        ObjectNode extra = (ObjectNode) exported();
        ((ObjectNode) extra.path("bodies").get(0)).put("colour", "red");
        assertTrue(schema().validate(extra).stream().anyMatch(e -> e.toString().contains("colour")));
        ObjectNode wrong = (ObjectNode) exported();
        ((ObjectNode) wrong.path("bodies").get(0)).put("layer", "MIDDLE");
        assertFalse(schema().validate(wrong).isEmpty());
        ObjectNode date = (ObjectNode) exported();
        ((ObjectNode) date.path("authority")).put("periodStart", "31/03/2026");
        assertFalse(schema().validate(date).isEmpty(), "dates are ISO");
    }
}
