package org.partnershipatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.Theme;

/**
 * Writes changes as rows: an entity after a change is MERGEd by id, a deleted one is DELETEd. The
 * caller owns the transaction. Statements are prepared once per connection, which keeps one edit
 * well under a millisecond of SQL.
 */
final class EntityWriter {

    /**
     * Where the rows of an entity go: into the database, or into a {@link ContentDigest}. Columns added
     * after the checksum was first kept are written by a second statement only when they hold
     * something, and cleared by a housekeeping statement the checksum does not count, so a file's
     * checksum stays the same across the upgrade that adds them.
     */
    @FunctionalInterface
    interface RowSink {
        void row(String sql, Object[] values) throws SQLException;

        /** A statement that writes nothing a reader would see as content; counted by no checksum. */
        default void housekeeping(String sql, Object[] values) throws SQLException {
            row(sql, values);
        }
    }

    private final Connection connection;
    private final RowSink sink;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    EntityWriter(Connection connection) {
        this(connection, false);
    }

    /**
     * A writer into a file being made, which holds nothing yet: the statements that clear what an
     * earlier version of a row held (housekeeping, a body's old themes) have nothing to clear, and
     * are not run. Making a 10,000-body file runs some 40,000 fewer statements.
     */
    static EntityWriter forNewFile(Connection connection) {
        return new EntityWriter(connection, true);
    }

    private EntityWriter(Connection connection, boolean newFile) {
        this.connection = connection;
        this.sink = !newFile ? this::execute : new RowSink() {
            @Override
            public void row(String sql, Object[] values) throws SQLException {
                if (!sql.startsWith("DELETE ")) {
                    execute(sql, values);
                }
            }

            @Override
            public void housekeeping(String sql, Object[] values) {
                // a new file's columns are empty already
            }
        };
    }

    /** A writer that runs no SQL but hands every row it would write to {@code sink}. */
    EntityWriter(RowSink sink) {
        this.connection = null;
        this.sink = sink;
    }

    void write(Change change) throws SQLException {
        if (change.isDelete()) {
            delete(change.before());
        } else {
            merge(change.after());
        }
    }

