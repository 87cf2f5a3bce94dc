package org.partnershipatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.CommitteeMembership;
import org.partnershipatlas.model.Authority;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Person;
import org.partnershipatlas.model.PersonKind;
import org.partnershipatlas.model.Seat;
import org.partnershipatlas.model.SeatRole;
import org.partnershipatlas.model.Sector;
import org.partnershipatlas.model.Theme;

/** Reads a whole authority file into a model in one pass per table; the columns are those of the migrations. */
final class EntityReader {
    private final Connection connection;

    EntityReader(Connection connection) {
        this.connection = connection;
    }

    AuthorityModel read() throws SQLException {
        try (Statement st = connection.createStatement()) {
            AuthorityModel model;
            try (ResultSet rs = st.executeQuery("SELECT name, kind, period_start, period_end FROM authority")) {
                if (!rs.next()) {
                    throw new SQLException("the file holds no authority");
                }
                model = new AuthorityModel(new Authority(rs.getString(1), AuthorityKind.valueOf(rs.getString(2)),
                        date(rs, 3), date(rs, 4)));
            }
            List<Object> loaded = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, name FROM theme ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(new Theme(rs.getLong(1), rs.getString(2)));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT id, name, short_name, sector, is_council FROM organisation ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Sector.valueOf(rs.getString(4)), rs.getBoolean(5)));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT id, name, kind, title, organisation_id, email, phone, party FROM person ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(new Person(rs.getLong(1), rs.getString(2), PersonKind.valueOf(rs.getString(3)),
                            rs.getString(4), id(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            Map<Long, List<Long>> themesByBody = themesByBody(st);
            try (ResultSet rs = st.executeQuery("SELECT " + BodyColumns.NAMES + " FROM body ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(BodyColumns.read(rs, themesByBody));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT id, from_body_id, to_body_id, kind FROM accountability_line ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(new AccountabilityLine(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            LineKind.valueOf(rs.getString(4))));
                }
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT id, body_id, organisation_id, person_id, role, appointed_by, from_date, until_date, place, "
                            + "notes FROM seat ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(new Seat(rs.getLong(1), rs.getLong(2), id(rs, 3), id(rs, 4),
                            SeatRole.valueOf(rs.getString(5)), rs.getString(6), date(rs, 7), date(rs, 8),
                            rs.getString(9), rs.getString(10)));
                }
            }
            readSettings(st, loaded);
            try (ResultSet rs = st.executeQuery(
                    "SELECT id, person_id, committee FROM committee_membership ORDER BY id")) {
                while (rs.next()) {
                    loaded.add(new CommitteeMembership(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
            Map<Long, List<Long>> bodiesByAction = listsById(st,
                    "SELECT action_id, body_id FROM action_body ORDER BY action_id, position");
            try (ResultSet rs = st.executeQuery("SELECT id, description, owner, owner_id, target_date, status, "
                    + "source, finding_key, raised FROM action ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    loaded.add(new Action(id, rs.getString(2), ActionOwner.valueOf(rs.getString(3)), id(rs, 4),
                            date(rs, 5), ActionStatus.valueOf(rs.getString(6)), ActionSource.valueOf(rs.getString(7)),
                            bodiesByAction.getOrDefault(id, List.of()), rs.getString(8), date(rs, 9)));
                }
            }
            new ClassificationReader(st).read(loaded);
            readWorkshop(st, loaded);
            readCabinetPapers(st, loaded);
            model.load(loaded.stream().map(org.partnershipatlas.model.Entity.class::cast).toList());
            return model;
        }
    }

    private static void readSettings(Statement st, List<Object> loaded) throws SQLException {
        List<Long> tops = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT body_id FROM top_body ORDER BY position")) {
            while (rs.next()) {
                tops.add(rs.getLong(1));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT review_due_soon_days, max_seats, max_chairs, meeting_minutes, "
                + "preparation_minutes, officer_rate_p, councillor_rate_p, partner_rate_p FROM authority_settings")) {
            if (rs.next()) {
                loaded.add(new AuthoritySettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), tops, rs.getInt(4),
                        rs.getInt(5), money(rs, 6), money(rs, 7), money(rs, 8)));
            }
        }
    }

    private static Map<Long, List<Long>> themesByBody(Statement st) throws SQLException {
        return listsById(st, "SELECT body_id, theme_id FROM body_theme ORDER BY body_id, position");
    }

    private static Map<Long, List<Long>> listsById(Statement st, String sql) throws SQLException {
        Map<Long, List<Long>> result = new HashMap<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return result;
    }

    private static Long id(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : new Money(value);
    }

    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static void readCabinetPapers(Statement st, List<Object> loaded) throws SQLException {
        Map<org.partnershipatlas.model.ReportText, String> texts = new java.util.EnumMap<>(
                org.partnershipatlas.model.ReportText.class);
        try (ResultSet rs = st.executeQuery("SELECT section, text FROM report_text")) {
            while (rs.next()) {
                texts.put(choice(org.partnershipatlas.model.ReportText.class, rs, 1), rs.getString(2));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT committee, meeting_date, reference, report_of, contact_officer, "
                + "contact_details FROM cabinet_papers")) {
            if (rs.next()) {
                loaded.add(new org.partnershipatlas.model.CabinetPapers(rs.getString(1), date(rs, 2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), texts));
            } else if (!texts.isEmpty()) {
                loaded.add(org.partnershipatlas.model.CabinetPapers.NONE.withMeeting(null, null, null, null, null, null)
                        .withTexts(texts));
            }
        }
    }

    private static void readWorkshop(Statement st, List<Object> loaded) throws SQLException {
        List<org.partnershipatlas.model.WorkshopStep> steps = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT kind, theme_id, notes FROM workshop_step ORDER BY position")) {
            while (rs.next()) {
                steps.add(new org.partnershipatlas.model.WorkshopStep(
                        org.partnershipatlas.model.WorkshopStep.Kind.valueOf(rs.getString(1)), id(rs, 2),
                        rs.getString(3)));
            }
        }
        loaded.add(new org.partnershipatlas.model.WorkshopPlan(steps));
        try (ResultSet rs = st.executeQuery("SELECT id, body_id, text, taken FROM workshop_note ORDER BY id")) {
            while (rs.next()) {
                loaded.add(new org.partnershipatlas.model.WorkshopNote(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        date(rs, 4)));
            }
        }
    }
}
