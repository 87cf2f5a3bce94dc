package org.partnershipatlas.ui.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.analysis.Finding;
import org.partnershipatlas.analysis.HealthCheck;
import org.partnershipatlas.analysis.Rule;
import org.partnershipatlas.analysis.Severity;
import org.partnershipatlas.model.Action;
import org.partnershipatlas.model.ActionOwner;
import org.partnershipatlas.model.ActionSource;
import org.partnershipatlas.model.ActionStatus;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The findings pane: runs the health check in the background on a copy of the model after every
 * edit (never more than one run at a time; edits made during a run trigger one more), and turns a
 * finding into an action on the plan in one step.
 */
public final class HealthCheckViewModel {
    /** How far ahead an action made from a finding is due. */
    static final int ACTION_TARGET_MONTHS = 3;

    /** A finding as the pane shows it, with whether an open action already answers it. */
    public record Row(Finding finding, String bodies, boolean hasOpenAction) {
        public String severity() {
            return finding.severity().label();
        }

        public String rule() {
            return finding.rule().label();
        }
    }

    private final DocumentContext main;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private boolean again;

    public HealthCheckViewModel(DocumentContext main) {
        this.main = main;
        main.sessionProperty().addListener((o, was, now) -> refresh());
        main.modelChangesProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "4 high · 21 medium · 1 low". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Runs the check now (after any run under way). */
    public void refresh() {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            rows.clear();
            summary.set("");
            return;
        }
        if (running.get()) {
            again = true;
            return;
        }
        running.set(true);
        AuthorityModel snapshot = session.model().copy();
        LocalDate today = main.today();
        main.runner().run("Checking governance", progress -> check(snapshot, today), result -> {
            running.set(false);
            if (main.sessionProperty().get() == session) {
                rows.setAll(result);
                Map<Severity, Integer> counts = HealthCheck.counts(result.stream().map(Row::finding).toList());
                summary.set(counts.get(Severity.HIGH) + " high · " + counts.get(Severity.MEDIUM) + " medium · "
                        + counts.get(Severity.LOW) + " low");
            }
            runAgainIfAsked();
        }, failure -> {
            running.set(false);
            summary.set("The health check failed: " + failure.getMessage());
            runAgainIfAsked();
        });
    }

    /** Selects the finding's first body and marks all of its bodies in every list. */
    public void select(Row row) {
        if (row == null) {
            main.highlightedBodyIdsProperty().set(java.util.Set.of());
            return;
        }
        main.highlightedBodyIdsProperty().set(new LinkedHashSet<>(row.finding().bodyIds()));
        if (!row.finding().bodyIds().isEmpty()) {
            main.selectedBodyIdProperty().set(row.finding().bodyIds().get(0));
        }
    }

    /** Puts the finding's suggested action on the action plan, filled in; one undoable step. */
    public boolean addToActionPlan(Row row) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || row == null) {
            return false;
        }
        return main.perform(Edit.of("Add action", Change.create(actionFor(session, row.finding()))));
    }

    /**
     * Puts every finding's suggested action that is not yet on the action plan onto it, each with its
     * owner and a target date, as one undoable step: the plan cabinet approves then answers every
     * finding. Returns how many were added.
     */
    public int adoptAllSuggestions() {
        return adoptSuggestions(rows);
    }

    /**
     * As {@link #adoptAllSuggestions()}, for the findings chosen (rows ticked in the table): those
     * without an open action get their suggested one, with its owner and target date, as one step.
     */
    public int adoptSuggestions(java.util.List<Row> chosen) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || session.isReadOnly() || chosen == null) {
            return 0;
        }
        java.util.List<Change> changes = new java.util.ArrayList<>();
        for (Row row : java.util.List.copyOf(chosen)) {
            if (!row.hasOpenAction()) {
                changes.add(Change.create(actionFor(session, row.finding())));
            }
        }
        if (changes.isEmpty() || !main.perform(new Edit(changes.size() == 1 ? "Add action"
                : "Adopt " + changes.size() + " suggested actions", changes))) {
            return 0;
        }
        refresh();
        return changes.size();
    }

    /** How many findings have no open action on the plan. */
    public long withoutAction() {
        return rows.stream().filter(r -> !r.hasOpenAction()).count();
    }

    private Action actionFor(DocumentSession session, Finding finding) {
        LocalDate today = main.today();
        ActionOwner owner = ownerFor(finding);
        Long ownerId = switch (owner) {
            case PERSON -> finding.personIds().get(0);
            case ORGANISATION -> finding.organisationIds().get(0);
            default -> null;
        };
        return new Action(session.model().newId(), finding.suggestedAction(), owner, ownerId,
                today.plusMonths(ACTION_TARGET_MONTHS), ActionStatus.NOT_STARTED, ActionSource.HEALTH_CHECK,
                finding.bodyIds(), finding.key(), today);
    }

    /** The council answers for oversight, reviews and money; the LSP board for the shape of the structure. */
    static ActionOwner ownerFor(Finding finding) {
        Rule rule = finding.rule();
        return switch (rule) {
            case REPORTING_LOOP, ORPHAN, THEME_WITHOUT_PARTNERSHIP, REPORTING_OUT_OF_STEP -> ActionOwner.LSP_BOARD;
            case TOO_MANY_SEATS, TOO_MANY_CHAIRS, SINGLE_POINT_OF_FAILURE, HOLDS_STRUCTURE_TOGETHER ->
                    !finding.organisationIds().isEmpty() ? ActionOwner.ORGANISATION
                            : !finding.personIds().isEmpty() ? ActionOwner.PERSON : ActionOwner.LSP_BOARD;
            default -> ActionOwner.COUNCIL;
        };
    }

    private static List<Row> check(AuthorityModel snapshot, LocalDate today) {
        List<Row> result = new ArrayList<>();
        for (Finding finding : HealthCheck.run(snapshot, today)) {
            String bodies = String.join(", ", finding.bodyIds().stream().map(id -> snapshot.body(id).name()).toList());
            result.add(new Row(finding, bodies, HealthCheck.hasOpenAction(snapshot, finding)));
        }
        return result;
    }

    private void runAgainIfAsked() {
        if (again) {
            again = false;
            refresh();
        }
    }
}
