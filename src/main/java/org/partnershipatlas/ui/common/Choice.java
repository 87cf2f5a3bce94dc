package org.partnershipatlas.ui.common;

/** One entry of a drop-down: the stored value and what the user reads; null value means "not recorded". */
public record Choice(Object value, String label) {
    public static final Choice NONE = new Choice(null, "(not recorded)");

    @Override
    public String toString() {
        return label;
    }
}
