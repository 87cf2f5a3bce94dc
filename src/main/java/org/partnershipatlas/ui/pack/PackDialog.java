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
        VBox appendices = new VBox(6, bold("Appendices"));
        for (int n = 1; n <= 6; n++) {
            CheckBox box = new CheckBox(PackViewModel.APPENDIX_TITLES[n - 1]);
            box.setId("pack-appendix-" + n);
            box.selectedProperty().bindBidirectional(viewModel.appendix(n));
            box.selectedProperty().addListener(o -> viewModel.check());
            appendices.getChildren().add(box);
        }
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
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(12);
        grid.setPadding(new Insets(12));
        grid.add(appendices, 0, 0);
        grid.add(themeBox, 1, 0);
        grid.add(new VBox(6, bold("Files"), files), 0, 1, 2, 1);
        grid.add(new HBox(8, bold("Paper for the diagram"), paper), 0, 2, 2, 1);
        grid.add(new VBox(4, confidential, warning), 0, 3, 2, 1);
        grid.add(new VBox(6, bold("Folder"), folderRow, problem), 0, 4, 2, 1);
        grid.add(unplanned, 0, 5, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        Button export = (Button) getDialogPane().lookupButton(EXPORT);
        export.setId("pack-export");
        export.disableProperty().bind(viewModel.canExport().not());
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }
}
