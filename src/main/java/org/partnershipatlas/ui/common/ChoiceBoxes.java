package org.partnershipatlas.ui.common;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;

/**
 * A form's drop-down that saves the value chosen and, when the model refuses it, shows the value it
 * had again, so a drop-down never shows what is not saved. The inspector and the people and
 * organisation forms use it alike.
 */
public final class ChoiceBoxes {
    private ChoiceBoxes() {
    }

    /**
     * @param idle true while the form is filling its fields or has nothing chosen: nothing is saved then
     * @param take saves a chosen value, false when it was refused
     */
    public static ComboBox<Choice> saving(BooleanSupplier idle, Predicate<Object> take) {
        ComboBox<Choice> combo = new ComboBox<>();
        combo.setVisibleRowCount(14);
        boolean[] reverting = {false};
        combo.valueProperty().addListener((o, was, now) -> {
            if (!reverting[0] && !idle.getAsBoolean() && now != null && !take.test(now.value())) {
                reverting[0] = true;
                combo.setValue(was);
                reverting[0] = false;
            }
        });
        return combo;
    }
}