    void merge(Entity entity) throws SQLException {
        if (entity instanceof Body b) {
            mergeBody(b);
        } else if (entity instanceof Seat s) {
            run("MERGE INTO seat (id, body_id, organisation_id, person_id, role) KEY (id) VALUES (?, ?, ?, ?, ?)",
                    s.id(), s.bodyId(), s.organisationId(), s.personId(), s.role());
            if (s.appointedBy() != null || s.from() != null || s.until() != null) {
                run("UPDATE seat SET appointed_by = ?, from_date = ?, until_date = ? WHERE id = ?", s.appointedBy(),
                        s.from(), s.until(), s.id());
            } else {
                housekeeping("UPDATE seat SET appointed_by = NULL, from_date = NULL, until_date = NULL WHERE id = ?",
                        s.id());
            }
            // schema 8's columns by a statement of their own, so a file's checksum stays the same across its upgrade
            if (s.place() != null || s.notes() != null) {
                run("UPDATE seat SET place = ?, notes = ? WHERE id = ?", s.place(), s.notes(), s.id());
            } else {
                housekeeping("UPDATE seat SET place = NULL, notes = NULL WHERE id = ?", s.id());
            }
        } else if (entity instanceof AccountabilityLine l) {
            run("MERGE INTO accountability_line (id, from_body_id, to_body_id, kind) KEY (id) VALUES (?, ?, ?, ?)",
                    l.id(), l.fromBodyId(), l.toBodyId(), l.kind());
        } else if (entity instanceof Organisation o) {
            run("MERGE INTO organisation (id, name, short_name, sector) KEY (id) VALUES (?, ?, ?, ?)",
                    o.id(), o.name(), o.shortName(), o.sector());
            if (o.council()) {
                run("UPDATE organisation SET is_council = TRUE WHERE id = ?", o.id());
            } else {
                housekeeping("UPDATE organisation SET is_council = FALSE WHERE id = ?", o.id());
            }
        } else if (entity instanceof Person p) {
            run("MERGE INTO person (id, name, kind, title, organisation_id, email, phone) KEY (id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    p.id(), p.name(), p.kind(), p.title(), p.organisationId(), p.email(), p.phone());
            if (p.party() != null) {
                run("UPDATE person SET party = ? WHERE id = ?", p.party(), p.id());
            } else {
                housekeeping("UPDATE person SET party = NULL WHERE id = ?", p.id());
            }
        } else if (entity instanceof Theme t) {
            run("MERGE INTO theme (id, name) KEY (id) VALUES (?, ?)", t.id(), t.name());
        } else if (entity instanceof org.partnershipatlas.model.Action a) {
            run("MERGE INTO action (id, description, owner, owner_id, target_date, status, source, finding_key, "
                    + "raised) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.description(), a.owner(),
                    a.ownerId(), a.targetDate(), a.status(), a.source(), a.findingKey(), a.raised());
            run("DELETE FROM action_body WHERE action_id = ?", a.id());
            for (int i = 0; i < a.bodyIds().size(); i++) {
                run("INSERT INTO action_body (action_id, position, body_id) VALUES (?, ?, ?)", a.id(), i,
                        a.bodyIds().get(i));
            }
        } else if (entity instanceof org.partnershipatlas.model.CommitteeMembership m) {
            run("MERGE INTO committee_membership (id, person_id, committee) KEY (id) VALUES (?, ?, ?)",
                    m.id(), m.personId(), m.committee());
        } else if (entity instanceof org.partnershipatlas.model.AuthoritySettings s) {
            run("MERGE INTO authority_settings (id, review_due_soon_days, max_seats, max_chairs, meeting_minutes, "
                    + "preparation_minutes, officer_rate_p, councillor_rate_p, partner_rate_p) KEY (id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.reviewDueSoonDays(), s.maxSeats(),
                    s.maxChairs(), s.meetingMinutes(), s.preparationMinutes(), s.officerHourlyRate(),
                    s.councillorHourlyRate(), s.partnerHourlyRate());
            run("DELETE FROM top_body");
            for (int i = 0; i < s.topBodyIds().size(); i++) {
                run("INSERT INTO top_body (position, body_id) VALUES (?, ?)", i, s.topBodyIds().get(i));
            }
        } else if (entity instanceof org.partnershipatlas.model.ClassificationDecision d) {
            run("MERGE INTO classification_decision (id, body_id, proposed, decided, rationale, decided_by, decided_on) "
                    + "KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)", d.id(), d.bodyId(), d.proposed(), d.decided(),
                    d.rationale(), d.decidedBy(), d.decidedOn());
            run("DELETE FROM decision_answer WHERE decision_id = ?", d.id());
            for (var answer : d.answers().entrySet()) {
                run("INSERT INTO decision_answer (decision_id, test, answer, note) VALUES (?, ?, ?, ?)", d.id(),
                        answer.getKey(), answer.getValue(), d.notes().get(answer.getKey()));
            }
        } else if (entity instanceof org.partnershipatlas.model.SignificanceJudgement j) {
            run("MERGE INTO significance_judgement (id, body_id) KEY (id) VALUES (?, ?)", j.id(), j.bodyId());
            run("DELETE FROM significance_judged WHERE judgement_id = ?", j.id());
            for (var criterion : j.met()) {
                run("INSERT INTO significance_judged (judgement_id, criterion) VALUES (?, ?)", j.id(), criterion);
            }
        } else if (entity instanceof org.partnershipatlas.model.SignificanceScheme s) {
            run("MERGE INTO significance_scheme (id, contribution_threshold_p, pass_mark) KEY (id) VALUES (?, ?, ?)",
                    s.id(), s.contributionThreshold(), s.passMark());
            run("DELETE FROM significance_weight");
            for (var weight : s.weights().entrySet()) {
                run("INSERT INTO significance_weight (criterion, weight) VALUES (?, ?)", weight.getKey(),
                        weight.getValue());
            }
        } else if (entity instanceof org.partnershipatlas.model.MapPosition p) {
            run("MERGE INTO body_position (id, body_id, x, y, pinned) KEY (id) VALUES (?, ?, ?, ?, ?)", p.id(),
                    p.bodyId(), p.x(), p.y(), p.pinned());
        } else if (entity instanceof org.partnershipatlas.model.WorkshopPlan plan) {
            run("DELETE FROM workshop_step");
            for (int i = 0; i < plan.steps().size(); i++) {
                var step = plan.steps().get(i);
                run("INSERT INTO workshop_step (position, kind, theme_id, notes) VALUES (?, ?, ?, ?)", i, step.kind(),
                        step.themeId(), step.notes());
            }
        } else if (entity instanceof org.partnershipatlas.model.CabinetPapers c) {
            run("MERGE INTO cabinet_papers (id, committee, meeting_date, reference, report_of, contact_officer, "
                    + "contact_details) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)", c.id(), c.committee(), c.meetingDate(),
                    c.reference(), c.reportOf(), c.contactOfficer(), c.contactDetails());
            run("DELETE FROM report_text");
            for (var text : c.texts().entrySet()) {
                run("INSERT INTO report_text (section, text) VALUES (?, ?)", text.getKey(), text.getValue());
            }
        } else if (entity instanceof org.partnershipatlas.model.WorkshopNote n) {
            run("MERGE INTO workshop_note (id, body_id, text, taken) KEY (id) VALUES (?, ?, ?, ?)", n.id(), n.bodyId(),
                    n.text(), n.taken());
        } else if (entity instanceof Authority a) {
            run("MERGE INTO authority (id, name, kind, period_start, period_end) KEY (id) VALUES (?, ?, ?, ?, ?)",
                    Authority.ID, a.name(), a.kind(), a.periodStart(), a.periodEnd());
        } else {
            throw new IllegalArgumentException("cannot save " + entity.describe() + ": no table holds it");
        }
    }

    void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }

