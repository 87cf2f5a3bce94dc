package org.partnershipatlas.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for drop-downs that show values but are never typed into. */
public final class Converters {
    private Converters() {
    }

    /** Shows each value with {@code label}; an empty slot shows as nothing. */
    public static <T> StringConverter<T> showing(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
