package org.partnershipatlas.model;

/** A theme of the partnership (community safety, health and wellbeing...); each authority keeps its own list. */
public record Theme(long id, String name) implements Entity {
    public Theme {
        name = name == null ? "" : name.strip();
    }

    @Override
    public String describe() {
        return "the theme \"" + name + "\"";
    }
}
