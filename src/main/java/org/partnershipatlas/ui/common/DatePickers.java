package org.partnershipatlas.ui.common;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that read and show dates as a council writes them (dd/mm/yyyy, "31 March 2027"), the
 * same in every form. A date that cannot be read keeps the picker's value and says why.
 */
public final class DatePickers {
    private DatePickers() {
    }

    /**
     * @param refused told why a typed date cannot be read, and "" when one could
     */
    public static DatePicker create(String id, String prompt, Consumer<String> refused) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = Formats.parseDate(text);
                    refused.accept("");
                    return date;
                } catch (IllegalArgumentException e) {
                    refused.accept(e.getMessage());
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    /** Takes a date typed but not yet committed with Enter, as when Save is pressed or the field is left. */
    public static void takeTyped(DatePicker picker) {
        String typed = picker.getEditor().getText();
        picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed));
    }
}
