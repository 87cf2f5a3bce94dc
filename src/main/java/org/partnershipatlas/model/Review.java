package org.partnershipatlas.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A recorded annual review: the name cabinet knows it by ("Review 2026/27"), the day it describes,
 * a note, who recorded it and when, and how many bodies it holds. The structure it froze is kept
 * with it in the file and read only when asked for.
 */
public record Review(long id, String name, LocalDate takenOn, String note, String recordedBy,
                     LocalDateTime recordedAt, int bodies) {
    public Review {
        name = name == null ? "" : name.strip();
        note = Text.emptyToNull(note);
    }
}
