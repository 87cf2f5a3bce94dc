package org.partnershipatlas.model;

import java.util.Map;

/**
 * What a piece of text in an authority may be: how long each field can be (the file's columns hold
 * no more), and that it holds no control characters (a NUL makes every XML export unreadable) and
 * that a name is more than invisible characters. The model refuses text that breaks these; an import
 * cleans control characters out with a warning and refuses the rest by row and column.
 */
public final class TextRules {
    public static final int NAME = 500;
    public static final int SHORT_NAME = 200;

    private static final Map<BodyField, Integer> BODY_FIELDS = Map.of(BodyField.NAME, NAME,
            BodyField.SHORT_NAME, SHORT_NAME, BodyField.PURPOSE, 4000, BodyField.TERMS_OF_REFERENCE, 1000,
            BodyField.STATUTORY_BASIS, 1000, BodyField.EXIT_STRATEGY, 4000, BodyField.SCRUTINY_COMMITTEE, 500,
            BodyField.NOTES, 20000);

    private TextRules() {
    }

    /** The most characters a body's text field holds, or no limit when the field is not text. */
    public static int limit(BodyField field) {
        return BODY_FIELDS.getOrDefault(field, Integer.MAX_VALUE);
    }

    /** True when the text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(TextRules::isControl);
    }

    /** The text with control characters other than tab and line breaks taken out. */
    public static String withoutControlCharacters(String text) {
        if (!hasControlCharacters(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.chars().filter(c -> !isControl(c)).forEach(c -> clean.append((char) c));
        return clean.toString();
    }

    /** True when nothing of the text would show: empty, spaces, or only zero-width and format characters. */
    public static boolean isInvisible(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL);
    }

    /**
     * Refuses text that is too long or holds control characters.
     *
     * @param what how to name the text in the message: "The name of \"Safer Northmoor\""
     */
    static void check(String what, String text, int limit) {
        if (text == null) {
            return;
        }
        if (text.length() > limit) {
            throw new ModelException(what + " is " + String.format("%,d", text.length()) + " characters long; it "
                    + "can hold at most " + String.format("%,d", limit));
        }
        if (hasControlCharacters(text)) {
            throw new ModelException(what + " holds a control character (such as NUL) that cannot be stored");
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || c == 0xfffe || c == 0xffff;
    }
}
