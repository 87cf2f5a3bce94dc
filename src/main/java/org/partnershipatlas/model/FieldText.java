package org.partnershipatlas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what someone typed into a register cell, or wrote in a table of edits for the command line,
 * into the field's value: names into people and
 * organisations, "£10,000" into money, "31/03/2026" into a date, labels into choices. Anything it
 * cannot read is refused with a message naming the text and the field.
 */
public final class FieldText {
    private FieldText() {
    }

    public static Object parse(AuthorityModel model, BodyField field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return field.type() == FieldType.THEMES ? List.of() : null;
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> text;
            case MONEY -> Money.parse(text);
            case DATE -> TypedDates.parse(text);
            case PERSON -> model.people().stream().filter(p -> p.name().equalsIgnoreCase(text)).map(Person::id)
                    .findFirst().orElseThrow(() -> refuse(text, field, "is not a person on the map"));
            case ORGANISATION -> model.organisations().stream().filter(o -> o.name().equalsIgnoreCase(text))
                    .map(Organisation::id).findFirst()
                    .orElseThrow(() -> refuse(text, field, "is not an organisation on the map"));
            case YES_NO -> {
                if (text.equalsIgnoreCase("yes")) {
                    yield Boolean.TRUE;
                }
                if (text.equalsIgnoreCase("no")) {
                    yield Boolean.FALSE;
                }
                throw refuse(text, field, "is not yes or no");
            }
            case CHOICE -> {
                for (Enum<?> constant : field.choices().getEnumConstants()) {
                    if (Labels.matches(constant, text)) {
                        yield constant;
                    }
                }
                throw refuse(text, field, "is not one of the choices");
            }
            case THEMES -> {
                List<Long> ids = new ArrayList<>();
                for (String name : text.split(",")) {
                    String wanted = name.strip();
                    ids.add(model.themes().stream().filter(t -> t.name().equalsIgnoreCase(wanted)).map(Theme::id)
                            .findFirst().orElseThrow(() -> refuse(wanted, field, "is not one of the themes")));
                }
                yield ids;
            }
        };
    }

    /** The names a drop-down cell offers for the field, "" first where it may be empty. */
    public static List<String> choices(AuthorityModel model, BodyField field) {
        List<String> choices = new ArrayList<>();
        if (!field.required()) {
            choices.add("");
        }
        switch (field.type()) {
            case PERSON -> model.people().stream().map(Person::name).sorted().forEach(choices::add);
            case ORGANISATION -> model.organisations().stream().map(Organisation::name).sorted().forEach(choices::add);
            case YES_NO -> choices.addAll(List.of("Yes", "No"));
            case CHOICE -> {
                for (Enum<?> constant : field.choices().getEnumConstants()) {
                    choices.add(((Labelled) constant).label());
                }
            }
            default -> {
                return List.of();
            }
        }
        return choices;
    }

    private static IllegalArgumentException refuse(String text, BodyField field, String why) {
        return new IllegalArgumentException(field.label() + ": \"" + text + "\" " + why);
    }
}
