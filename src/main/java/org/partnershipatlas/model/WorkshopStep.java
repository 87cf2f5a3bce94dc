package org.partnershipatlas.model;

/**
 * One step of a partnership workshop as the facilitator planned it: the overview of the whole
 * structure, one theme (its partnerships, sub-groups, networks and the organisations at the table),
 * or the governance findings; with the facilitator's own notes for it, shown on the presenter view.
 *
 * @param themeId the theme, for a {@link Kind#THEME} step; else null
 */
public record WorkshopStep(Kind kind, Long themeId, String notes) {
    /** What a step shows. */
    public enum Kind implements Labelled {
        OVERVIEW,
        THEME,
        FINDINGS
    }

    public WorkshopStep {
        java.util.Objects.requireNonNull(kind, "kind");
        if (kind == Kind.THEME && themeId == null) {
            throw new IllegalArgumentException("a theme step needs its theme");
        }
        themeId = kind == Kind.THEME ? themeId : null;
        notes = notes == null ? "" : notes.strip();
    }

    public static WorkshopStep overview() {
        return new WorkshopStep(Kind.OVERVIEW, null, "");
    }

    public static WorkshopStep theme(long themeId) {
        return new WorkshopStep(Kind.THEME, themeId, "");
    }

    public static WorkshopStep findings() {
        return new WorkshopStep(Kind.FINDINGS, null, "");
    }

    public WorkshopStep withNotes(String newNotes) {
        return new WorkshopStep(kind, themeId, newNotes);
    }

    /** True when both steps show the same thing (whatever their notes). */
    public boolean sameAs(WorkshopStep other) {
        return kind == other.kind && java.util.Objects.equals(themeId, other.themeId);
    }
}
