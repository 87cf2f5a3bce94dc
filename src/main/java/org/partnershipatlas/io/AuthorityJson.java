package org.partnershipatlas.io;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.CommitteeMembership;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.SignificanceScheme;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.model.WorkshopNote;
import org.partnershipatlas.model.WorkshopPlan;

/**
 * The whole authority as one JSON document (Jackson), for scripts and other tools: every entity with
 * every field, under the names the model uses, dates as ISO text (2026-03-31) and money in pence.
 * The document says which version of this layout it follows; a newer one is refused rather than
 * half read.
 */
public final class AuthorityJson {
    /** The version of this layout; raise it when a field changes meaning or goes. */
    public static final int SCHEMA_VERSION = 1;

    /** The document, in the order a reader meets the authority's parts. */
    record Document(int schemaVersion, String writtenBy, Authority authority, AuthoritySettings settings,
                    SignificanceScheme significanceScheme, List<Theme> themes, List<Organisation> organisations,
                    List<Person> people, List<Body> bodies, List<AccountabilityLine> lines, List<Seat> seats,
                    List<CommitteeMembership> committeeMemberships, List<Action> actions,
                    List<SignificanceJudgement> significanceJudgements,
                    List<ClassificationDecision> classificationDecisions, List<MapPosition> mapPositions,
                    WorkshopPlan workshopPlan, List<WorkshopNote> workshopNotes,
                    org.partnershipatlas.model.CabinetPapers cabinetPapers) {
    }

    /** A JSON file that cannot be read as an authority, with what is wrong in words. */
    public static final class Problem extends Exception {
        public Problem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final ObjectMapper MAPPER = mapper();

    private AuthorityJson() {
    }

    public static void write(AuthorityModel model, String appVersion, Writer out) throws IOException {
        MAPPER.writeValue(out, new Document(SCHEMA_VERSION, "Partnership Atlas " + appVersion, model.authority(),
                model.settings(), model.significanceScheme(), List.copyOf(model.themes()),
                List.copyOf(model.organisations()), List.copyOf(model.people()), List.copyOf(model.bodies()),
                List.copyOf(model.lines()), List.copyOf(model.seats()), List.copyOf(model.memberships()),
                List.copyOf(model.actions()), List.copyOf(model.judgements()), List.copyOf(model.decisions()),
                List.copyOf(model.positions()), model.workshopPlan(), List.copyOf(model.workshopNotes()),
                model.cabinetPapers()));
    }

    /** Reads a document written by {@link #write}; the model is loaded as it stands, not yet checked. */
    public static AuthorityModel read(Reader in) throws Problem {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new Problem("it is not JSON: " + firstLine(e), e);
        }
        if (tree == null || !tree.isObject() || !tree.has("authority")) {
            throw new Problem("it is JSON, but not a Partnership Atlas authority (no \"authority\")", null);
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (version > SCHEMA_VERSION) {
            throw new Problem("it was written by a newer Partnership Atlas (layout " + version + "; this version reads "
                    + "up to " + SCHEMA_VERSION + "). Open it with the newer version, or export it again from there", null);
        }
        if (version < 1) {
            throw new Problem("it does not say which layout it follows (\"schemaVersion\")", null);
        }
        Document document;
        try {
            document = MAPPER.treeToValue(tree, Document.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new Problem("it does not fit the authority layout: " + firstLine(e), e);
        }
        AuthorityModel model = new AuthorityModel(document.authority());
        List<Entity> entities = new ArrayList<>();
        entities.add(document.settings());
        entities.add(document.significanceScheme());
        if (document.workshopPlan() != null) {
            entities.add(document.workshopPlan());
        }
        if (document.cabinetPapers() != null) {
            entities.add(document.cabinetPapers());
        }
        for (List<? extends Entity> part : List.of(orEmpty(document.themes()), orEmpty(document.organisations()),
                orEmpty(document.people()), orEmpty(document.bodies()), orEmpty(document.lines()),
                orEmpty(document.seats()), orEmpty(document.committeeMemberships()), orEmpty(document.actions()),
                orEmpty(document.significanceJudgements()), orEmpty(document.classificationDecisions()),
                orEmpty(document.mapPositions()), orEmpty(document.workshopNotes()))) {
            entities.addAll(part);
        }
        entities.removeIf(java.util.Objects::isNull);
        java.util.Map<Long, Entity> byId = new java.util.HashMap<>();
        for (Entity entity : entities) {
            Entity other = byId.putIfAbsent(entity.id(), entity);
            if (other != null) {
                throw new Problem("the id " + entity.id() + " is used twice, by " + kindOf(other) + " "
                        + other.describe() + " and by " + kindOf(entity) + " " + entity.describe()
                        + "; every id must be different", null);
            }
        }
        model.load(entities);
        List<String> problems = model.problems();
        if (!problems.isEmpty()) {
            throw new Problem(problems.size() + (problems.size() == 1 ? " thing in it breaks" : " things in it break")
                    + " the rules of an authority: " + String.join("; ", problems.subList(0, Math.min(5,
                    problems.size()))) + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""),
                    null);
        }
        return model;
    }

    /** "accountability line" for an AccountabilityLine. */
    private static String kindOf(Entity entity) {
        return entity.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** Records by their fields (not by every method that looks like a getter), dates as ISO text. */
    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("iso-dates");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                String text = in.getValueAsString();
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                            "not a date written as year-month-day (2026-03-31)");
                }
            }
        });
        ObjectMapper mapper = new ObjectMapper().registerModule(dates);
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }
}
