package org.partnershipatlas.model;

import java.time.LocalDateTime;

/**
 * One line of the file's history: who made which change, when, how, and what it was, field by field
 * ("Chair" from "Cllr A" to "Cllr B"). A created or deleted thing has one line with no field. The
 * body id lets a body's own history be found, whichever of its seats, lines or decisions changed.
 *
 * @param seq    the order in which lines were written, 0 for one not yet written
 * @param source for an import, the file imported; else empty
 */
public record AuditEntry(long seq, LocalDateTime at, String author, How how, String source, String editLabel,
                         String entityKind, Long entityId, Long bodyId, String entityName, String field,
                         String before, String after) {
    public AuditEntry {
        author = author == null || author.isBlank() ? "unknown" : author.strip();
        source = Text.emptyToNull(source);
    }

    /** What changed, in a sentence: "Chair: Cllr A → Cllr B", "created", "deleted". */
    public String what() {
        if (field == null) {
            return before == null && after != null ? "created" : after == null && before != null ? "deleted"
                    : editLabel;
        }
        return field + ": " + (before == null || before.isEmpty() ? "(empty)" : before) + " → "
                + (after == null || after.isEmpty() ? "(empty)" : after);
    }
}
