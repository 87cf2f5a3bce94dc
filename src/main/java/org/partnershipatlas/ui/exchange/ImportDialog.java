package org.partnershipatlas.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.partnershipatlas.io.imports.ColumnTarget;
import org.partnershipatlas.io.imports.ImportIssue;
import org.partnershipatlas.io.imports.ImportPlan;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.ui.common.Converters;

/**
 * The import dialog: which column goes to which field (for a register), the rows as they will come in,
 * every problem with its row, column and value, the choice to bring in the valid rows only, and what
 * the import will do. It binds to an {@link ImportViewModel}; Import is enabled only when it can go ahead.
 */
public final class ImportDialog extends Dialog<ButtonType> {
    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    public ImportDialog(Window owner, ImportViewModel viewModel) {
        if (owner != null) {
            initOwner(owner);
        }
        var source = viewModel.sourceProperty().get();
        setTitle("Import " + source.file().getFileName());
        getDialogPane().setId("import-dialog");
        setResizable(true);
        Label what = new Label(source.file().getFileName() + ": " + source.format().label());
        what.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em");
        VBox content = new VBox(10, what);
        if (!viewModel.mapping().isEmpty()) {
            content.getChildren().add(new TitledPane("Which column is which (proposed from the headers; change any)",
                    mappingGrid(viewModel)));
        }
        content.getChildren().addAll(new TitledPane("The rows as they will come in", preview(viewModel)),
                new TitledPane("Problems", problems(viewModel)));
        CheckBox validOnly = new CheckBox("Import the valid rows only, and leave out the rows with problems");
        validOnly.setId("import-valid-only");
        validOnly.selectedProperty().bindBidirectional(viewModel.validOnlyProperty());
        validOnly.visibleProperty().bind(Bindings.createBooleanBinding(() -> viewModel.planProperty().get() != null
                && viewModel.planProperty().get().hasRefusals() && !viewModel.planProperty().get().refusedWhole(),
                viewModel.planProperty()));
        validOnly.managedProperty().bind(validOnly.visibleProperty());
        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-size: 1.1em");
        summary.textProperty().bind(viewModel.summaryProperty());
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox decision = new VBox(8, validOnly, summary);
        decision.setPadding(new Insets(10, 12, 0, 12));
        javafx.scene.layout.BorderPane layout = new javafx.scene.layout.BorderPane(scroll);
        layout.setBottom(decision);
        getDialogPane().setContent(layout);
        getDialogPane().setPrefSize(1040, 760);
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        Node go = getDialogPane().lookupButton(IMPORT);
        go.setId("import-go");
        go.disableProperty().bind(viewModel.canImport().not());
    }

    private static Node mappingGrid(ImportViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, bold("Column in the file"), bold("First value"), bold("Goes to"));
        int r = 1;
        for (ImportViewModel.MappingRow row : viewModel.mapping()) {
            ComboBox<ColumnTarget> target = new ComboBox<>(FXCollections.observableArrayList(ColumnTarget.all()));
            target.setId("mapping-" + (r - 1));
            target.setAccessibleText("Field for the column " + row.header());
            target.setConverter(Converters.showing(ColumnTarget::label));
            target.valueProperty().bindBidirectional(row.targetProperty());
            target.setVisibleRowCount(14);
            Label example = new Label(row.example());
            example.setMaxWidth(280);
            grid.addRow(r++, new Label(row.header()), example, target);
        }
        return grid;
    }

    private static Node preview(ImportViewModel viewModel) {
        TableView<ImportPlan.Outcome> table = new TableView<>(viewModel.preview());
        table.setId("import-preview");
        table.setPrefHeight(300);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportPlan.Outcome, String> row = new TableColumn<>("Row");
        row.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().origin().row() > 0 ? String.valueOf(c.getValue().origin().row()) : ""));
        row.setMinWidth(56);
        row.setMaxWidth(70);
        TableColumn<ImportPlan.Outcome, String> name = new TableColumn<>("Body");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setMinWidth(220);
        name.setPrefWidth(260);
        name.setCellFactory(c -> wrapping());
        TableColumn<ImportPlan.Outcome, BodyKind> kind = new TableColumn<>("Placed as (change any)");
        kind.setId("import-placed-as");
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().kind()));
        kind.setCellFactory(c -> new KindCell());
        kind.setOnEditCommit(e -> viewModel.placeAs(e.getRowValue().name(), e.getNewValue()));
        kind.setMinWidth(170);
        kind.setPrefWidth(180);
        TableColumn<ImportPlan.Outcome, String> what = new TableColumn<>("What happens");
        what.setCellValueFactory(c -> new SimpleStringProperty(happens(c.getValue(),
                viewModel.placedByUser(c.getValue().name()))));
        what.setCellFactory(c -> wrapping());
        table.getColumns().setAll(java.util.List.of(row, name, kind, what));
        table.setPlaceholder(new Label("No bodies in this file"));
        return table;
    }

    /**
     * "New, operational (from “Trust” in its name). Seats: Cllr Ahmed (new councillor): member, until
     * 31/05/2027; ...".
     */
    static String happens(ImportPlan.Outcome outcome, boolean chosen) {
        String seats = outcome.seats().isEmpty() ? "" : " Seats: " + String.join("; ", outcome.seats()) + ".";
        return switch (outcome.status()) {
            case NEW -> "New, " + outcome.layer().label().toLowerCase(java.util.Locale.ROOT) + " ("
                    + (chosen ? "as you chose" : outcome.placedBecause()) + ")." + seats;
            case UNCHANGED -> (seats.isEmpty() ? "Already on the map as it is" : "Already on the map;") + seats;
            case CHANGED -> "Changes " + String.join("; ", outcome.changes()) + "." + seats;
            case LEFT_OUT -> "Left out" + (outcome.changes().isEmpty() ? "" : ": " + String.join("; ",
                    outcome.changes()));
        };
    }

    private static <T> TableCell<T, String> wrapping() {
        TableCell<T, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
        cell.setWrapText(true);
        cell.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        return cell;
    }

    /** A new body's proposed kind, changed from a drop-down; other rows show nothing to change. */
    private static final class KindCell extends ComboBoxTableCell<ImportPlan.Outcome, BodyKind> {
        KindCell() {
            super(Converters.showing(BodyKind::label), BodyKind.values());
            setComboBoxEditable(false);
        }

        @Override
        public void startEdit() {
            ImportPlan.Outcome outcome = getTableRow() == null ? null : getTableRow().getItem();
            if (outcome != null && outcome.status() == ImportPlan.Status.NEW) {
                super.startEdit();
            }
        }
    }

    private static Node problems(ImportViewModel viewModel) {
        ListView<ImportIssue> list = new ListView<>(viewModel.problems());
        list.setId("import-problems");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label("No problems found"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportIssue issue, boolean empty) {
                super.updateItem(issue, empty);
                setText(empty || issue == null ? null : issue.describe());
                setStyle(empty || issue == null || !issue.refused() ? "" : "-fx-font-weight: bold");
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }
}
