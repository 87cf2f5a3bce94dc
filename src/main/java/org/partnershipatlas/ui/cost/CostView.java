package org.partnershipatlas.ui.cost;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.partnershipatlas.model.Money;

/** The cost of partnership working as a table under its totals and assumptions; it only binds. */
public final class CostView extends BorderPane {
    public CostView(CostViewModel viewModel) {
        setId("cost-view");
        TableView<CostViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("cost-table");
        table.setAccessibleText("Cost of partnership working by body");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No bodies with a meeting frequency yet: record how often each meets."));
        table.getColumns().add(column("Body", 280, CostViewModel.Row::body, Object::toString));
        table.getColumns().add(column("Meetings a year", 110, CostViewModel.Row::meetings, Object::toString));
        table.getColumns().add(column("Attendees", 90, CostViewModel.Row::attendees, Object::toString));
        table.getColumns().add(column("Cost a year", 110, CostViewModel.Row::cost, Money::format));
        table.getColumns().add(column("Council staff", 110, CostViewModel.Row::council, Money::format));
        Label totals = new Label();
        totals.setWrapText(true);
        totals.setId("cost-totals");
        totals.textProperty().bind(viewModel.totalsProperty());
        Label assumptions = new Label();
        assumptions.setWrapText(true);
        assumptions.getStyleClass().add("assumptions");
        assumptions.textProperty().bind(viewModel.assumptionsProperty());
        VBox top = new VBox(6, totals, assumptions);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(table);
    }

    /** A column holding the value itself (so it sorts by it) and showing it in words. */
    private static <T extends Comparable<? super T>> TableColumn<CostViewModel.Row, T> column(String title, double width,
            Function<CostViewModel.Row, T> value, Function<T, String> shown) {
        TableColumn<CostViewModel.Row, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
            }
        });
        return column;
    }
}
