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
        return FORMS.computeIfAbsent(constant, Labels::forms).contains(loosely(text));
    }

    /** A constant's label, its label without a bracketed ending, and its name, each loosely written. */
    private static java.util.Set<String> forms(Enum<?> constant) {
        String label = ((Labelled) constant).label();
        return java.util.stream.Stream.of(loosely(label), loosely(label.replaceAll("\\s*\\(.*\\)$", "")),
                loosely(constant.name())).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The forms of each constant, worked out once: an import matches a choice on every row. */
    private static final java.util.Map<Enum<?>, java.util.Set<String>> FORMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Lower-case letters and digits only, so "Sub-group", "SUB_GROUP" and "sub group" are one. */
    private static String loosely(String text) {
        StringBuilder loose = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                loose.append(c);
            }
        }
        return loose.toString();
    }
}
