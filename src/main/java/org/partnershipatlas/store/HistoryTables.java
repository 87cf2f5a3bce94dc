package org.partnershipatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Review;

/**
 * The file's own history: the audit lines written with each change, and the recorded reviews with
 * the structure each froze (decision record 20). The caller owns the transaction, so a change and
 * its lines are committed together or not at all.
 */
final class HistoryTables {
    private static final String INSERT = "INSERT INTO audit_entry (made_at, author, how, source, edit_label, "
            + "entity_kind, entity_id, body_id, entity_name, field, before_value, after_value) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "seq, made_at, author, how, source, edit_label, entity_kind, entity_id, "
            + "body_id, entity_name, field, before_value, after_value";

    private HistoryTables() {
    }

    static void insert(Connection c, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            int batched = 0;
            for (AuditEntry e : entries) {
                st.setTimestamp(1, Timestamp.valueOf(e.at()));
                st.setString(2, cut(e.author(), 500));
                st.setString(3, e.how().name());
                st.setString(4, cut(e.source(), 1000));
                st.setString(5, cut(e.editLabel(), 1000));
                st.setString(6, e.entityKind());
                setLong(st, 7, e.entityId());
                setLong(st, 8, e.bodyId());
                st.setString(9, cut(e.entityName(), 500));
                st.setString(10, cut(e.field(), 200));
                st.setString(11, cut(e.before(), 20000));
                st.setString(12, cut(e.after(), 20000));
                st.addBatch();
                if (++batched % 1000 == 0) {
                    st.executeBatch();
                }
            }
            st.executeBatch();
        }
    }

    /** The latest entries first, {@code limit} of them from {@code offset}, matching {@code filter}. */
    static List<AuditEntry> entries(Connection c, HistoryFilter filter, int offset, int limit) throws SQLException {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        List<AuditEntry> found = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?")) {
            int i = 1;
            for (Object value : values) {
                st.setObject(i++, value);
            }
            st.setInt(i++, limit);
            st.setInt(i, offset);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(entry(rs));
                }
            }
        }
        return found;
    }

    static int count(Connection c, HistoryFilter filter) throws SQLException {
        List<Object> values = new ArrayList<>();
        String where = where(filter, values);
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM audit_entry" + where)) {
            for (int i = 0; i < values.size(); i++) {
                st.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Everyone who has changed the file, in the order of their names. */
    static List<String> authors(Connection c) throws SQLException {
        List<String> authors = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT DISTINCT author FROM audit_entry ORDER BY author");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                authors.add(rs.getString(1));
            }
        }
        return authors;
    }

    private static String where(HistoryFilter filter, List<Object> values) {
        List<String> parts = new ArrayList<>();
        if (filter.bodyId() != null) {
            parts.add("body_id = ?");
            values.add(filter.bodyId());
        }
        if (filter.author() != null && !filter.author().isBlank()) {
            parts.add("author = ?");
            values.add(filter.author());
        }
        if (filter.since() != null) {
            parts.add("made_at >= ?");
            values.add(Timestamp.valueOf(filter.since().atStartOfDay()));
        }
        if (filter.until() != null) {
            parts.add("made_at < ?");
            values.add(Timestamp.valueOf(filter.until().plusDays(1).atStartOfDay()));
        }
        if (!filter.withMapMoves()) {
            parts.add("(entity_kind IS NULL OR entity_kind <> 'Map')");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long entityId = rs.getLong(8);
        Long entity = rs.wasNull() ? null : entityId;
        long bodyId = rs.getLong(9);
        Long body = rs.wasNull() ? null : bodyId;
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3),
                How.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), entity, body,
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }

    /** Every entry in the order written, for a copy of the file made by Save As. */
    static List<AuditEntry> all(Connection c) throws SQLException {
        List<AuditEntry> found = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                found.add(entry(rs));
            }
        }
        return found;
    }

    static void insertReview(Connection c, Review review, String snapshot) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO review (id, name, taken_on, note, recorded_by, "
                + "recorded_at, bodies, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, review.id());
            st.setString(2, review.name());
            st.setObject(3, review.takenOn());
            st.setString(4, review.note());
            st.setString(5, review.recordedBy());
            st.setTimestamp(6, Timestamp.valueOf(review.recordedAt()));
            st.setInt(7, review.bodies());
            st.setBytes(8, gzip(snapshot));
            st.executeUpdate();
        }
    }

    static List<Review> reviews(Connection c) throws SQLException {
        List<Review> reviews = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, name, taken_on, note, recorded_by, recorded_at, "
                + "bodies FROM review ORDER BY taken_on, recorded_at");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                reviews.add(new Review(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toLocalDateTime(), rs.getInt(7)));
            }
        }
        return reviews;
    }

    static String snapshot(Connection c, long reviewId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT snapshot FROM review WHERE id = ?")) {
            st.setLong(1, reviewId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? gunzip(rs.getBytes(1)) : null;
            }
        }
    }

    /** The highest review id, so a new one never reuses an id. */
    static long lastReviewId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM review");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Copies every review, snapshot and all, from one file's connection into another's. */
    static void copyReviews(Connection from, Connection to) throws SQLException {
        for (Review review : reviews(from)) {
            insertReview(to, review, snapshot(from, review.id()));
        }
    }

    static AuditEntry started(LocalDateTime at, String author, String label) {
        return new AuditEntry(0, at, author, How.START, null, label, null, null, null, null, null, null, null);
    }

    /** A review's text compressed: a 10,000-body structure is some 17 MB of JSON and 1.5 MB gzipped. */
    private static byte[] gzip(String text) throws SQLException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes, 1 << 16)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new SQLException("could not compress the review", e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] bytes) throws SQLException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(bytes), 1 << 16)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new SQLException("the review's text is damaged: " + e.getMessage(), e);
        }
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    private static String cut(String text, int most) {
        return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
