package org.partnershipatlas.ui.health;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The findings pane: counts by severity, the findings, the selected one in full, and "Add to action plan". */
public final class HealthCheckView extends BorderPane {
    private final HealthCheckViewModel viewModel;
    private final TableView<HealthCheckViewModel.Row> table = new TableView<>();

    public HealthCheckView(HealthCheckViewModel viewModel, Runnable editSettings) {
        this.viewModel = viewModel;
        setId("health-check");
        Label summary = new Label();
        summary.setId("findings-summary");
        summary.getStyleClass().add("findings-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        Label running = new Label("Checking…");
        running.visibleProperty().bind(viewModel.runningProperty());
        Button add = new Button("Add to action plan");
        add.setId("add-to-action-plan");
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        add.setAccessibleText("Put the chosen findings' suggested actions on the action plan (Ctrl or Shift and "
                + "click to choose several)");
        add.setOnAction(e -> viewModel.adoptSuggestions(table.getSelectionModel().getSelectedItems()));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Button adopt = new Button("Adopt every suggested action");
        adopt.setId("health-adopt-all");
        adopt.setAccessibleText("Put every finding's suggested action that is not on the action plan onto it");
        adopt.setOnAction(e -> viewModel.adoptAllSuggestions());
        Button settings = new Button("Thresholds…");
        settings.setId("check-settings");
        settings.setOnAction(e -> editSettings.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, add, adopt, settings, gap, running);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, summary, buttons);
        bar.setPadding(new Insets(6, 8, 6, 8));

        table.setId("findings-table");
        table.setAccessibleText("Governance findings");
        table.setPlaceholder(new Label("No governance gaps found."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<HealthCheckViewModel.Row, String> severity = column("Severity", 80,
                HealthCheckViewModel.Row::severity);
        table.getColumns().add(severity);
        table.getColumns().add(column("Finding", 260, HealthCheckViewModel.Row::rule));
        table.getColumns().add(column("Action", 100, r -> r.hasOpenAction() ? "Open action" : ""));
        table.getColumns().add(column("Bodies", 520, HealthCheckViewModel.Row::bodies));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("severity-high", "severity-medium", "severity-low");
                setText(empty ? null : item);
                if (!empty && item != null) {
                    getStyleClass().add("severity-" + item.toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        table.setItems(viewModel.rows());
        TextArea detail = new TextArea();
        detail.setId("finding-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(4);
        detail.setAccessibleText("The selected finding in full");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            viewModel.select(now);
            detail.setText(now == null ? "" : now.finding().message() + "\n\nSuggested action: "
                    + now.finding().suggestedAction());
        });
        setTop(bar);
        setCenter(table);
        setBottom(new VBox(detail));
    }

    private static TableColumn<HealthCheckViewModel.Row, String> column(String title, double width,
            java.util.function.Function<HealthCheckViewModel.Row, String> value) {
        TableColumn<HealthCheckViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
