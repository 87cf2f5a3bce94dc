package org.partnershipatlas.ui.cost;

import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.analysis.PartnershipCost;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Text;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The cost of partnership working in people's time: each body's yearly estimate, the council's own
 * share, and totals by theme and layer, with the assumptions stated so nobody mistakes it for a budget.
 * Rows keep the money as money, so the table sorts it as amounts, not as text.
 */
public final class CostViewModel {
    /** One body's estimate. */
    public record Row(String body, int meetings, int attendees, Money cost, Money council) {
    }

    private final DocumentContext document;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper assumptions = new ReadOnlyStringWrapper(this, "assumptions", "");

    public CostViewModel(DocumentContext document) {
        this.document = document;
        document.sessionProperty().addListener((o, was, now) -> refresh());
        document.modelChangesProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Partnership working costs about £… a year in people's time, of which…", then by layer and theme. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** What the estimate assumes, and how many bodies it leaves out. */
    public ReadOnlyStringProperty assumptionsProperty() {
        return assumptions.getReadOnlyProperty();
    }

    private void refresh() {
        AuthorityModel model = document.model();
        if (model == null) {
            rows.clear();
            totals.set("");
            assumptions.set("");
            return;
        }
        PartnershipCost.Estimate estimate = PartnershipCost.of(model);
        rows.setAll(estimate.bodies().stream().map(c -> new Row(model.body(c.bodyId()).name(), c.meetingsAYear(),
                c.attendees(), c.total(), c.councilStaff())).toList());
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
        totals.set(text.toString());
        AuthoritySettings s = model.settings();
        int left = estimate.notEstimated().size();
        assumptions.set("Assumes each meeting takes " + s.meetingMinutes() + " minutes plus " + s.preparationMinutes()
                + " minutes' preparation for every seat, at " + s.officerHourlyRate().format() + " an hour for officers, "
                + s.councillorHourlyRate().format() + " for councillors and " + s.partnerHourlyRate().format()
                + " for partners. " + Text.count(left, "body", "bodies") + " meeting ad hoc or with no meeting "
                + "frequency recorded " + (left == 1 ? "is" : "are") + " not counted.");
    }
}
