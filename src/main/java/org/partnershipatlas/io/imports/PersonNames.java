package org.partnershipatlas.io.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers write a person with their job title in the same cell: "Sam Patel, Director (Place)",
 * "Jo Bloggs – Head of Policy". The name is the person; the rest is their job title, so the same
 * person written with and without a title is one person.
 */
public final class PersonNames {
    /** A name and the job title written after it, or null when there is none. */
    public record Named(String name, String title) {
    }

    private static final Pattern WITH_TITLE = Pattern.compile("^(.+?)\\s*(?:,|\\s[–—-]\\s)\\s*(\\p{Lu}.*)$");

    private PersonNames() {
    }

    public static Named split(String text) {
        String cell = text == null ? "" : text.strip();
        Matcher matcher = WITH_TITLE.matcher(cell);
        if (matcher.matches() && matcher.group(1).strip().contains(" ")) {
            return new Named(matcher.group(1).strip(), matcher.group(2).strip());
        }
        return new Named(cell, null);
    }
}
