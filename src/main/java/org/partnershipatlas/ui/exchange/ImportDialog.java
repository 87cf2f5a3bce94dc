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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
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
        // no taller or wider than the screen, so that Import and Cancel stay on a 1280x720 screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        getDialogPane().setPrefSize(Math.min(1040, screen.getWidth() - 40), Math.min(760, screen.getHeight() - 60));
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
        table.setPrefHeight(340);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportPlan.Outcome, String> row = new TableColumn<>("Row");
        row.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().origin().row() > 0 ? String.valueOf(c.getValue().origin().row()) : ""));
        row.setMinWidth(56);
        row.setMaxWidth(70);
        TableColumn<ImportPlan.Outcome, String> name = new TableColumn<>("Body");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setMinWidth(200);
        name.setPrefWidth(250);
        name.setMaxWidth(320);
        name.setCellFactory(c -> wrapping());
        TableColumn<ImportPlan.Outcome, BodyKind> kind = new TableColumn<>("Placed as (change any)");
        kind.setId("import-placed-as");
        kind.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().kind()));
        kind.setCellFactory(c -> new KindCell(viewModel));
        kind.setMinWidth(160);
        kind.setPrefWidth(170);
        kind.setMaxWidth(200);
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
        String seats = outcome.seats().isEmpty() ? "" : "\nSeats:\n\u2022 " + String.join("\n\u2022 ", outcome.seats());
        return switch (outcome.status()) {
            case NEW -> "New, " + outcome.layer().label().toLowerCase(java.util.Locale.ROOT) + " ("
                    + (chosen ? "as you chose" : outcome.placedBecause()) + ")." + seats;
            case UNCHANGED -> (seats.isEmpty() ? "Already on the map as it is" : "Already on the map;") + seats;
            case CHANGED -> "Changes " + String.join("; ", outcome.changes()) + "." + seats;
            case LEFT_OUT -> "Left out" + (outcome.changes().isEmpty() ? "" : ": " + String.join("; ",
                    outcome.changes()));
        };
    }

    /** A cell whose text wraps within its column, the row growing to hold it. */
    private static <T> TableCell<T, String> wrapping() {
        TableCell<T, String> cell = new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(empty ? null : item);
            }
        };
        cell.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        return cell;
    }

    /** A new body's proposed kind in a drop-down the user can change; other rows show nothing to change. */
    private static final class KindCell extends TableCell<ImportPlan.Outcome, BodyKind> {
        private final ImportViewModel viewModel;
        private final ComboBox<BodyKind> choice = new ComboBox<>(FXCollections.observableArrayList(BodyKind.values()));

        KindCell(ImportViewModel viewModel) {
            this.viewModel = viewModel;
            choice.setConverter(Converters.showing(BodyKind::label));
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setVisibleRowCount(BodyKind.values().length);
            choice.setOnAction(e -> {
                ImportPlan.Outcome outcome = getTableRow() == null ? null : getTableRow().getItem();
                if (outcome != null && choice.getValue() != null && choice.getValue() != outcome.kind()) {
                    viewModel.placeAs(outcome.name(), choice.getValue());
                }
            });
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(BodyKind kind, boolean empty) {
            super.updateItem(kind, empty);
            ImportPlan.Outcome outcome = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (outcome == null || kind == null || outcome.status() != ImportPlan.Status.NEW) {
                setGraphic(null);
                return;
            }
            choice.setValue(kind);
            choice.setAccessibleText("Place " + outcome.name() + " as");
            setGraphic(choice);
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
