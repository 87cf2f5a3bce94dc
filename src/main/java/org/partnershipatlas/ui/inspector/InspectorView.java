package org.partnershipatlas.ui.inspector;

import org.partnershipatlas.ui.common.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.FieldGroup;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Theme;

/**
 * The right panel: every field of the selected body, grouped as a council's partnership framework
 * groups them, each with an editor fit for its type and a line under it for what is wrong. Edits
 * are committed when the user presses Enter, picks a value, or leaves the field.
 */
public final class InspectorView extends ScrollPane {
    /** The property under which a text field keeps the text the inspector last put in it. */
    private static final String SHOWN = "atlas.shown";
    private final InspectorViewModel viewModel;
    private final java.time.Clock clock;
    private final Map<BodyField, Node> editors = new EnumMap<>(BodyField.class);
    private final Label heading = new Label("Select a body to see its details");
    private final Label oversight = new Label();
    private final Label notice = new Label();
    private final Label significance = new Label();
    private final Map<BodyField, Label> fieldLabels = new EnumMap<>(BodyField.class);
    private final Map<org.partnershipatlas.model.SignificanceCriterion, javafx.scene.control.CheckBox> judged =
            new java.util.EnumMap<>(org.partnershipatlas.model.SignificanceCriterion.class);
    private final Label structure = new Label();
    private final Label seats = new Label();
    private final VBox content = new VBox(8);
    private boolean updating;

    private final org.partnershipatlas.ui.seats.BodySeatsViewModel seatList;
    private final javafx.beans.property.BooleanProperty seatsLocked = new javafx.beans.property.SimpleBooleanProperty(true);

    private final java.util.function.LongConsumer addActionFor;

    /**
     * @param addActionFor opens a new action about the body with this id in the action plan
     */
    public InspectorView(InspectorViewModel viewModel, org.partnershipatlas.ui.seats.BodySeatsViewModel seatList,
                         java.util.function.LongConsumer addActionFor, java.time.Clock clock) {
        this.viewModel = viewModel;
        this.addActionFor = addActionFor;
        this.seatList = seatList;
        this.clock = clock;
        setId("inspector");
        setFitToWidth(true);
        setMinWidth(340);
        getStyleClass().add("inspector");
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        content.setPadding(new Insets(8));
        oversight.setId("oversight");
        oversight.setWrapText(true);
        oversight.getStyleClass().add("oversight");
        notice.setId("classification-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        content.getChildren().addAll(heading, oversight, notice);
        for (FieldGroup group : FieldGroup.values()) {
            content.getChildren().add(groupPane(group));
        }
        setContent(content);
        viewModel.bodyProperty().addListener((o, was, now) -> {
            saveTypedText(was);
            show(now);
        });
        show(viewModel.bodyProperty().get());
    }

    /**
     * Adds a collapsed section under the fields, such as the body's History, read only while it is
     * open.
     */
    public void addSection(String title, String id, Node body, javafx.beans.property.BooleanProperty open) {
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(title, body);
        pane.setId(id);
        pane.setExpanded(false);
        open.bind(pane.expandedProperty());
        content.getChildren().add(pane);
    }

    /** The editor of one field; tests and the accessibility tree find it by the id "field-NAME". */
    public Node editor(BodyField field) {
        return editors.get(field);
    }

    private TitledPane groupPane(FieldGroup group) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (BodyField field : BodyField.values()) {
            if (field.group() != group) {
                continue;
            }
            Node editor = createEditor(field);
            editor.setId("field-" + field.name());
            editor.setAccessibleText(field.label());
            editors.put(field, editor);
            Label label = new Label(field.label() + (field.required() ? " *" : ""));
            fieldLabels.put(field, label);
            label.setLabelFor(editor);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId("error-" + field.name());
            error.setWrapText(true);
            error.textProperty().bind(viewModel.errorProperty(field));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            viewModel.errorProperty(field).addListener((o, was, now) -> {
                editor.getStyleClass().remove("invalid");
                if (!now.isEmpty()) {
                    editor.getStyleClass().add("invalid");
                }
            });
            grid.add(label, 0, row);
            grid.add(editor, 1, row++);
            grid.add(error, 1, row++);
            if (editor instanceof javafx.scene.layout.Region region) {
                region.setMaxWidth(Double.MAX_VALUE);
            }
        }
        VBox box = new VBox(6, grid);
        if (group == FieldGroup.STRUCTURE) {
            structure.setWrapText(true);
            structure.setId("structure-lines");
            box.getChildren().add(0, structure);
        }
        if (group == FieldGroup.PEOPLE) {
            box.getChildren().add(seatsEditor());
        }
        if (group == FieldGroup.RISK) {
            significance.setId("significance");
            significance.setWrapText(true);
            VBox criteria = new VBox(4, significance);
            for (var criterion : org.partnershipatlas.model.SignificanceCriterion.values()) {
                if (!criterion.judged()) {
                    continue;
                }
                javafx.scene.control.CheckBox tick = new javafx.scene.control.CheckBox(criterion.label());
                tick.setId("judged-" + criterion.name());
                tick.setWrapText(true);
                tick.selectedProperty().addListener((o, was, now) -> {
                    if (!updating) {
                        viewModel.setJudged(criterion, now);
                    }
                });
                judged.put(criterion, tick);
                criteria.getChildren().add(tick);
            }
            box.getChildren().add(0, criteria);
        }
        if (group == FieldGroup.REVIEW_AND_SCRUTINY) {
            Label workshop = new Label();
            workshop.setId("workshop-lines");
            workshop.setWrapText(true);
            workshop.textProperty().bind(viewModel.workshopProperty());
            workshop.managedProperty().bind(workshop.textProperty().isNotEmpty());
            workshop.visibleProperty().bind(workshop.managedProperty());
            box.getChildren().add(workshop);
            Button reviewed = new Button("Record a review today");
            reviewed.setId("record-review");
            reviewed.setOnAction(e -> viewModel.recordReview(LocalDate.now(clock)));
            reviewed.disableProperty().bind(viewModel.bodyProperty().isNull().or(seatsLocked));
            Button action = new Button("Add action for this body");
            action.setId("inspector-add-action");
            action.setOnAction(e -> addActionFor.accept(viewModel.bodyProperty().get().id()));
            action.disableProperty().bind(seatsLocked);
            box.getChildren().add(new javafx.scene.layout.HBox(6, reviewed, action));
        }
        TitledPane pane = new TitledPane(group.label(), box);
        pane.setId("group-" + group.name());
        pane.setExpanded(true);
        return pane;
    }

