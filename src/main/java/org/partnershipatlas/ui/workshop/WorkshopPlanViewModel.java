package org.partnershipatlas.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.model.WorkshopPlan;
import org.partnershipatlas.model.WorkshopStep;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * Workshop > Plan the workshop: every step there could be (the overview, each theme, the findings),
 * the planned ones ticked and in the planned order first, each with the facilitator's notes; saved in
 * the authority file as one undoable change.
 */
public final class WorkshopPlanViewModel {
    /** One possible step: whether it is in the plan, and its notes. */
    public static final class Choice {
        private final WorkshopStep step;
        private final String title;
        private final BooleanProperty included;
        private final StringProperty notes;

        Choice(WorkshopStep step, String title, boolean included) {
            this.step = step;
            this.title = title;
            this.included = new SimpleBooleanProperty(this, "included", included);
            this.notes = new SimpleStringProperty(this, "notes", step.notes());
        }

        public String title() {
            return title;
        }

        public BooleanProperty includedProperty() {
            return included;
        }

        public StringProperty notesProperty() {
            return notes;
        }

        WorkshopStep step() {
            return step.withNotes(notes.get());
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final WorkshopPlanDialogs planDialogs;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();

    public WorkshopPlanViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, WorkshopPlanDialogs planDialogs) {
        this.main = main;
        this.dialogs = dialogs;
        this.planDialogs = planDialogs;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** Fills the list from the plan kept in the file (or the proposed one), then the steps not in it. */
    public void prepare() {
        choices.clear();
        AuthorityModel model = model();
        if (model == null) {
            return;
        }
        WorkshopPlan plan = WorkshopPlan.of(model);
        List<WorkshopStep> possible = new ArrayList<>(WorkshopPlan.proposed(model).steps());
        model.themes().stream().filter(t -> possible.stream().noneMatch(s -> s.sameAs(WorkshopStep.theme(t.id()))))
                .sorted(java.util.Comparator.comparing(Theme::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> possible.add(WorkshopStep.theme(t.id())));
        possible.add(WorkshopStep.findings());
        for (WorkshopStep step : plan.steps()) {
            choices.add(new Choice(step, WorkshopViewModel.title(model, step), true));
        }
        for (WorkshopStep step : possible) {
            if (plan.steps().stream().noneMatch(step::sameAs)) {
                choices.add(new Choice(step, WorkshopViewModel.title(model, step), false));
            }
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < choices.size()) {
            choices.add(index - 1, choices.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < choices.size() - 1) {
            choices.add(index + 1, choices.remove(index));
        }
    }

    /** The plan as ticked and ordered. */
    public WorkshopPlan plan() {
        return new WorkshopPlan(choices.stream().filter(c -> c.included.get()).map(Choice::step).toList());
    }

    /** Saves the plan as one undoable change; a plan with no step is refused with a message. */
    public boolean save() {
        WorkshopPlan plan = plan();
        if (plan.isEmpty()) {
            dialogs.showError("The workshop needs a step", "Tick at least one step for the workshop.");
            return false;
        }
        AuthorityModel model = model();
        if (plan.equals(model.workshopPlan())) {
            return true;
        }
        return main.perform(Edit.of("Plan the workshop", Change.update(model.workshopPlan(), plan)));
    }

    /** Workshop > Plan the workshop: the dialog on the current plan, saved when the user chooses Save. */
    public void askAndSave() {
        if (model() == null) {
            return;
        }
        prepare();
        if (planDialogs.editWorkshopPlan(this)) {
            save();
        }
    }

    private AuthorityModel model() {
        return main.sessionProperty().get() == null ? null : main.sessionProperty().get().model();
    }
}
