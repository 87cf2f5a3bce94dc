package org.partnershipatlas.ui.pack;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import org.partnershipatlas.model.Theme;
import org.partnershipatlas.report.pack.PackOptions;
import org.partnershipatlas.ui.common.Converters;

/**
 * The Cabinet appendices dialog: which appendices, which themes (none ticked: the whole map), which
 * files, the paper for the diagram, whether confidential fields go in, and the folder. It binds to a
 * {@link PackViewModel}; Export is enabled only when the choices make a pack.
 */
public final class PackDialog extends Dialog<ButtonType> {
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    public PackDialog(Window owner, PackViewModel viewModel, Function<Path, java.util.Optional<Path>> chooseFolder) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Export the cabinet appendices");
        getDialogPane().setId("pack-dialog");
        VBox appendixRows = new VBox(4);
        Runnable layOut = () -> appendixRows.getChildren().setAll(viewModel.order().stream()
                .map(code -> appendixRow(viewModel, code)).toList());
        viewModel.order().addListener((javafx.collections.ListChangeListener<Integer>) c -> layOut.run());
        layOut.run();
        VBox appendices = new VBox(6, bold("Appendices, in the order they are numbered"), appendixRows);
        CheckListView<Theme> themes = new CheckListView<>(viewModel.themes());
        themes.setId("pack-themes");
        themes.setAccessibleText("Themes to include; none ticked includes the whole map");
        themes.setPrefHeight(170);
        themes.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(themes::getItemBooleanProperty,
                Converters.showing(Theme::name)));
        viewModel.chosenThemes().forEach(t -> themes.getCheckModel().check(t));
        themes.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<Theme>) c ->
                viewModel.chosenThemes().setAll(themes.getCheckModel().getCheckedItems()));
        VBox themeBox = new VBox(6, bold("Themes (none ticked: the whole map)"), themes);
        FlowPane files = new FlowPane(12, 6);
        for (PackOptions.Format format : PackOptions.Format.values()) {
            CheckBox box = new CheckBox(format.name());
            box.setId("pack-format-" + format.extension());
            box.selectedProperty().bindBidirectional(viewModel.format(format));
            box.selectedProperty().addListener(o -> viewModel.check());
            files.getChildren().add(box);
        }
        ComboBox<PackOptions.Paper> paper = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                PackOptions.Paper.values()));
        paper.setId("pack-paper");
        paper.setAccessibleText("Paper for the structure diagram, landscape");
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        CheckBox confidential = new CheckBox("Include confidential fields (contact details, notes, risk ratings)");
        confidential.setId("pack-confidential");
        confidential.selectedProperty().bindBidirectional(viewModel.confidentialProperty());
        Label warning = new Label("Not for publication: the pack will hold personal data.");
        warning.setStyle("-fx-font-weight: bold");
        warning.visibleProperty().bind(confidential.selectedProperty());
        TextField folder = new TextField();
        folder.setId("pack-folder");
        folder.setAccessibleText("Folder for the files");
        folder.setText(viewModel.folderProperty().get() == null ? "" : viewModel.folderProperty().get().toString());
        folder.textProperty().addListener((o, was, now) -> {
            viewModel.folderProperty().set(now == null || now.isBlank() ? null : Path.of(now.strip()));
            viewModel.check();
        });
        Button browse = new Button("Choose…");
        browse.setId("pack-choose-folder");
        browse.setOnAction(e -> chooseFolder.apply(viewModel.folderProperty().get())
                .ifPresent(p -> folder.setText(p.toString())));
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(6, folder, browse);
        Label unplanned = new Label();
        unplanned.setId("pack-unplanned");
        unplanned.setWrapText(true);
        unplanned.textProperty().bind(viewModel.unplannedProperty());
        Label problem = new Label();
        problem.setId("pack-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        GridPane meeting = new GridPane();
        meeting.setHgap(8);
        meeting.setVgap(6);
        meeting.add(bold("The meeting and the covering report"), 0, 0, 2, 1);
        field(meeting, 1, "Committee", "pack-committee", viewModel.committeeProperty());
        javafx.scene.control.DatePicker date = org.partnershipatlas.ui.common.DatePickers.create("pack-meeting-date",
                "dd/mm/yyyy", why -> { });
        date.setAccessibleText("Date of the meeting");
        date.valueProperty().bindBidirectional(viewModel.meetingDateProperty());
        meeting.add(new Label("Meeting date"), 0, 2);
        meeting.add(date, 1, 2);
        field(meeting, 3, "Report reference", "pack-reference", viewModel.referenceProperty());
        field(meeting, 4, "Report of", "pack-report-of", viewModel.reportOfProperty());
        field(meeting, 5, "Contact officer", "pack-contact-officer", viewModel.contactOfficerProperty());
        field(meeting, 6, "Telephone or email", "pack-contact-details", viewModel.contactDetailsProperty());
        Label words = new Label("The officer's own words for the review report and the covering report: "
                + "Review > Write the cabinet report.");
        words.setWrapText(true);
        words.setMaxWidth(360);
        meeting.add(words, 0, 7, 2, 1);
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(12);
        grid.setPadding(new Insets(12));
        grid.add(new VBox(12, appendices, new VBox(6, bold("Files"), files),
                new HBox(8, bold("Paper for the diagram"), paper), new VBox(4, confidential, warning)), 0, 0);
        grid.add(new VBox(12, themeBox, meeting), 1, 0);
        grid.add(new VBox(6, bold("Folder"), folderRow, problem), 0, 1, 2, 1);
        grid.add(unplanned, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("pack-export");
        export.disableProperty().bind(viewModel.canExport().not());
        // a date typed but not yet committed with Enter still counts
        export.addEventFilter(javafx.event.ActionEvent.ACTION, e -> org.partnershipatlas.ui.common.DatePickers
                .takeTyped(date));
    }

    /** One appendix: ticked in or out, and moved earlier or later in the pack. */
    private static HBox appendixRow(PackViewModel viewModel, int code) {
        CheckBox box = new CheckBox();
        box.setId("pack-appendix-" + code);
        box.selectedProperty().bindBidirectional(viewModel.appendix(code));
        box.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> viewModel.appendixLabel(code),
                viewModel.order(), viewModel.appendix(1), viewModel.appendix(2), viewModel.appendix(3),
                viewModel.appendix(4), viewModel.appendix(5), viewModel.appendix(6), viewModel.appendix(7)));
        box.selectedProperty().addListener(o -> viewModel.check());
        Button up = new Button("↑");
        up.setId("pack-up-" + code);
        up.setAccessibleText("Move " + PackOptions.title(code) + " earlier");
        up.setTooltip(new javafx.scene.control.Tooltip("Earlier in the pack"));
        up.setOnAction(e -> viewModel.move(code, true));
        Button down = new Button("↓");
        down.setId("pack-down-" + code);
        down.setAccessibleText("Move " + PackOptions.title(code) + " later");
        down.setTooltip(new javafx.scene.control.Tooltip("Later in the pack"));
        down.setOnAction(e -> viewModel.move(code, false));
        int at = viewModel.order().indexOf(code);
        up.setDisable(at == 0);
        down.setDisable(at == viewModel.order().size() - 1);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(4, box, gap, up, down);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static void field(GridPane grid, int row, String label, String id,
                              javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(label);
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(property);
        Label name = new Label(label);
        name.setLabelFor(field);
        grid.add(name, 0, row);
        grid.add(field, 1, row);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }
}
