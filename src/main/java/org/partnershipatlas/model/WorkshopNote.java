package org.partnershipatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the room said about a body during a partnership workshop, typed by the facilitator without
 * leaving the presentation. Kept apart from the body's own notes so the workshop record can list
 * them, and dated so a later workshop's notes are told apart.
 */
public record WorkshopNote(long id, long bodyId, String text, LocalDate taken) implements Entity {
    public WorkshopNote {
        Objects.requireNonNull(taken, "taken");
        text = text == null ? "" : text.strip();
    }

    @Override
    public String describe() {
        return "the workshop note \"" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "\"";
    }
}
