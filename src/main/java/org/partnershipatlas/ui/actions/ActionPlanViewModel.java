package org.partnershipatlas.ui.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The council's action plan as a table: every action with its owner, target date, status, source and
 * bodies; filtered by owner, status and source; overdue actions flagged. Changing a status is one
 * undoable step.
 */
public final class ActionPlanViewModel {
    /** An action as the table shows it. */
    public record Row(Action action, String owner, String bodies, boolean overdue) {
    }

    /** The "all" choice of each filter. */
    public static final String ALL = "All";

    private final DocumentContext main;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList(ALL);
    private final ObjectProperty<String> ownerFilter = new SimpleObjectProperty<>(this, "ownerFilter", ALL);
    private final ObjectProperty<ActionStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<ActionSource> sourceFilter = new SimpleObjectProperty<>(this, "sourceFilter");

    public ActionPlanViewModel(DocumentContext main) {
        this.main = main;
        main.sessionProperty().addListener((o, was, now) -> refresh());
        main.modelChangesProperty().addListener((o, was, now) -> refresh());
        ownerFilter.addListener((o, was, now) -> refresh());
        statusFilter.addListener((o, was, now) -> refresh());
        sourceFilter.addListener((o, was, now) -> refresh());
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "All" and every owner named in the plan. */
    public ObservableList<String> owners() {
        return owners;
    }

    public ObjectProperty<String> ownerFilterProperty() {
        return ownerFilter;
    }

    /** Null shows every status. */
    public ObjectProperty<ActionStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Null shows every source. */
    public ObjectProperty<ActionSource> sourceFilterProperty() {
        return sourceFilter;
    }

    public boolean setStatus(Action action, ActionStatus status) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || status == null || action.status() == status) {
            return false;
        }
        Action current = session.model().action(action.id());
        return main.perform(Edit.of("Mark action " + status.label().toLowerCase(java.util.Locale.ROOT),
                Change.update(current, current.withStatus(status))));
    }

    /** Selects the action's first body, so the inspector shows what the action is about. */
    public void select(Row row) {
        if (row != null && !row.action().bodyIds().isEmpty()) {
            main.selectedBodyIdProperty().set(row.action().bodyIds().get(0));
        }
    }

    /** Who an action belongs to, in words: "The council", "LSP board" or the name of the body, person or organisation. */
    public static String ownerName(AuthorityModel model, Action action) {
        return org.partnershipatlas.analysis.ActionOwners.name(model, action);
    }

    private void refresh() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            rows.clear();
            owners.setAll(ALL);
            return;
        }
        AuthorityModel model = session.model();
        LocalDate today = main.today();
        List<Row> result = new ArrayList<>();
        TreeSet<String> ownerNames = new TreeSet<>();
        for (Action action : model.actions()) {
            String owner = ownerName(model, action);
            ownerNames.add(owner);
            if (!ALL.equals(ownerFilter.get()) && ownerFilter.get() != null && !ownerFilter.get().equals(owner)) {
                continue;
            }
            if (statusFilter.get() != null && action.status() != statusFilter.get()) {
                continue;
            }
            if (sourceFilter.get() != null && action.source() != sourceFilter.get()) {
                continue;
            }
            String bodies = String.join(", ", action.bodyIds().stream().map(id -> model.body(id).name()).toList());
            result.add(new Row(action, owner, bodies, action.isOverdue(today)));
        }
        rows.setAll(result);
        List<String> ownerChoices = new ArrayList<>();
        ownerChoices.add(ALL);
        ownerChoices.addAll(ownerNames);
        if (!owners.equals(ownerChoices)) {
            owners.setAll(ownerChoices);
        }
    }
}
