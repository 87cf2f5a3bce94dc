package org.partnershipatlas.model;

/** Small text rules shared by the records: blank means not recorded. */
public final class Text {
    private Text() {
    }

    public static String emptyToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
