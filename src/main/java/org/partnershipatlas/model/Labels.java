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

    /** Finds the constant whose label or name matches, ignoring case; null when none does. */
    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.label().equalsIgnoreCase(wanted) || constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }
}