    private void delete(Entity entity) throws SQLException {
        if (entity instanceof Body b) {
            run("DELETE FROM body_theme WHERE body_id = ?", b.id());
        }
        if (entity instanceof org.partnershipatlas.model.Action a) {
            run("DELETE FROM action_body WHERE action_id = ?", a.id());
        }
        if (entity instanceof org.partnershipatlas.model.ClassificationDecision d) {
            run("DELETE FROM decision_answer WHERE decision_id = ?", d.id());
        }
        if (entity instanceof org.partnershipatlas.model.SignificanceJudgement j) {
            run("DELETE FROM significance_judged WHERE judgement_id = ?", j.id());
        }
        run("DELETE FROM " + table(entity) + " WHERE id = ?", entity.id());
    }

    private void mergeBody(Body b) throws SQLException {
        run(BodyColumns.MERGE, BodyColumns.values(b));
        run("DELETE FROM body_theme WHERE body_id = ?", b.id());
        List<Long> themes = b.themeIds();
        for (int i = 0; i < themes.size(); i++) {
            run("INSERT INTO body_theme (body_id, position, theme_id) VALUES (?, ?, ?)", b.id(), i, themes.get(i));
        }
    }

    private void run(String sql, Object... values) throws SQLException {
        sink.row(sql, values);
    }

    private void housekeeping(String sql, Object... values) throws SQLException {
        sink.housekeeping(sql, values);
    }

    private void execute(String sql, Object[] values) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < values.length; i++) {
            bind(statement, i + 1, values[i]);
        }
        statement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof Money m) {
            statement.setLong(index, m.pence());
        } else if (value instanceof LocalDate d) {
            statement.setObject(index, d);
        } else {
            statement.setObject(index, value);
        }
    }

    private static String table(Entity entity) {
        if (entity instanceof Body) {
            return "body";
        } else if (entity instanceof Seat) {
            return "seat";
        } else if (entity instanceof AccountabilityLine) {
            return "accountability_line";
        } else if (entity instanceof Organisation) {
            return "organisation";
        } else if (entity instanceof Person) {
            return "person";
        } else if (entity instanceof Theme) {
            return "theme";
        } else if (entity instanceof org.partnershipatlas.model.Action) {
            return "action";
        } else if (entity instanceof org.partnershipatlas.model.CommitteeMembership) {
            return "committee_membership";
        } else if (entity instanceof org.partnershipatlas.model.ClassificationDecision) {
            return "classification_decision";
        } else if (entity instanceof org.partnershipatlas.model.SignificanceJudgement) {
            return "significance_judgement";
        } else if (entity instanceof org.partnershipatlas.model.MapPosition) {
            return "body_position";
        } else if (entity instanceof org.partnershipatlas.model.WorkshopNote) {
            return "workshop_note";
        }
        throw new IllegalArgumentException("cannot delete " + entity.describe());
    }
}
