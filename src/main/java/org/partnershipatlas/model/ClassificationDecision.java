package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One decision on what a body is, kept for good: the six answers with their notes, what the
 * assistant proposed, what was decided, why, by whom and when. Someone will ask why; the history of
 * decisions answers them.
 */
public record ClassificationDecision(long id, long bodyId, Map<PartnershipTest, Answer> answers,
                                     Map<PartnershipTest, String> notes, Classification proposed,
                                     Classification decided, String rationale, String decidedBy,
                                     LocalDate decidedOn) implements Entity {
    public ClassificationDecision {
        Objects.requireNonNull(decided, "decided");
        Map<PartnershipTest, Answer> all = new EnumMap<>(PartnershipTest.class);
        for (PartnershipTest test : PartnershipTest.values()) {
            Answer answer = answers == null ? null : answers.get(test);
            all.put(test, answer == null ? Answer.NOT_KNOWN : answer);
        }
        answers = java.util.Collections.unmodifiableMap(all);
        Map<PartnershipTest, String> kept = new EnumMap<>(PartnershipTest.class);
        if (notes != null) {
            notes.forEach((test, note) -> {
                String text = Text.emptyToNull(note);
                if (text != null) {
                    kept.put(test, text);
                }
            });
        }
        notes = java.util.Collections.unmodifiableMap(kept);
        rationale = rationale == null ? "" : rationale.strip();
        decidedBy = decidedBy == null ? "" : decidedBy.strip();
    }

    @Override
    public String describe() {
        return "the classification decision of " + decidedOn;
    }
}
