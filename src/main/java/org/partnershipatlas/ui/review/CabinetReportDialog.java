package org.partnershipatlas.ui.review;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.partnershipatlas.model.ReportText;

/**
 * Review > Write the cabinet report: the sections on the left (the review report's five, then the
 * covering report's), and for the one chosen what the app writes from the record above the box where
 * the officer writes their own words. Binds to a {@link CabinetReportViewModel}; Save keeps every
 * section's words, including those typed before another section was chosen.
 */
public final class CabinetReportDialog extends Dialog<ButtonType> {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    public CabinetReportDialog(Window owner, CabinetReportViewModel viewModel) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Write the cabinet report");
        setResizable(true);
        getDialogPane().setId("cabinet-report-dialog");
        ListView<ReportText> sections = new ListView<>(viewModel.sections());
        sections.setId("report-sections");
        sections.setAccessibleText("Sections of the review report and the covering report");
        sections.setPrefWidth(320);
        sections.setCellFactory(list -> new ListCell<>() {
            {
                // a long section name wraps rather than being cut short
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(ReportText item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : (item.inReviewReport() ? "Review report: " : "Covering report: ")
                        + item.label());
            }
        });
        Label factsTitle = new Label();
        factsTitle.setStyle("-fx-font-weight: bold");
        TextArea facts = new TextArea();
        facts.setId("report-facts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.setPrefRowCount(9);
        facts.setStyle("-fx-control-inner-background: #f1f3f6");
        Label ownTitle = new Label();
        ownTitle.setStyle("-fx-font-weight: bold");
        TextArea own = new TextArea();
        own.setId("report-own-words");
        own.setWrapText(true);
        own.setPrefRowCount(10);
        ownTitle.setLabelFor(own);
        Label problem = new Label();
        problem.setId("report-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (was != null) {
                own.textProperty().unbindBidirectional(viewModel.text(was));
            }
            show(now, viewModel, facts, factsTitle, own, ownTitle);
        });
        sections.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        sections.getSelectionModel().select(viewModel.selectedProperty().get());
        show(viewModel.selectedProperty().get(), viewModel, facts, factsTitle, own, ownTitle);
        VBox.setVgrow(own, Priority.ALWAYS);
        VBox right = new VBox(6, factsTitle, facts, ownTitle, own, problem);
        right.setPadding(new Insets(0, 0, 0, 12));
        BorderPane content = new BorderPane(right);
        content.setLeft(sections);
        content.setPadding(new Insets(12));
        content.setPrefSize(1000, 560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(SAVE);
        save.setId("report-save");
        // stays open with the reason shown when the file refuses the words
        save.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!viewModel.save()) {
                e.consume();
            }
        });
    }

    private static void show(ReportText section, CabinetReportViewModel viewModel, TextArea facts, Label factsTitle,
                             TextArea own, Label ownTitle) {
        facts.textProperty().bind(viewModel.facts(section));
        factsTitle.setText(section.inReviewReport() ? "From the record (Atlas writes this under \"" + section.label()
                + "\")" : "Atlas's draft, used when you write nothing here");
        ownTitle.setText(section.inReviewReport() ? "Officer's commentary (printed under the facts, apart from them)"
                : "Your words for \"" + section.label() + "\"");
        own.setAccessibleText(ownTitle.getText());
        own.textProperty().bindBidirectional(viewModel.text(section));
    }
}
