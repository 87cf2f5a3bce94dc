package org.partnershipatlas.ui.actions;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.ui.common.Converters;
import org.partnershipatlas.ui.common.Formats;

/**
 * The action plan table with its filters and, under it, the form of the chosen action; the status is
 * also changed in place. Overdue rows say so in words too.
 */
public final class ActionPlanView extends BorderPane {
    private final ActionPlanViewModel viewModel;
    private final ActionForm form;
    private final TableView<ActionPlanViewModel.Row> table;

    public ActionPlanView(ActionPlanViewModel viewModel) {
        this.viewModel = viewModel;
        setId("action-plan");
        ComboBox<String> owner = new ComboBox<>(viewModel.owners());
        owner.setId("filter-owner");
        owner.valueProperty().bindBidirectional(viewModel.ownerFilterProperty());
        owner.setAccessibleText("Show actions of owner");
        ComboBox<ActionStatus> status = new ComboBox<>(FXCollections.observableArrayList(ActionStatus.values()));
        status.getItems().add(0, null);
        status.setId("filter-status");
        status.setConverter(Converters.showing(ActionStatus::label));
        status.setPromptText("All");
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        ComboBox<ActionSource> source = new ComboBox<>(FXCollections.observableArrayList(ActionSource.values()));
        source.getItems().add(0, null);
        source.setId("filter-source");
        source.setConverter(Converters.showing(ActionSource::label));
        source.setPromptText("All");
        source.valueProperty().bindBidirectional(viewModel.sourceFilterProperty());
        javafx.scene.control.Button add = new javafx.scene.control.Button("Add action");
        add.setId("action-add");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.setOnAction(e -> addAndEdit(null));
        javafx.scene.control.Button delete = new javafx.scene.control.Button("Delete action");
        delete.setId("action-delete");
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(e -> viewModel.edits().delete());
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 6, add, delete,
                new HBox(6, new Label("Owner"), owner), new HBox(6, new Label("Status"), status),
                new HBox(6, new Label("Source"), source));
        filters.getChildren().stream().filter(HBox.class::isInstance).map(HBox.class::cast)
                .forEach(box -> box.setAlignment(Pos.CENTER_LEFT));
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(6, 8, 6, 8));

        table = new TableView<>(viewModel.rows());
        table.setId("actions-table");
        table.setEditable(true);
        table.setAccessibleText("Action plan");
        table.setPlaceholder(new Label("No actions yet. Press Add action, or add one from a health-check finding "
                + "or from a body's menu on the map."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(text("Action", 320, r -> r.action().description()));

        TableColumn<ActionPlanViewModel.Row, ActionStatus> statusColumn = new TableColumn<>("Status");
        statusColumn.setId("status-column");
        statusColumn.setPrefWidth(120);
        statusColumn.setEditable(true);
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().action().status()));
        statusColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Converters.showing(ActionStatus::label),
                ActionStatus.values()));
        statusColumn.setOnEditCommit(e -> viewModel.setStatus(e.getRowValue().action(), e.getNewValue()));
        table.getColumns().add(statusColumn);
        table.getColumns().add(text("Target date", 110, r -> Formats.date(r.action().targetDate())));
        table.getColumns().add(text("Overdue", 90, r -> r.overdue() ? "Overdue" : ""));
        table.getColumns().add(text("Owner", 180, ActionPlanViewModel.Row::owner));
        table.getColumns().add(text("Source", 120, r -> r.action().source().label()));
        table.getColumns().add(text("Bodies", 220, ActionPlanViewModel.Row::bodies));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ActionPlanViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.select(now));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && viewModel.selectedProperty().get() != null) {
                viewModel.edits().delete();
            }
        });
        form = new ActionForm(viewModel);
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && (table.getSelectionModel().getSelectedItem() == null
                    || table.getSelectionModel().getSelectedItem().action().id() != now.id())) {
                viewModel.rows().stream().filter(r -> r.action().id() == now.id()).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        });
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table, form);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(filters);
        setCenter(split);
    }

    /**
     * Adds an action (about {@code bodyId} when given), shows it and puts the cursor in its
     * description with the words selected, ready to be typed over.
     */
    public void addAndEdit(Long bodyId) {
        if (viewModel.add(bodyId) != null) {
            form.focusDescription();
        }
    }

    /** Saves a description typed and not yet left, before the user goes elsewhere. */
    public void saveTyped() {
        form.saveTyped();
    }

    private static TableColumn<ActionPlanViewModel.Row, String> text(String title, double width,
            Function<ActionPlanViewModel.Row, String> value) {
        TableColumn<ActionPlanViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
