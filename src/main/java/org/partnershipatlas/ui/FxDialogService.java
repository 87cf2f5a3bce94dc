package org.partnershipatlas.ui;

import org.partnershipatlas.ui.dialog.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.partnershipatlas.model.AuthorityKind;
import org.partnershipatlas.model.AuthoritySettings;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.SignificanceCriterion;
import org.partnershipatlas.model.SignificanceScheme;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.store.AuthorityFiles;

/** The real dialogs: JavaFX alerts and the system file chooser, owned by the main window. */
public final class FxDialogService implements WindowDialogs {
    private final Window owner;
    private File lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser chooser = chooser(title);
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName + AuthorityFiles.EXTENSION);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<NewAuthority> askNewAuthority() {
        Dialog<NewAuthority> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New authority file");
        TextField name = new TextField();
        name.setId("new-authority-name");
        name.setPromptText("e.g. Northmoor District Council");
        ComboBox<AuthorityKind> kind = labelledCombo(AuthorityKind.values());
        kind.setValue(AuthorityKind.DISTRICT);
        GridPane grid = form(new Label("Authority name"), name, new Label("Kind of authority"), kind);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new NewAuthority(name.getText().strip(), kind.getValue())
                : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<NewBody> askNewBody(java.util.List<org.partnershipatlas.model.Body> above, boolean first) {
        Dialog<NewBody> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add a body");
        dialog.setHeaderText(first ? "Start with your partnership board: the body at the top of the structure."
                : "A body and what it answers to.");
        TextField name = new TextField();
        name.setId("new-body-name");
        BodyKind proposed = first ? BodyKind.PARTNERSHIP_BOARD : BodyKind.SUB_GROUP;
        ComboBox<BodyKind> kind = labelledCombo(BodyKind.values());
        kind.setId("new-body-kind");
        kind.setValue(proposed);
        ComboBox<Layer> layer = labelledCombo(Layer.values());
        layer.setId("new-body-layer");
        layer.setValue(proposed.usualLayer());
        ComboBox<org.partnershipatlas.model.LineKind> how = labelledCombo(org.partnershipatlas.model.LineKind.values());
        how.setId("new-body-line");
        how.setValue(proposed.usualLine());
        ComboBox<org.partnershipatlas.model.Body> parent = new ComboBox<>();
        parent.setId("new-body-parent");
        parent.getItems().add(null);
        parent.getItems().addAll(above.stream().sorted(java.util.Comparator.comparing(
                org.partnershipatlas.model.Body::name, String.CASE_INSENSITIVE_ORDER)).toList());
        parent.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.partnershipatlas.model.Body body) {
                return body == null ? "(nothing yet)" : body.name();
            }

            @Override
            public org.partnershipatlas.model.Body fromString(String text) {
                return null;
            }
        });
        parent.setPromptText("(nothing yet)");
        parent.setValue(null);
        how.disableProperty().bind(parent.valueProperty().isNull());
        // the layer and the line follow the kind until the user chooses them by hand
        boolean[] following = {true, true};
        boolean[] setting = {false};
        kind.valueProperty().addListener((o, was, now) -> {
            setting[0] = true;
            if (following[0]) {
                layer.setValue(now.usualLayer());
            }
            if (following[1]) {
                how.setValue(now.usualLine());
            }
            setting[0] = false;
        });
        layer.valueProperty().addListener((o, was, now) -> following[0] &= setting[0]);
        how.valueProperty().addListener((o, was, now) -> following[1] &= setting[0]);
        dialog.getDialogPane().setContent(form(new Label("Name"), name, new Label("Kind"), kind,
                new Label("Layer"), layer, new Label("Answers to"), parent, new Label("How"), how));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new NewBody(name.getText().strip(), kind.getValue(), layer.getValue(),
                        parent.getValue() == null ? null : parent.getValue().id(), how.getValue()) : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<AuthoritySettings> editSettings(AuthoritySettings current) {
        Dialog<AuthoritySettings> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Health check thresholds and cost rates");
        Spinner<Integer> dueSoon = spinner(0, 365, current.reviewDueSoonDays());
        Spinner<Integer> seats = spinner(1, 100, current.maxSeats());
        Spinner<Integer> chairs = spinner(1, 50, current.maxChairs());
        Spinner<Integer> meeting = spinner(0, 600, current.meetingMinutes());
        Spinner<Integer> preparation = spinner(0, 600, current.preparationMinutes());
        TextField officer = new TextField(current.officerHourlyRate().format());
        TextField councillor = new TextField(current.councillorHourlyRate().format());
        TextField partner = new TextField(current.partnerHourlyRate().format());
        dialog.getDialogPane().setContent(form(new Label("Review due soon within (days)"), dueSoon,
                new Label("Most seats before over-committed"), seats, new Label("Most bodies one person chairs"), chairs,
                new Label("Meeting length (minutes)"), meeting, new Label("Preparation (minutes)"), preparation,
                new Label("Officer hourly rate"), officer, new Label("Councillor hourly rate"), councillor,
                new Label("Partner hourly rate"), partner));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            try {
                return new AuthoritySettings(dueSoon.getValue(), seats.getValue(), chairs.getValue(),
                        current.topBodyIds(), meeting.getValue(), preparation.getValue(), Money.parse(officer.getText()),
                        Money.parse(councillor.getText()), Money.parse(partner.getText()));
            } catch (IllegalArgumentException e) {
                showError("Not a rate", e.getMessage());
                return null;
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> chooseMergeTarget(String title, String message, java.util.List<T> choices,
                                             java.util.function.Function<T, String> label) {
        java.util.List<String> names = choices.stream().map(label).toList();
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.setContentText("Keep");
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK))
                .setText("Merge");
        return dialog.showAndWait().map(names::indexOf).filter(i -> i >= 0).map(choices::get);
    }

    @Override
    public boolean editSeat(org.partnershipatlas.ui.seats.SeatDraft draft) {
        return new org.partnershipatlas.ui.seats.SeatDialog(owner, draft).ask();
    }

    @Override
    public Optional<NewReview> askNewReview(String suggestedName, java.time.LocalDate today) {
        javafx.scene.control.Dialog<NewReview> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Record this year's review");
        dialog.setHeaderText("The whole authority is kept as it stands today, inside the file, so next year's "
                + "review can show what changed.");
        javafx.scene.control.TextField name = new javafx.scene.control.TextField(suggestedName);
        name.setId("review-name");
        javafx.scene.control.DatePicker on = new javafx.scene.control.DatePicker(today);
        on.setId("review-date");
        javafx.scene.control.TextArea note = new javafx.scene.control.TextArea();
        note.setId("review-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("e.g. reported to cabinet on 14 July; classifications agreed");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new javafx.scene.control.Label("Name"), name);
        grid.addRow(1, new javafx.scene.control.Label("As of"), on);
        grid.addRow(2, new javafx.scene.control.Label("Note"), note);
        dialog.getDialogPane().setContent(grid);
        javafx.scene.control.ButtonType record = new javafx.scene.control.ButtonType("Record",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(record, javafx.scene.control.ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(record).disableProperty().bind(name.textProperty().isEmpty()
                .or(on.valueProperty().isNull()));
        dialog.setResultConverter(b -> b == record ? new NewReview(name.getText().strip(), on.getValue(),
                note.getText()) : null);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askUserName() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(
                System.getProperty("user.name", ""));
        dialog.initOwner(owner);
        dialog.setTitle("Your name");
        dialog.setHeaderText("Your name is recorded with each change you make and each classification decision.");
        dialog.setContentText("Name");
        return dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                + " files", "*." + extension));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public boolean editCabinetReport(org.partnershipatlas.ui.review.CabinetReportViewModel report) {
        return new org.partnershipatlas.ui.review.CabinetReportDialog(owner, report).showAndWait()
                .filter(b -> b == org.partnershipatlas.ui.review.CabinetReportDialog.SAVE).isPresent();
    }

    @Override
    public boolean editPack(org.partnershipatlas.ui.pack.PackViewModel choices) {
        org.partnershipatlas.ui.pack.PackDialog dialog = new org.partnershipatlas.ui.pack.PackDialog(owner, choices,
                initial -> chooseFolder("Folder for the cabinet appendices", initial));
        return dialog.showAndWait().filter(b -> b == org.partnershipatlas.ui.pack.PackDialog.EXPORT).isPresent();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        Path start = initial;
        while (start != null && !java.nio.file.Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<SignificanceScheme> editScheme(SignificanceScheme current) {
        Dialog<SignificanceScheme> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Significance criteria");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        java.util.Map<SignificanceCriterion, Spinner<Integer>> weights = new java.util.EnumMap<>(
                SignificanceCriterion.class);
        int row = 0;
        grid.addRow(row++, new Label("Criterion"), new Label("Weight"));
        for (SignificanceCriterion criterion : SignificanceCriterion.values()) {
            Spinner<Integer> weight = spinner(0, 20, current.weights().get(criterion));
            weights.put(criterion, weight);
            Label label = new Label(criterion.label());
            label.setLabelFor(weight);
            grid.addRow(row++, label, weight);
        }
        TextField threshold = new TextField(current.contributionThreshold().format());
        Spinner<Integer> passMark = spinner(1, 100, current.passMark());
        grid.addRow(row++, new Label("Contribution threshold (a year)"), threshold);
        grid.addRow(row, new Label("Score needed to be significant"), passMark);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            try {
                java.util.Map<SignificanceCriterion, Integer> chosen = new java.util.EnumMap<>(SignificanceCriterion.class);
                weights.forEach((criterion, spinner) -> chosen.put(criterion, spinner.getValue()));
                return new SignificanceScheme(Money.parse(threshold.getText()), chosen, passMark.getValue());
            } catch (IllegalArgumentException e) {
                showError("Not an amount", e.getMessage());
                return null;
            }
        });
        return dialog.showAndWait();
    }

    private static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value);
        spinner.setEditable(true);
        return spinner;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }

    @Override
    public Optional<Path> chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a register, Kumu workbook, GraphML or JSON");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Everything Partnership Atlas can import",
                        org.partnershipatlas.io.imports.ImportSource.EXTENSIONS.stream().map(e -> "*." + e).toList()),
                new FileChooser.ExtensionFilter("Registers (CSV, Excel)", "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter("GraphML (yEd, Gephi, networkx)", "*.graphml", "*.xml"),
                new FileChooser.ExtensionFilter("Partnership Atlas JSON", "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public boolean editImport(org.partnershipatlas.ui.exchange.ImportViewModel plan) {
        return new org.partnershipatlas.ui.exchange.ImportDialog(owner, plan).showAndWait()
                .filter(b -> b == org.partnershipatlas.ui.exchange.ImportDialog.IMPORT).isPresent();
    }

    @Override
    public boolean editWorkshopPlan(org.partnershipatlas.ui.workshop.WorkshopPlanViewModel plan) {
        return new org.partnershipatlas.ui.workshop.WorkshopPlanDialog(owner, plan).showAndWait()
                .filter(b -> b == org.partnershipatlas.ui.workshop.WorkshopPlanDialog.SAVE).isPresent();
    }

    @Override
    public Optional<ExchangeChoice> chooseExchangeExport(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the map for another tool");
        java.util.Map<FileChooser.ExtensionFilter, org.partnershipatlas.report.ExchangeExport.Format> formats =
                new java.util.LinkedHashMap<>();
        for (var format : org.partnershipatlas.report.ExchangeExport.Format.values()) {
            formats.put(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()), format);
        }
        chooser.getExtensionFilters().addAll(formats.keySet());
        chooser.setInitialFileName(suggestedName + ".graphml");
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(1));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        remember(file);
        var format = formats.getOrDefault(chooser.getSelectedExtensionFilter(),
                org.partnershipatlas.report.ExchangeExport.Format.GRAPHML);
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        for (var candidate : org.partnershipatlas.report.ExchangeExport.Format.values()) {
            if (name.endsWith("." + candidate.extension())) {
                format = candidate;
            }
        }
        Path path = name.endsWith("." + format.extension()) ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
        return Optional.of(new ExchangeChoice(path, format));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Partnership Atlas authority files",
                "*" + AuthorityFiles.EXTENSION));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @SafeVarargs
    private static <E extends Labelled> ComboBox<E> labelledCombo(E... values) {
        ComboBox<E> combo = new ComboBox<>();
        combo.getItems().setAll(values);
        combo.setConverter(org.partnershipatlas.ui.common.Converters.showing(Labelled::label));
        return combo;
    }

    private static GridPane form(javafx.scene.Node... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            ((Label) labelsAndFields[i]).setLabelFor(labelsAndFields[i + 1]);
            grid.addRow(i / 2, labelsAndFields[i], labelsAndFields[i + 1]);
        }
        return grid;
    }
}
