package org.partnershipatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Governance;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;

/**
 * The one description of the body table: which column holds which {@link BodyField}, in the order the
 * file has always written them. The writer's statement, the reader's query and the reading of each
 * column all come from this list, so a field added to the model and here is written and read in step,
 * and a field added to the model but not here fails a test instead of silently never being saved.
 */
final class BodyColumns {
    /** Fields a body keeps outside its row: its themes, in a table of their own. */
    static final Set<BodyField> ELSEWHERE = EnumSet.of(BodyField.THEMES);

    record Column(String name, BodyField field) {
    }

    /** After the id, in the order of the file's first body table (the checksum counts the statement as written). */
    static final List<Column> COLUMNS = List.of(
            new Column("name", BodyField.NAME),
            new Column("short_name", BodyField.SHORT_NAME),
            new Column("kind", BodyField.KIND),
            new Column("layer", BodyField.LAYER),
            new Column("classification", BodyField.CLASSIFICATION),
            new Column("purpose", BodyField.PURPOSE),
            new Column("chair_id", BodyField.CHAIR),
            new Column("vice_chair_id", BodyField.VICE_CHAIR),
            new Column("lead_officer_id", BodyField.LEAD_OFFICER),
            new Column("lead_member_id", BodyField.LEAD_MEMBER),
            new Column("accountable_body_id", BodyField.ACCOUNTABLE_BODY),
            new Column("terms_of_reference", BodyField.TERMS_OF_REFERENCE),
            new Column("terms_agreed", BodyField.TERMS_AGREED),
            new Column("legal_status", BodyField.LEGAL_STATUS),
            new Column("statutory_basis", BodyField.STATUTORY_BASIS),
            new Column("meeting_frequency", BodyField.MEETING_FREQUENCY),
            new Column("reporting_cycle", BodyField.REPORTING_CYCLE),
            new Column("council_contribution_p", BodyField.COUNCIL_CONTRIBUTION),
            new Column("pooled_budget_p", BodyField.POOLED_BUDGET),
            new Column("risk_rating", BodyField.RISK_RATING),
            new Column("last_reviewed", BodyField.LAST_REVIEWED),
            new Column("next_review_due", BodyField.NEXT_REVIEW_DUE),
            new Column("scrutiny_committee", BodyField.SCRUTINY_COMMITTEE),
            new Column("last_scrutinised", BodyField.LAST_SCRUTINISED),
            new Column("info_sharing", BodyField.INFORMATION_SHARING),
            new Column("info_sharing_agreed", BodyField.INFORMATION_SHARING_AGREED),
            new Column("exit_strategy", BodyField.EXIT_STRATEGY),
            new Column("lifecycle_stage", BodyField.LIFECYCLE_STAGE),
            new Column("notes", BodyField.NOTES));

    /** "id, name, short_name, ..." */
    static final String NAMES;
    /** The statement that writes a body's row. */
    static final String MERGE;

    static {
        StringBuilder names = new StringBuilder("id");
        COLUMNS.forEach(c -> names.append(", ").append(c.name()));
        NAMES = names.toString();
        MERGE = "MERGE INTO body (" + NAMES + ") KEY (id) VALUES (?" + ", ?".repeat(COLUMNS.size()) + ")";
        Set<BodyField> described = EnumSet.copyOf(ELSEWHERE);
        COLUMNS.forEach(c -> described.add(c.field()));
        if (described.size() != BodyField.values().length) {
            Set<BodyField> missing = EnumSet.allOf(BodyField.class);
            missing.removeAll(described);
            throw new ExceptionInInitializerError("no column holds the body fields " + missing);
        }
    }

    private BodyColumns() {
    }

    /** The values of a body's row, in the order of {@link #MERGE}. */
    static Object[] values(Body body) {
        Object[] values = new Object[COLUMNS.size() + 1];
        values[0] = body.id();
        for (int i = 0; i < COLUMNS.size(); i++) {
            values[i + 1] = COLUMNS.get(i).field().read(body);
        }
        return values;
    }

    /** A body from a row selected as {@link #NAMES}. */
    static Body read(ResultSet rs, Map<Long, List<Long>> themesByBody) throws SQLException {
        long id = rs.getLong(1);
        Governance.Builder governance = Governance.EMPTY.toBuilder();
        Body body = new Body(id, "", null, BodyKind.values()[0], Layer.values()[0],
                themesByBody.getOrDefault(id, List.of()), Classification.UNCLASSIFIED, Governance.EMPTY);
        for (int i = 0; i < COLUMNS.size(); i++) {
            BodyField field = COLUMNS.get(i).field();
            Object value = value(rs, i + 2, field);
            if (field.isGovernance()) {
                governance.set(field, value);
            } else {
                body = body.with(field, value);
            }
        }
        return body.withGovernance(governance.build());
    }

    private static Object value(ResultSet rs, int column, BodyField field) throws SQLException {
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> rs.getString(column);
            case PERSON, ORGANISATION -> {
                long value = rs.getLong(column);
                yield rs.wasNull() ? null : value;
            }
            case MONEY -> {
                long value = rs.getLong(column);
                yield rs.wasNull() ? null : new Money(value);
            }
            case DATE -> rs.getObject(column, LocalDate.class);
            case YES_NO -> {
                boolean value = rs.getBoolean(column);
                yield rs.wasNull() ? null : value;
            }
            case CHOICE -> choice(field, rs.getString(column));
            case THEMES -> throw new IllegalStateException("themes are not a column of the body table");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object choice(BodyField field, String value) {
        return value == null ? null : Enum.valueOf((Class) field.choices(), value);
    }
}
