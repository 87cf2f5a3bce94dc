package org.partnershipatlas.model;

import java.util.Locale;

/** Turns enum constants into the words a council officer reads, so that enums need no label tables. */
public final class Labels {
    private Labels() {
    }

    /** {@code WORKING_GROUP} becomes "Working group". */
    public static String humanise(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Whether {@code text} names the constant: its label, its label without a bracket ("Council
     * contribution" for "Council contribution (a year)") or its name, whatever the case, and with
     * anything but letters and digits left out ("Sub-group", "sub group", "SUB_GROUP").
     */
    public static boolean matches(Enum<?> constant, String text) {
        if (text == null) {
            return false;
        }
        String wanted = loosely(text);
        String label = ((Labelled) constant).label();
        return loosely(label).equals(wanted) || loosely(label.replaceAll("\\s*\\(.*\\)$", "")).equals(wanted)
                || loosely(constant.name()).equals(wanted);
    }

    /** Lower-case letters and digits only, so "Sub-group", "SUB_GROUP" and "sub group" are one. */
    private static String loosely(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
