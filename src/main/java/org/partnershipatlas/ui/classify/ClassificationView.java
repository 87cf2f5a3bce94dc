package org.partnershipatlas.ui.classify;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.partnershipatlas.model.Answer;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.PartnershipTest;
import org.partnershipatlas.ui.common.Converters;

/** The classification assistant: binds the six answers, the proposal, the decision and the history. */
public final class ClassificationView extends ScrollPane {
    public ClassificationView(ClassificationViewModel viewModel) {
        setId("classify");
        setFitToWidth(true);
        Label heading = new Label();
        heading.getStyleClass().add("inspector-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                viewModel.bodyProperty().get() == null ? "Select a body to classify it"
                        : "Classify " + viewModel.bodyProperty().get().name(), viewModel.bodyProperty()));
        Label intro = new Label("Answer the Audit Commission's six tests. A partnership meets all six; the "
                + "assistant proposes what the group is and why.");
        intro.setWrapText(true);

        GridPane tests = new GridPane();
        tests.setHgap(8);
        tests.setVgap(6);
        ColumnConstraints question = new ColumnConstraints();
        question.setHgrow(Priority.ALWAYS);
        question.setMinWidth(200);
        ColumnConstraints answerColumn = new ColumnConstraints();
        answerColumn.setMinWidth(130);
        tests.getColumnConstraints().addAll(question, answerColumn, new ColumnConstraints(180));
        int row = 0;
        for (PartnershipTest test : PartnershipTest.values()) {
            Label label = new Label((test.ordinal() + 1) + ". " + test.label());
            label.setWrapText(true);
            ComboBox<Answer> answer = new ComboBox<>(FXCollections.observableArrayList(Answer.values()));
            answer.setId("answer-" + test.name());
            answer.setPrefWidth(130);
            answer.setConverter(Converters.showing(Answer::label));
            answer.valueProperty().bindBidirectional(viewModel.answerProperty(test));
            answer.setAccessibleText("Answer to test " + (test.ordinal() + 1) + ": " + test.label());
            label.setLabelFor(answer);
            TextField note = new TextField();
            note.setId("note-" + test.name());
            note.setPromptText("Note (optional)");
            note.setAccessibleText("Note on test " + (test.ordinal() + 1));
            note.textProperty().bindBidirectional(viewModel.noteProperty(test));
            tests.addRow(row++, label, answer, note);
        }

        Label proposal = new Label();
        proposal.setId("proposal");
        proposal.getStyleClass().add("proposal");
        proposal.setWrapText(true);
        proposal.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "Proposed: " + viewModel.reasonProperty().get(), viewModel.reasonProperty()));

        ComboBox<Classification> decision = new ComboBox<>(FXCollections.observableArrayList(
                Classification.PARTNERSHIP, Classification.NETWORK, Classification.WORKING_GROUP));
        decision.setId("decision");
        decision.setConverter(Converters.showing(Classification::label));
        decision.valueProperty().bindBidirectional(viewModel.decisionProperty());
        Label decisionLabel = new Label("Decision");
        decisionLabel.setLabelFor(decision);
        TextArea rationale = new TextArea();
        rationale.setId("rationale");
        rationale.setPromptText("Why? Needed whether or not you accept the proposal.");
        rationale.setPrefRowCount(3);
        rationale.setWrapText(true);
        rationale.setAccessibleText("Rationale for the decision");
        rationale.textProperty().bindBidirectional(viewModel.rationaleProperty());
        Label error = new Label();
        error.setId("classify-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        Button record = new Button("Record decision");
        record.setId("record-decision");
        record.setDefaultButton(false);
        record.disableProperty().bind(viewModel.bodyProperty().isNull());
        record.setOnAction(e -> viewModel.record());

        ListView<String> history = new ListView<>(viewModel.history());
        history.setId("classification-history");
        history.setPrefHeight(160);
        history.setPlaceholder(new Label("No decisions recorded yet."));
        history.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });

        VBox box = new VBox(10, heading, intro, tests, proposal, new HBox(8, decisionLabel, decision), rationale,
                error, record, new Label("Earlier decisions"), history);
        box.setPadding(new Insets(10));
        box.disableProperty().bind(viewModel.bodyProperty().isNull());
        heading.disableProperty().unbind();
        setContent(box);
    }
}
