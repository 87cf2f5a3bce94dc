package org.partnershipatlas.ui.workshop;

import java.time.format.DateTimeFormatter;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.WorkshopNote;

/**
 * The facilitator's own screen while the projector shows the workshop: this step and the next, the
 * notes planned for this step, everything recorded about the body in the spotlight (confidential
 * fields included, as only the facilitator sees this), the time of day and the time since the start,
 * and the place to type a note or an action without stopping the presentation.
 */
public final class PresenterView extends BorderPane {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final WorkshopViewModel viewModel;
    private final Label step = new Label();
    private final Label next = new Label();
    private final Label clock = new Label();
    private final TextArea notes = new TextArea();
    private final Label spotTitle = new Label();
    private final TextArea details = new TextArea();
    private final Label prompt = new Label();
    private final TextField capture = new TextField();
    private final Label message = new Label();
    private final Timeline ticking;

    public PresenterView(WorkshopViewModel viewModel) {
        this.viewModel = viewModel;
        setId("presenter");
        setStyle("-fx-font-size: 16px");
        step.setId("presenter-step");
        step.setStyle("-fx-font-size: 24px; -fx-font-weight: bold");
        next.setId("presenter-next");
        clock.setId("presenter-clock");
        clock.setStyle("-fx-font-size: 24px");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(16, new VBox(4, step, next), gap, clock);
        top.setPadding(new Insets(12));
        setTop(top);
        notes.setId("presenter-notes");
        notes.setEditable(false);
        notes.setFocusTraversable(false);
        notes.setPromptText("No notes for this step. Write them beforehand under Workshop > Plan the workshop.");
        notes.setWrapText(true);
        details.setId("presenter-details");
        details.setEditable(false);
        details.setFocusTraversable(false);
        details.setWrapText(true);
        spotTitle.setStyle("-fx-font-weight: bold");
        VBox left = new VBox(6, new Label("Notes for this step"), notes);
        VBox right = new VBox(6, spotTitle, details);
        VBox.setVgrow(notes, Priority.ALWAYS);
        VBox.setVgrow(details, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(400);
        right.setPrefWidth(600);
        HBox centre = new HBox(12, left, right);
        centre.setPadding(new Insets(0, 12, 0, 12));
        setCenter(centre);
        setBottom(bottom());
        viewModel.indexProperty().addListener(o -> refresh());
        viewModel.spotlightProperty().addListener(o -> refresh());
        viewModel.sceneProperty().addListener(o -> refresh());
        viewModel.messageProperty().addListener(o -> message.setText(viewModel.messageProperty().get()));
        ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        viewModel.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                ticking.stop();
            }
        });
        refresh();
        tick();
    }

    private VBox bottom() {
        prompt.setId("presenter-prompt");
        capture.setId("presenter-capture");
        capture.setPromptText("Type what the room says, then Enter");
        capture.textProperty().bindBidirectional(viewModel.captureTextProperty());
        capture.setOnAction(e -> viewModel.saveCapture());
        HBox typing = new HBox(8, prompt, capture);
        HBox.setHgrow(capture, Priority.ALWAYS);
        typing.visibleProperty().bind(viewModel.capturingProperty().isNotEqualTo(WorkshopViewModel.Capture.NONE));
        typing.managedProperty().bind(typing.visibleProperty());
        viewModel.capturingProperty().addListener((o, was, now) -> {
            if (now != WorkshopViewModel.Capture.NONE) {
                prompt.setText(now == WorkshopViewModel.Capture.NOTE ? "Note:" : "Action:");
                capture.requestFocus();
            }
        });
        prompt.setText(viewModel.capturingProperty().get() == WorkshopViewModel.Capture.ACTION ? "Action:" : "Note:");
        Button note = new Button("Note (N)");
        note.setId("presenter-note");
        note.setOnAction(e -> viewModel.beginCapture(WorkshopViewModel.Capture.NOTE));
        Button action = new Button("Action (A)");
        action.setId("presenter-action");
        action.setOnAction(e -> viewModel.beginCapture(WorkshopViewModel.Capture.ACTION));
        ToggleButton confidential = new ToggleButton("Confidential on projector (C)");
        confidential.setId("presenter-confidential");
        confidential.setFocusTraversable(false);
        viewModel.confidentialShownProperty().addListener((o, was, now) -> confidential.setSelected(now));
        confidential.setOnAction(e -> {
            viewModel.toggleConfidential();
            confidential.setSelected(viewModel.confidentialShownProperty().get());
        });
        Button end = new Button("End (Esc)");
        end.setId("presenter-end");
        end.setOnAction(e -> viewModel.end());
        for (Button button : new Button[] {note, action, end}) {
            button.setFocusTraversable(false);
        }
        message.setId("presenter-message");
        HBox buttons = new HBox(8, note, action, confidential, end, message);
        VBox bottom = new VBox(8, typing, buttons);
        bottom.setPadding(new Insets(12));
        return bottom;
    }

    private void tick() {
        clock.setText(viewModel.timeOfDay() + "   elapsed " + viewModel.elapsed());
    }

    private void refresh() {
        int index = viewModel.indexProperty().get();
        step.setText("Step " + (index + 1) + " of " + viewModel.stepCount() + ": " + viewModel.title(index));
        next.setText(index + 1 < viewModel.stepCount() ? "Next: " + viewModel.title(index + 1) : "This is the last step");
        notes.setText(viewModel.notes(index));
        AuthorityModel model = viewModel.model();
        Long id = viewModel.spotlightProperty().get();
        if (model == null || id == null || model.body(id) == null) {
            spotTitle.setText("No body in the spotlight: click one on the projector, or Tab to it and press Enter");
            details.setText(String.join("\n", viewModel.currentFindings()));
            return;
        }
        Body body = model.body(id);
        spotTitle.setText("In the spotlight: " + body.name());
        StringBuilder text = new StringBuilder(String.join("\n", BodyFacts.lines(model, body)));
        var taken = model.workshopNotesOn(id);
        if (!taken.isEmpty()) {
            text.append("\n\nWorkshop notes:");
            for (WorkshopNote note : taken) {
                text.append("\n").append(DATE.format(note.taken())).append(": ").append(note.text());
            }
        }
        details.setText(text.toString());
    }
}
