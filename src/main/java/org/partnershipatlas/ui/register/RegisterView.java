package org.partnershipatlas.ui.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.RegisterColumn;
import org.partnershipatlas.ui.common.Converters;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.dialog.DialogService;

/**
 * The partnership register as a spreadsheet. Columns can be dragged into another order and shown
 * or hidden from the table's menu button (+); both are remembered. Binds to {@link RegisterViewModel}.
 */
public final class RegisterView extends BorderPane {
    private final RegisterViewModel viewModel;
    private final TableView<Body> table = new TableView<>();
    private boolean arranging;

    public RegisterView(RegisterViewModel viewModel, DocumentContext main, DialogService dialogs) {
        this.viewModel = viewModel;
        setId("register");
        TextField filter = TextFields.createClearableTextField();
        filter.setId("register-filter");
        filter.setPromptText("Filter the register");
        filter.setAccessibleText("Filter the register");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        ComboBox<RegisterColumn> in = new ComboBox<>(FXCollections.observableArrayList(RegisterColumn.values()));
        in.getItems().add(0, null);
        in.setId("register-filter-column");
        in.setPromptText("in any column");
        in.setConverter(Converters.showing(c -> "in " + c.label()));
        in.valueProperty().bindBidirectional(viewModel.filterColumnProperty());
        Button csv = new Button("Export CSV…");
        csv.setId("export-csv");
        csv.setOnAction(e -> dialogs.chooseExportFile("Export the register as CSV", "Partnership register", "csv")
                .ifPresent(viewModel::exportCsv));
        Button xlsx = new Button("Export XLSX…");
        xlsx.setId("export-xlsx");
        xlsx.setOnAction(e -> dialogs.chooseExportFile("Export the register as XLSX", "Partnership register", "xlsx")
                .ifPresent(viewModel::exportXlsx));
        HBox filters = new HBox(8, filter, in, csv, xlsx);
        filters.setAlignment(Pos.CENTER_LEFT);

        ComboBox<RegisterColumn> setColumn = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::editable).toList()));
        setColumn.setId("bulk-column");
        setColumn.setPromptText("Column");
        setColumn.setConverter(Converters.showing(RegisterColumn::label));
        TextField setValue = new TextField();
        setValue.setId("bulk-value");
        setValue.setPromptText("Value for every selected row");
        setValue.setAccessibleText("Value to set on the selected rows");
        Button set = new Button("Set on selected rows");
        set.setId("bulk-set");
        set.disableProperty().bind(setColumn.valueProperty().isNull()
                .or(javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedItems())));
        set.setOnAction(e -> viewModel.bulkSet(List.copyOf(table.getSelectionModel().getSelectedItems()),
                setColumn.getValue(), setValue.getText()));
        HBox bulk = new HBox(8, new Label("Set"), setColumn, new Label("to"), setValue, set);
        bulk.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("register-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox top = new VBox(6, filters, bulk, message);
        top.setPadding(new Insets(6, 8, 6, 8));

        table.setId("register-table");
        table.setAccessibleText("Partnership register");
        table.setEditable(true);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SortedList<Body> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        arrangeColumns();
        table.getColumns().addListener((ListChangeListener<TableColumn<Body, ?>>) c -> remember());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                main.selectedBodyIdProperty().set(now.id());
            }
        });
        main.modelChangesProperty().addListener((o, was, now) -> table.refresh());
        setTop(top);
        setCenter(table);
    }

    private void arrangeColumns() {
        arranging = true;
        List<RegisterColumn> shown = viewModel.columns();
        List<RegisterColumn> order = new ArrayList<>(shown);
        Arrays.stream(RegisterColumn.values()).filter(c -> !order.contains(c)).forEach(order::add);
        for (RegisterColumn column : order) {
            TableColumn<Body, String> tableColumn = new TableColumn<>(column.label());
            tableColumn.setId("col-" + column.name());
            tableColumn.setUserData(column);
            tableColumn.setPrefWidth(column == RegisterColumn.NAME ? 260 : 140);
            tableColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.text(column, c.getValue())));
            tableColumn.setEditable(column.editable());
            if (column.editable()) {
                List<String> choices = viewModel.choices(column);
                if (choices.isEmpty()) {
                    tableColumn.setCellFactory(TextFieldTableCell.forTableColumn());
                } else {
                    tableColumn.setCellFactory(c -> {
                        ComboBoxTableCell<Body, String> cell = new ComboBoxTableCell<>(
                                FXCollections.observableArrayList(viewModel.choices(column)));
                        cell.setComboBoxEditable(false);
                        return cell;
                    });
                }
                tableColumn.setOnEditCommit(e -> {
                    if (!viewModel.edit(e.getRowValue(), column, e.getNewValue())) {
                        table.refresh();
                    }
                });
            }
            tableColumn.setVisible(shown.contains(column));
            tableColumn.visibleProperty().addListener((o, was, now) -> remember());
            table.getColumns().add(tableColumn);
        }
        arranging = false;
    }

    private void remember() {
        if (arranging) {
            return;
        }
        List<RegisterColumn> shown = new ArrayList<>();
        for (TableColumn<Body, ?> column : table.getColumns()) {
            if (column.isVisible()) {
                shown.add((RegisterColumn) column.getUserData());
            }
        }
        viewModel.rememberColumns(shown);
    }
}
