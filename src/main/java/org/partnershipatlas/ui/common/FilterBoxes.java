package org.partnershipatlas.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.partnershipatlas.model.Theme;

/**
 * Drop-downs that filter a view, with an "All ..." choice first (null) shown by name, so every filter
 * in the window reads and behaves alike.
 */
public final class FilterBoxes {
    private FilterBoxes() {
    }

    /** A filter over fixed choices; the empty choice stands for all of them. */
    public static <T> ComboBox<T> choice(String id, String all, ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(items);
        if (!items.contains(null)) {
            combo.getItems().add(0, null);
        }
        combo.setId(id);
        combo.setPromptText(all);
        combo.setAccessibleText(all);
        combo.setConverter(Converters.showing(label));
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? all : label.apply(item));
            }
        });
        return combo;
    }

    /** A theme filter whose list is read afresh each time it opens, as themes change with the document. */
    public static ComboBox<Theme> themes(String id, Supplier<List<Theme>> themes, Property<Theme> chosen) {
        ComboBox<Theme> theme = choice(id, "All themes", FXCollections.observableArrayList(), Theme::name);
        theme.setOnShowing(e -> {
            Theme current = theme.getValue();
            List<Theme> items = new ArrayList<>();
            items.add(null);
            items.addAll(themes.get());
            theme.getItems().setAll(items);
            theme.setValue(current);
        });
        theme.valueProperty().bindBidirectional(chosen);
        return theme;
    }
}
