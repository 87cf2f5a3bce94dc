package org.partnershipatlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.ClassificationDecision;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.PartnershipTest;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceJudgement;
import org.partnershipatlas.model.SignificanceScheme;

/** Reads classification decisions, the significance scheme and judgements (schema 4), map positions (5). */
final class ClassificationReader {
    private final Statement st;

    ClassificationReader(Statement st) {
        this.st = st;
    }

    void read(List<Object> loaded) throws SQLException {
        Map<Long, Map<PartnershipTest, Answer>> answers = new HashMap<>();
        Map<Long, Map<PartnershipTest, String>> notes = new HashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT decision_id, test, answer, note FROM decision_answer")) {
            while (rs.next()) {
                PartnershipTest test = PartnershipTest.valueOf(rs.getString(2));
                answers.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PartnershipTest.class))
                        .put(test, Answer.valueOf(rs.getString(3)));
                if (rs.getString(4) != null) {
                    notes.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(PartnershipTest.class))
                            .put(test, rs.getString(4));
                }
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT id, body_id, proposed, decided, rationale, decided_by, decided_on "
                + "FROM classification_decision ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String proposed = rs.getString(3);
                loaded.add(new ClassificationDecision(id, rs.getLong(2), answers.get(id), notes.get(id),
                        proposed == null ? null : Classification.valueOf(proposed),
                        Classification.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class)));
            }
        }
        Map<SignificanceCriterion, Integer> weights = new EnumMap<>(SignificanceCriterion.class);
        try (ResultSet rs = st.executeQuery("SELECT criterion, weight FROM significance_weight")) {
            while (rs.next()) {
                weights.put(SignificanceCriterion.valueOf(rs.getString(1)), rs.getInt(2));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT contribution_threshold_p, pass_mark FROM significance_scheme")) {
            if (rs.next()) {
                loaded.add(new SignificanceScheme(new Money(rs.getLong(1)), weights, rs.getInt(2)));
            }
        }
        Map<Long, Set<SignificanceCriterion>> judged = new HashMap<>();
        try (ResultSet rs = st.executeQuery("SELECT judgement_id, criterion FROM significance_judged")) {
            while (rs.next()) {
                judged.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(SignificanceCriterion.class))
                        .add(SignificanceCriterion.valueOf(rs.getString(2)));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT id, body_id, x, y, pinned FROM body_position ORDER BY id")) {
            while (rs.next()) {
                loaded.add(new org.partnershipatlas.model.MapPosition(rs.getLong(1), rs.getLong(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getBoolean(5)));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT id, body_id FROM significance_judgement ORDER BY id")) {
            while (rs.next()) {
                loaded.add(new SignificanceJudgement(rs.getLong(1), rs.getLong(2), judged.get(rs.getLong(1))));
            }
        }
    }
}
