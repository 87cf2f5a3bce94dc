package org.partnershipatlas.model;

/** Small text rules shared by the records: blank means not recorded. */
public final class Text {
    private Text() {
    }

    /** "1 line", "2 lines", "0 lines": a count with the word that fits it. */
    public static String count(long n, String one, String many) {
        return String.format(java.util.Locale.UK, "%,d", n) + " " + (n == 1 ? one : many);
    }

    public static String emptyToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
