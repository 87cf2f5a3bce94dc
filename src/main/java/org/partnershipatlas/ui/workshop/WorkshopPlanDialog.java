package org.partnershipatlas.ui.workshop;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The workshop plan dialog: tick the steps to take, put them in order with Up and Down, and write
 * notes for each to read on the presenter view. Binds to a {@link WorkshopPlanViewModel}.
 */
public final class WorkshopPlanDialog extends Dialog<ButtonType> {
    public static final ButtonType SAVE = new ButtonType("Save the plan", ButtonBar.ButtonData.OK_DONE);

    public WorkshopPlanDialog(Window owner, WorkshopPlanViewModel viewModel) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Plan the workshop");
        getDialogPane().setId("workshop-plan");
        ListView<WorkshopPlanViewModel.Choice> steps = new ListView<>(viewModel.choices());
        steps.setId("workshop-steps");
        steps.setCellFactory(CheckBoxListCell.forListView(WorkshopPlanViewModel.Choice::includedProperty));
        steps.setPrefSize(420, 360);
        Button up = new Button("Up");
        up.setId("workshop-step-up");
        Button down = new Button("Down");
        down.setId("workshop-step-down");
        up.setOnAction(e -> {
            int at = steps.getSelectionModel().getSelectedIndex();
            viewModel.moveUp(at);
            steps.getSelectionModel().select(Math.max(0, at - 1));
        });
        down.setOnAction(e -> {
            int at = steps.getSelectionModel().getSelectedIndex();
            viewModel.moveDown(at);
            steps.getSelectionModel().select(Math.min(viewModel.choices().size() - 1, at + 1));
        });
        TextArea notes = new TextArea();
        notes.setId("workshop-step-notes");
        notes.setWrapText(true);
        notes.setPromptText("What to say at this step (shown only on the presenter view)");
        notes.setDisable(true);
        steps.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                notes.textProperty().unbindBidirectional(was.notesProperty());
            }
            notes.setDisable(now == null);
            if (now != null) {
                notes.textProperty().bindBidirectional(now.notesProperty());
            } else {
                notes.clear();
            }
        });
        VBox right = new VBox(8, new HBox(8, up, down), new Label("Notes for the selected step"), notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        VBox content = new VBox(8, new Label("Tick the steps to take, in order; the ticked steps are saved in the "
                + "authority file."), new HBox(12, steps, right));
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().lookupButton(SAVE).setId("workshop-plan-save");
    }
}
