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
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The council's action plan as a table: every action with its owner, target date, status, source and
 * bodies; filtered by owner, status and source; overdue actions flagged. Actions come from the annual
 * review, scrutiny, a workshop or the health check, so they are added, changed field by field and
 * deleted here, each as one undoable step ({@link ActionEdits}).
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

    private final ObjectProperty<Action> selected = new SimpleObjectProperty<>(this, "selected");
    private final ActionEdits edits;

    public ActionPlanViewModel(DocumentContext main) {
        this.main = main;
        this.edits = new ActionEdits(main, selected);
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
        if (main.sessionProperty().get() == null || status == null || action.status() == status) {
            return false;
        }
        return edits.setStatusOf(action.id(), status);
    }

    /** Selects the action for its form, and its first body, so the inspector shows what it is about. */
    public void select(Row row) {
        if (row == null) {
            return;
        }
        selected.set(main.model().action(row.action().id()));
        if (!row.action().bodyIds().isEmpty()) {
            main.selectedBodyIdProperty().set(row.action().bodyIds().get(0));
        }
    }

    /** The action the form shows, as it is now in the model; null when none is chosen. */
    public ObjectProperty<Action> selectedProperty() {
        return selected;
    }

    /**
     * Adds an action (about {@code bodyId} when given) and shows it: the filters are cleared so that
     * the new row is in the table.
     */
    public Action add(Long bodyId) {
        ownerFilter.set(ALL);
        statusFilter.set(null);
        sourceFilter.set(null);
        return edits.add(bodyId);
    }

    /** Adding, changing and deleting actions. */
    public ActionEdits edits() {
        return edits;
    }

    /** Who an action belongs to, in words: "The council", "LSP board" or the name of the body, person or organisation. */
    public static String ownerName(AuthorityModel model, Action action) {
        return org.partnershipatlas.analysis.ActionOwners.name(model, action);
    }

    private void refresh() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            rows.clear();
            selected.set(null);
            owners.remove(1, owners.size());
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
        Action current = selected.get();
        selected.set(current == null ? null : model.action(current.id()));
        List<String> ownerChoices = new ArrayList<>();
        ownerChoices.add(ALL);
        ownerChoices.addAll(ownerNames);
        if (!owners.equals(ownerChoices)) {
            // "All" stays the list's first item: replacing it too would blank the filter's shown value.
            if (owners.isEmpty()) {
                owners.add(ALL);
            }
            owners.remove(1, owners.size());
            owners.addAll(ownerChoices.subList(1, ownerChoices.size()));
        }
    }
}
