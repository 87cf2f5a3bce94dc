package org.partnershipatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A board, themed partnership, sub-group, task group, network or forum: the nodes of the map.
 * {@code themeIds} keeps the user's order; the first theme is the body's main one.
 */
public record Body(long id, String name, String shortName, BodyKind kind, Layer layer, List<Long> themeIds,
                   Classification classification, Governance governance) implements Entity {
    public Body {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(classification, "classification");
        name = name == null ? "" : name.strip();
        shortName = Text.emptyToNull(shortName);
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        governance = governance == null ? Governance.EMPTY : governance;
    }

    /** A new body with nothing but its name, kind and layer recorded. */
    public static Body create(long id, String name, BodyKind kind, Layer layer) {
        return new Body(id, name, null, kind, layer, List.of(), Classification.UNCLASSIFIED, Governance.EMPTY);
    }

    @Override
    public String describe() {
        return "\"" + name + "\"";
    }

    /** The short name when there is one, else the name. */
    public String displayName() {
        return shortName != null ? shortName : name;
    }

    public Body withName(String newName) {
        return new Body(id, newName, shortName, kind, layer, themeIds, classification, governance);
    }

    public Body withGovernance(Governance newGovernance) {
        return new Body(id, name, shortName, kind, layer, themeIds, classification, newGovernance);
    }

    /** This body with one field changed, whichever field it is. */
    public Body with(BodyField field, Object value) {
        return field.apply(this, value);
    }
}
