package org.partnershipatlas.ui.cost;

import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.partnershipatlas.analysis.PartnershipCost;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The cost of partnership working in people's time: each body's yearly estimate, the council's own
 * share, and totals by theme and layer, with the assumptions stated so nobody mistakes it for a budget.
 */
public final class CostView extends BorderPane {
    private final DocumentContext main;
    private final TableView<Row> table = new TableView<>();
    private final Label totals = new Label();
    private final Label assumptions = new Label();

    private record Row(String body, String meetings, String attendees, Money cost, Money council) {
    }

    public CostView(DocumentContext main) {
        this.main = main;
        setId("cost-view");
        table.setId("cost-table");
        table.setAccessibleText("Cost of partnership working by body");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Body", 280, Row::body));
        table.getColumns().add(column("Meetings a year", 110, Row::meetings));
        table.getColumns().add(column("Attendees", 90, Row::attendees));
        TableColumn<Row, String> cost = column("Cost a year", 110, r -> r.cost().format());
        cost.setComparator((a, b) -> Long.compare(Money.parse(a).pence(), Money.parse(b).pence()));
        table.getColumns().add(cost);
        table.getColumns().add(column("Council staff", 110, r -> r.council().format()));
        totals.setWrapText(true);
        totals.setId("cost-totals");
        assumptions.setWrapText(true);
        assumptions.getStyleClass().add("assumptions");
        VBox top = new VBox(6, totals, assumptions);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(table);
        main.sessionProperty().addListener((o, was, now) -> refresh());
        main.modelChangesProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            table.getItems().clear();
            totals.setText("");
            assumptions.setText("");
            return;
        }
        AuthorityModel model = session.model();
        PartnershipCost.Estimate estimate = PartnershipCost.of(model);
        table.getItems().setAll(estimate.bodies().stream().map(c -> new Row(model.body(c.bodyId()).name(),
                String.valueOf(c.meetingsAYear()), String.valueOf(c.attendees()), c.total(), c.councilStaff()))
                .toList());
        StringBuilder text = new StringBuilder("Partnership working costs about " + estimate.total().format()
                + " a year in people's time, of which " + estimate.councilStaff().format()
                + " is the council's own staff and councillors.\nBy layer: ");
        for (Map.Entry<Layer, Money> entry : estimate.byLayer().entrySet()) {
            text.append(entry.getKey().label()).append(" ").append(entry.getValue().format()).append("; ");
        }
        text.append("\nBy main theme: ");
        estimate.byTheme().forEach((theme, money) -> {
            if (money.isPositive()) {
                text.append(theme).append(" ").append(money.format()).append("; ");
            }
        });
        totals.setText(text.toString());
        AuthoritySettings s = model.settings();
        assumptions.setText("Assumes each meeting takes " + s.meetingMinutes() + " minutes plus " + s.preparationMinutes()
                + " minutes' preparation for every seat, at " + s.officerHourlyRate().format() + " an hour for officers, "
                + s.councillorHourlyRate().format() + " for councillors and " + s.partnerHourlyRate().format()
                + " for partners. " + (estimate.notEstimated().size() == 1
                ? "1 body meeting ad hoc or with no meeting frequency recorded is not counted."
                : estimate.notEstimated().size()
                + " bodies meeting ad hoc or with no meeting frequency recorded are not counted."));
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> v) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(v.apply(c.getValue())));
        return column;
    }
}