    /** The body's seats, with Add, Change and Remove; Enter changes and Delete removes the chosen seat. */
    private Node seatsEditor() {
        seats.setText("Seats");
        javafx.scene.control.ListView<org.partnershipatlas.ui.seats.BodySeatsViewModel.Row> list =
                new javafx.scene.control.ListView<>(seatList.rows());
        list.setId("seat-list");
        list.setAccessibleText("Seats on this body");
        list.setPlaceholder(new Label("No seats yet: add who sits on this body."));
        list.setPrefHeight(150);
        list.setCellFactory(l -> {
            javafx.scene.control.ListCell<org.partnershipatlas.ui.seats.BodySeatsViewModel.Row> cell =
                    new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(org.partnershipatlas.ui.seats.BodySeatsViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.text());
                    setWrapText(true);
                    setPrefWidth(0);
                }
            };
            cell.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && cell.getItem() != null) {
                    seatList.edit(cell.getItem().seat());
                }
            });
            return cell;
        });
        Button add = new Button("Add seat…");
        add.setId("seat-add");
        add.setOnAction(e -> seatList.add());
        Button change = new Button("Change…");
        change.setId("seat-change");
        change.setOnAction(e -> seatList.edit(list.getSelectionModel().getSelectedItem().seat()));
        Button remove = new Button("Remove");
        remove.setId("seat-remove");
        remove.setOnAction(e -> seatList.remove(list.getSelectionModel().getSelectedItem().seat()));
        add.disableProperty().bind(seatsLocked);
        change.disableProperty().bind(seatsLocked.or(list.getSelectionModel().selectedItemProperty().isNull()));
        remove.disableProperty().bind(seatsLocked.or(list.getSelectionModel().selectedItemProperty().isNull()));
        list.setOnKeyPressed(e -> {
            var chosen = list.getSelectionModel().getSelectedItem();
            if (seatsLocked.get()) {
                return;
            }
            if (chosen != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                seatList.edit(chosen.seat());
            } else if (chosen != null && e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                seatList.remove(chosen.seat());
            }
        });
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(6, add, change, remove);
        return new VBox(4, seats, list, buttons);
    }

    private Node createEditor(BodyField field) {
        return switch (field.type()) {
            case TEXT, MONEY -> textEditor(field, new TextField());
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                yield textEditor(field, area);
            }
            case DATE -> dateEditor(field);
            case PERSON, ORGANISATION, CHOICE, YES_NO -> choiceEditor(field);
            case THEMES -> themesEditor();
        };
    }

    private Node textEditor(BodyField field, TextInputControl input) {
        Runnable commit = () -> {
            if (updating || viewModel.bodyProperty().get() == null) {
                return;
            }
            String text = input.getText();
            boolean ok = field.type() == org.partnershipatlas.model.FieldType.MONEY
                    ? viewModel.setMoney(field, text)
                    : viewModel.set(field, text == null || text.isBlank() ? null : text.strip());
            if (!ok && field.type() != org.partnershipatlas.model.FieldType.MONEY) {
                input.requestFocus();
            }
        };
        if (input instanceof TextField textField) {
            textField.setOnAction(e -> commit.run());
        }
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return input;
    }

    private Node dateEditor(BodyField field) {
        DatePicker picker = org.partnershipatlas.ui.common.DatePickers.create(null, "dd/mm/yyyy",
                why -> viewModel.errorProperty(field).set(why));
        picker.valueProperty().addListener((o, was, now) -> {
            if (!updating && viewModel.bodyProperty().get() != null && !viewModel.set(field, now)) {
                updating = true;
                picker.setValue(was);
                updating = false;
            }
        });
        return picker;
    }

    private Node choiceEditor(BodyField field) {
        return org.partnershipatlas.ui.common.ChoiceBoxes.saving(
                () -> updating || viewModel.bodyProperty().get() == null, value -> viewModel.set(field, value));
    }

    private Node themesEditor() {
        CheckComboBox<Theme> themes = new CheckComboBox<>();
        themes.setConverter(org.partnershipatlas.ui.common.Converters.showing(Theme::name));
        themes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Theme>) change -> {
            if (!updating && viewModel.bodyProperty().get() != null) {
                List<Long> ids = new ArrayList<>();
                for (Theme theme : themes.getCheckModel().getCheckedItems()) {
                    if (theme != null) {
                        ids.add(theme.id());
                    }
                }
                viewModel.set(BodyField.THEMES, ids);
            }
        });
        return themes;
    }

    /**
     * Saves what is typed in a field that still has the focus: called before a menu, a shortcut, a
     * tab or closing the window takes the user elsewhere, so that nothing typed is lost.
     */
    /** Puts the keyboard in the inspector's first field, for Enter on the map. */
    public void focusFirstField() {
        javafx.scene.Node first = lookup(".text-field");
        if (first != null) {
            first.requestFocus();
        }
    }

    public void saveTyped() {
        saveTypedText(viewModel.bodyProperty().get());
    }

    /**
     * Text typed into a field but not yet saved (its field still has the focus) when the inspector
     * turns to another body, say because a body was clicked in the list: saved to the body it was
     * typed for before the fields are filled anew.
     */
    private void saveTypedText(Body was) {
        if (was == null || updating || viewModel.isReadOnly()) {
            return;
        }
        for (Map.Entry<BodyField, Node> entry : editors.entrySet()) {
            if (entry.getValue() instanceof TextInputControl text
                    && !java.util.Objects.equals(text.getText(), text.getProperties().get(SHOWN))) {
                viewModel.setTyped(was.id(), entry.getKey(), text.getText());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void show(Body body) {
        updating = true;
        try {
            boolean none = body == null;
            heading.setText(none ? "Select a body to see its details" : body.name());
            oversight.setText(none ? "" : body.classification().label() + (viewModel.oversightNeeded()
                    ? " · significant: needs political oversight" : " · no political oversight needed"));
            notice.setText(none ? "" : viewModel.contradiction());
            significance.setText(none ? "" : "Significance: " + viewModel.significanceSummary());
            judged.forEach((criterion, box) -> {
                box.setSelected(!none && viewModel.judged(criterion));
                box.setDisable(none || viewModel.isReadOnly());
            });
            for (BodyField field : InspectorViewModel.OVERSIGHT_FIELDS) {
                Label label = fieldLabels.get(field);
                boolean required = !none && viewModel.oversightNeeded();
                label.setText(field.label() + (required ? " *" : ""));
                label.setTooltip(required ? new javafx.scene.control.Tooltip(
                        "Required: this partnership needs political oversight") : null);
                label.getStyleClass().remove("required-missing");
                if (!none && viewModel.requiredButMissing(field)) {
                    label.getStyleClass().add("required-missing");
                }
            }
            content.getChildren().forEach(n -> n.setDisable(none && n != heading));
            boolean readOnly = viewModel.isReadOnly();
            seatsLocked.set(none || readOnly);
            structure.setText(none ? "" : "Lines: " + lines(viewModel.structureLines()));
            for (Map.Entry<BodyField, Node> entry : editors.entrySet()) {
                BodyField field = entry.getKey();
                Node editor = entry.getValue();
                editor.setDisable(none || readOnly);
                Object value = none ? null : field.read(body);
                if (editor instanceof TextInputControl text) {
                    text.setText(value == null ? "" : value instanceof Money m ? m.format() : value.toString());
                    text.getProperties().put(SHOWN, text.getText());
                } else if (editor instanceof DatePicker picker) {
                    picker.setValue((LocalDate) value);
                } else if (editor instanceof ComboBox<?> combo) {
                    ComboBox<Choice> choices = (ComboBox<Choice>) combo;
                    choices.getItems().setAll(viewModel.choices(field));
                    choices.setValue(none ? null : viewModel.currentChoice(field));
                } else if (editor instanceof CheckComboBox<?> check) {
                    CheckComboBox<Theme> themes = (CheckComboBox<Theme>) check;
                    themes.getCheckModel().clearChecks();
                    themes.getItems().setAll(viewModel.themes());
                    if (!none) {
                        for (Theme theme : viewModel.themes()) {
                            if (body.themeIds().contains(theme.id())) {
                                themes.getCheckModel().check(theme);
                            }
                        }
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? "none" : "\n  " + String.join("\n  ", lines);
    }
}
