package org.partnershipatlas.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.FieldText;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.ModelException;

/**
 * A table of edits for {@code atlas apply}: the data analyst's way to script the register. Each row
 * is one edit a person could make in the window, read against the authority as it stands after the
 * rows before it, and refused with the same words when it cannot be made.
 *
 * <p>Columns: {@code action, body, field, value}. Actions: {@code set} (the body's field, by its label
 * as in the inspector, to the value as typed in the register), {@code add body} (field: its kind,
 * value: its layer; both optional), {@code remove body}, {@code add line} and {@code remove line}
 * (field: the kind of line, "Reports to"; value: the body it goes to). People, organisations, seats
 * and actions have rows of their own ({@link PartyEditRows}); a seat's holder is in the optional
 * {@code who} column.
 */
public final class EditTable {
    /** One row as written, with its number in the file counting the header as row 1. */
    public record Row(long number, String action, String body, String field, String value, String who) {
        /** A row with no "who" column. */
        public Row(long number, String action, String body, String field, String value) {
            this(number, action, body, field, value, "");
        }
    }

    private EditTable() {
    }

    public static List<Row> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String needed : List.of("action", "body")) {
                if (!parser.getHeaderMap().containsKey(needed)) {
                    throw new IOException("the first line must name the columns action, body, field, value; \""
                            + needed + "\" is missing");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(record.getRecordNumber() + 1, get(record, "action"), get(record, "body"),
                        get(record, "field"), get(record, "value"), get(record, "who")));
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("it is not a table of edits: " + e.getMessage(), e);
        }
    }

    /**
     * The edit one row asks for, against the model as it stands.
     *
     * @throws ModelException naming what is wrong with the row
     */
    public static Edit edit(AuthorityModel model, Row row, java.time.LocalDate today) {
        String action = row.action().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        Edit about = PartyEditRows.edit(model, row, action, today);
        if (about != null) {
            return about;
        }
        return switch (action) {
            case "set" -> set(model, row);
            case "add body" -> addBody(model, row);
            case "remove body" -> {
                Body body = body(model, row.body());
                yield new Edit("Delete body", model.deletionOf(body));
            }
            case "add line" -> {
                long from = body(model, row.body()).id();
                long to = body(model, row.value()).id();
                LineKind kind = choice(LineKind.class, row.field(), "kind of line");
                if (model.linesOf(from).stream().anyMatch(l -> l.fromBodyId() == from && l.toBodyId() == to
                        && l.kind() == kind)) {
                    throw new ModelException("there is already a \"" + kind.label() + "\" line from \"" + row.body()
                            + "\" to \"" + row.value() + "\"");
                }
                yield Edit.of("Add line", Change.create(new AccountabilityLine(model.newId(), from, to, kind)));
            }
            case "remove line" -> {
                long from = body(model, row.body()).id();
                long to = body(model, row.value()).id();
                LineKind kind = choice(LineKind.class, row.field(), "kind of line");
                AccountabilityLine line = model.lines().stream()
                        .filter(l -> l.fromBodyId() == from && l.toBodyId() == to && l.kind() == kind).findFirst()
                        .orElseThrow(() -> new ModelException("there is no \"" + kind.label() + "\" line from \""
                                + row.body() + "\" to \"" + row.value() + "\""));
                yield Edit.of("Remove line", Change.delete(line));
            }
            default -> throw new ModelException("\"" + row.action() + "\" is not an action; use set, add body, "
                    + "remove body, add line, remove line, add/set/remove/merge person, add/set/remove/merge "
                    + "organisation, add/set/remove seat or add/set/remove action");
        };
    }

    private static Edit set(AuthorityModel model, Row row) {
        Body body = body(model, row.body());
        BodyField field = choice(BodyField.class, row.field(), "field");
        Object value;
        try {
            value = FieldText.parse(model, field, row.value());
        } catch (IllegalArgumentException e) {
            throw new ModelException(e.getMessage());
        }
        Body changed = body.with(field, value);
        return Edit.of("Edit " + field.label().toLowerCase(Locale.ROOT), Change.update(body, changed));
    }

    private static Edit addBody(AuthorityModel model, Row row) {
        if (row.body().isBlank()) {
            throw new ModelException("add body needs the new body's name");
        }
        if (model.bodies().stream().anyMatch(b -> b.name().equalsIgnoreCase(row.body()))) {
            throw new ModelException("there is already a body called \"" + row.body() + "\"");
        }
        BodyKind kind = row.field().isBlank() ? BodyKind.SUB_GROUP : choice(BodyKind.class, row.field(), "kind");
        Layer layer = row.value().isBlank() ? Layer.OPERATIONAL : choice(Layer.class, row.value(), "layer");
        return Edit.of("Add body", Change.create(Body.create(model.newId(), row.body(), kind, layer)));
    }

    static Body body(AuthorityModel model, String name) {
        if (name == null || name.isBlank()) {
            throw new ModelException("the row names no body");
        }
        return model.bodies().stream().filter(b -> b.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new ModelException("there is no body called \"" + name.strip() + "\""));
    }

    private static <E extends Enum<E> & Labelled> E choice(Class<E> type, String text, String what) {
        try {
            return org.partnershipatlas.model.PartyFields.choice(type, text, what);
        } catch (IllegalArgumentException e) {
            throw new ModelException(e.getMessage());
        }
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }
}
