package org.partnershipatlas.ui.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.ui.common.Choice;

/**
 * A list of people or organisations beside a form for the one selected. Typed text is saved when the
 * field is left, on Enter, and when another row is chosen, to the record it was typed for; a refused
 * value stays as typed with the reason under it.
 */
public final class PartyListView<T extends Entity, F extends Enum<F> & Labelled> extends BorderPane {
    private static final String SHOWN = "atlas.shown";
    private static final String SHOWN_ID = "atlas.shownId";
    private final PartyListViewModel<T, F> viewModel;
    private final Map<F, Node> editors;
    private final Label heading = new Label();
    private final Label extra = new Label();
    private final Supplier<List<String>> extraLines;
    private final TableView<T> table;
    private boolean updating;

    /**
     * @param id         the screen's id ("people" or "organisations"); its controls' ids start with it
     * @param noun       "person" or "organisation", for the buttons
     * @param emptyText  what an empty list says
     * @param extraLines lines shown under the form (the bodies a person sits on), or null
     */
    public PartyListView(PartyListViewModel<T, F> viewModel, Class<F> fields, String id, String noun, String emptyText,
                         Supplier<List<String>> extraLines) {
        this.viewModel = viewModel;
        this.extraLines = extraLines;
        this.editors = new EnumMap<>(fields);
        setId(id);
        TextField filter = new TextField();
        filter.setId(id + "-filter");
        filter.setPromptText("Find, or type a name and press Add");
        filter.setAccessibleText("Find " + noun);
        filter.setPrefColumnCount(22);
        filter.setMinWidth(140);
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        Button add = new Button("Add " + noun);
        add.setId(id + "-add");
        add.setOnAction(e -> {
            if (viewModel.add()) {
                focusName();
            }
        });
        filter.setOnAction(e -> add.fire());
        Button delete = new Button("Delete " + noun + "…");
        delete.setId(id + "-delete");
        delete.setOnAction(e -> viewModel.delete());
        Button merge = new Button("Merge into…");
        merge.setId(id + "-merge");
        merge.setOnAction(e -> viewModel.mergeIntoAnother());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        merge.disableProperty().bind(viewModel.selectedProperty().isNull());
        for (Button button : List.of(add, delete, merge)) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, filter, add, delete, merge);
        HBox.setHgrow(filter, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));

        table = new TableView<>(viewModel.rows());
        table.setId(id + "-table");
        table.setAccessibleText(noun.substring(0, 1).toUpperCase() + noun.substring(1) + " list");
        table.setPlaceholder(new Label(emptyText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        List<String> columns = viewModel.columns();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            TableColumn<T, String> tableColumn = new TableColumn<>(columns.get(i));
            tableColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.cell(c.getValue(), column)));
            boolean count = i == columns.size() - 1 || columns.get(i).equals("People");
            tableColumn.setPrefWidth(i == 0 ? 220 : count ? 60 : 130);
            table.getColumns().add(tableColumn);
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (viewModel.selectedProperty().get() == null
                    || viewModel.selectedProperty().get().id() != now.id())) {
                viewModel.select(now.id());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && viewModel.selectedProperty().get() != null) {
                viewModel.delete();
            }
        });

        VBox form = new VBox(8, heading, grid(fields, id));
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        extra.setWrapText(true);
        extra.setId(id + "-sits-on");
        if (extraLines != null) {
            form.getChildren().add(extra);
        }
        form.setPadding(new Insets(8));
        ScrollPane formPane = new ScrollPane(form);
        formPane.setFitToWidth(true);
        formPane.setMinWidth(320);
        SplitPane split = new SplitPane(table, formPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        setTop(bar);
        setCenter(split);

        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (was != null && (now == null || was.id() != now.id())) {
                saveTyped();
            }
        });
        viewModel.shownProperty().addListener((o, was, now) -> show());
        show();
    }

    /** Saves text typed into the form and not yet committed: before the window closes or another screen is shown. */
    public void saveTyped() {
        if (updating) {
            return;
        }
        editors.forEach((field, editor) -> {
            if (editor instanceof TextField text && text.getProperties().get(SHOWN_ID) instanceof Long shownId
                    && !text.getText().equals(text.getProperties().get(SHOWN))) {
                text.getProperties().put(SHOWN, text.getText());
                viewModel.set(shownId, field, text.getText());
            }
        });
    }

    private GridPane grid(Class<F> fields, String id) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (F field : viewModel.fields()) {
            Node editor = viewModel.isChoice(field) ? choiceEditor(field) : textEditor(field);
            editor.setId(id + "-" + field.name());
            editor.setAccessibleText(viewModel.label(field));
            editors.put(field, editor);
            Label label = new Label(viewModel.label(field));
            label.setLabelFor(editor);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setId(id + "-error-" + field.name());
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
            if (editor instanceof javafx.scene.layout.Region region) {
                region.setMaxWidth(Double.MAX_VALUE);
            }
            grid.add(label, 0, row);
            grid.add(editor, 1, row++);
            grid.add(error, 1, row++);
        }
        return grid;
    }

    private Node textEditor(F field) {
        TextField input = new TextField();
        Runnable commit = () -> {
            if (!updating && input.getProperties().get(SHOWN_ID) instanceof Long shownId
                    && !input.getText().equals(input.getProperties().get(SHOWN))) {
                input.getProperties().put(SHOWN, input.getText());
                viewModel.set(shownId, field, input.getText());
            }
        };
        input.setOnAction(e -> commit.run());
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        return input;
    }

    private Node choiceEditor(F field) {
        return org.partnershipatlas.ui.common.ChoiceBoxes.saving(
                () -> updating || viewModel.selectedProperty().get() == null, value -> viewModel.set(field, value));
    }

    private void focusName() {
        editors.values().stream().filter(TextField.class::isInstance).map(TextField.class::cast).findFirst()
                .ifPresent(name -> {
                    name.requestFocus();
                    name.selectAll();
                });
    }

    @SuppressWarnings("unchecked")
    private void show() {
        updating = true;
        try {
            T current = viewModel.selectedProperty().get();
            boolean none = current == null;
            heading.setText(none ? "Choose one in the list, or add one" : viewModel.cell(current, 0));
            if (extraLines != null) {
                List<String> lines = extraLines.get();
                extra.setText(none ? "" : lines.isEmpty() ? "Sits on no body yet. Add seats from a body's People "
                        + "section or in Who sits where." : "Sits on:\n  " + String.join("\n  ", lines));
            }
            boolean readOnly = viewModel.isReadOnly();
            editors.forEach((field, editor) -> {
                editor.setDisable(none || readOnly || !viewModel.applies(field));
                if (editor instanceof TextField text) {
                    Object shownId = text.getProperties().get(SHOWN_ID);
                    boolean sameRecord = !none && shownId instanceof Long id && id == current.id();
                    boolean refused = !viewModel.errorProperty(field).get().isEmpty();
                    if (!(sameRecord && refused)) {
                        text.setText(viewModel.text(field));
                        text.getProperties().put(SHOWN, text.getText());
                    }
                    text.getProperties().put(SHOWN_ID, none ? null : current.id());
                } else if (editor instanceof ComboBox<?> box) {
                    ComboBox<Choice> combo = (ComboBox<Choice>) box;
                    combo.getItems().setAll(viewModel.choices(field));
                    combo.setValue(viewModel.currentChoice(field));
                }
            });
            if (current != null && (table.getSelectionModel().getSelectedItem() == null
                    || table.getSelectionModel().getSelectedItem().id() != current.id())) {
                viewModel.rows().stream().filter(r -> r.id() == current.id()).findFirst().ifPresent(row -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                });
            }
        } finally {
            updating = false;
        }
    }
}
