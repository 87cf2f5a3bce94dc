package org.partnershipatlas.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.io.imports.ColumnMapping;
import org.partnershipatlas.io.imports.ColumnTarget;
import org.partnershipatlas.io.imports.ImportIssue;
import org.partnershipatlas.io.imports.ImportPlan;
import org.partnershipatlas.io.imports.ImportSource;
import org.partnershipatlas.io.imports.SheetTable;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;
import org.partnershipatlas.ui.task.TaskRunner;

/**
 * File > Import…: reads the chosen file in the background, proposes which column is which field (as
 * remembered for this authority), shows the rows as they will come in and every problem, and brings
 * it in as one undoable edit: all of it, or, only when the user ticks it, the valid rows alone. Each
 * change of mapping plans the import again in the background.
 */
public final class ImportViewModel {
    /** How many body rows the preview shows. */
    static final int PREVIEW_ROWS = 200;

    /** One column of the register: its header, an example value, and the field it goes to. */
    public static final class MappingRow {
        private final String header;
        private final String example;
        private final ObjectProperty<ColumnTarget> target;

        MappingRow(String header, String example, ColumnTarget target) {
            this.header = header;
            this.example = example;
            this.target = new SimpleObjectProperty<>(this, "target", target);
        }

        public String header() {
            return header;
        }

        public String example() {
            return example;
        }

        public ObjectProperty<ColumnTarget> targetProperty() {
            return target;
        }
    }

    private final DocumentContext main;
    private final org.partnershipatlas.ui.dialog.CommonDialogs dialogs;
    private final ExchangeDialogs exchangeDialogs;
    private final org.partnershipatlas.ui.settings.KeptSettings settings;
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<ImportPlan.Outcome> preview = FXCollections.observableArrayList();
    private final ObservableList<ImportIssue> problems = FXCollections.observableArrayList();
    private final BooleanProperty validOnly = new SimpleBooleanProperty(this, "validOnly");
    private final ReadOnlyObjectWrapper<ImportSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<String, BodyKind> chosenKinds = new HashMap<>();
    private TaskRunner.Handle planning;
    private TaskRunner.Handle reading;

    public ImportViewModel(DocumentContext main, org.partnershipatlas.ui.dialog.CommonDialogs dialogs, ExchangeDialogs exchangeDialogs, org.partnershipatlas.ui.settings.KeptSettings settings) {
        this.main = main;
        this.dialogs = dialogs;
        this.exchangeDialogs = exchangeDialogs;
        this.settings = settings;
        validOnly.addListener(o -> describe());
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    /** The first rows of the source as the import will treat them. */
    public ObservableList<ImportPlan.Outcome> preview() {
        return preview;
    }

    /** Every problem, refused rows and warnings, in row order. */
    public ObservableList<ImportIssue> problems() {
        return problems;
    }

    public BooleanProperty validOnlyProperty() {
        return validOnly;
    }

    public ReadOnlyObjectProperty<ImportSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** True while the file is read or the import planned. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** What the import will do, or why it cannot, in a sentence or two. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> importable(plan.get()), plan, validOnly, working);
    }

    private boolean importable(ImportPlan current) {
        return current != null && !working.get() && !current.refusedWhole() && !current.edit().isEmpty()
                && (!current.hasRefusals() || validOnly.get());
    }

    /** File > Import…: asks for the file, reads and plans it in the background, then shows the dialog. */
    public void start() {
        if (session() == null || session().isReadOnly()) {
            dialogs.showError("Cannot import", session() == null ? "Open an authority file to import into."
                    : "This is a read-only copy; imports cannot be made into it.");
            return;
        }
        exchangeDialogs.chooseImportFile().ifPresent(this::read);
    }

    /** Reads {@code file} and plans the import; the dialog opens when that is done. */
    public void read(Path file) {
        chosenKinds.clear();
        AuthorityModel snapshot = session().model().copy();
        ColumnMapping remembered = remembered();
        working.set(true);
        main.busyMessageProperty().set("Reading " + file.getFileName() + "…");
        reading = main.runner().run("Reading " + file.getFileName(), progress -> {
            progress.update(-1, "Reading " + file.getFileName());
            ImportSource read = ImportSource.read(file);
            if (progress.isCancelled()) {
                throw new CancellationException();
            }
            ColumnMapping proposed = read.needsMapping() ? read.proposedMapping(remembered) : null;
            progress.update(0.5, "Checking every row");
            return new Planned(read, proposed, ImportPlan.of(snapshot, read.draft(proposed)));
        }, planned -> {
            main.busyMessageProperty().set("");
            working.set(false);
            show(planned);
            if (exchangeDialogs.editImport(this)) {
                importNow();
            } else {
                clear();
            }
        }, failure -> {
            main.busyMessageProperty().set("");
            working.set(false);
            if (!(failure instanceof CancellationException)) {
                dialogs.showError("Cannot import " + file.getFileName(), failure.getMessage());
            }
        });
    }

    /** The status bar's Cancel while a file is being read: nothing is imported, nothing changes. */
    public void cancel() {
        if (reading != null && working.get()) {
            reading.cancel();
        }
    }

    /** The read file, the mapping used and the plan made with it. */
    private record Planned(ImportSource source, ColumnMapping mapping, ImportPlan plan) {
    }

    private void show(Planned planned) {
        source.set(planned.source());
        mapping.clear();
        if (planned.mapping() != null) {
            List<String> seen = new ArrayList<>();
            for (SheetTable sheet : planned.source().sheets()) {
                for (int c = 0; c < sheet.header().size(); c++) {
                    String header = sheet.header().get(c);
                    if (seen.stream().noneMatch(header::equalsIgnoreCase)) {
                        seen.add(header);
                        MappingRow row = new MappingRow(header, example(sheet, c), planned.mapping().target(header));
                        row.targetProperty().addListener(o -> replan());
                        mapping.add(row);
                    }
                }
            }
        }
        showPlan(planned.plan());
    }

    private static String example(SheetTable sheet, int column) {
        return sheet.rows().stream().map(r -> r.cell(column)).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    private void showPlan(ImportPlan made) {
        plan.set(made);
        preview.setAll(made.outcomes().subList(0, Math.min(PREVIEW_ROWS, made.outcomes().size())));
        problems.setAll(made.issues());
        describe();
    }

    /**
     * Places a new body of the file as another kind than proposed (an outside body rather than a
     * partnership, say), in the layer that kind sits in, and plans again.
     */
    public void placeAs(String bodyName, BodyKind kind) {
        String key = bodyName.strip().toLowerCase(Locale.ROOT);
        if (kind == null || kind.equals(chosenKinds.get(key))) {
            return;
        }
        chosenKinds.put(key, kind);
        replan();
    }

    /** Whether the user chose this body's kind in the preview. */
    public boolean placedByUser(String bodyName) {
        return chosenKinds.containsKey(bodyName.strip().toLowerCase(Locale.ROOT));
    }

    /** The mapping as the user has set it. */
    public ColumnMapping currentMapping() {
        ColumnMapping chosen = ColumnMapping.empty();
        for (MappingRow row : mapping) {
            chosen = chosen.with(row.header(), row.targetProperty().get());
        }
        return chosen;
    }

    /** Plans again after a change of mapping, dropping a plan still being made. */
    void replan() {
        ImportSource read = source.get();
        if (read == null || session() == null) {
            return;
        }
        if (planning != null) {
            planning.cancel();
        }
        ColumnMapping chosen = currentMapping();
        Map<String, BodyKind> kinds = Map.copyOf(chosenKinds);
        AuthorityModel snapshot = session().model().copy();
        working.set(true);
        summary.set("Checking every row with the new mapping…");
        planning = main.runner().run("Checking " + read.file().getFileName(),
                progress -> ImportPlan.of(snapshot, read.draft(chosen).withKinds(kinds)), made -> {
                    working.set(false);
                    showPlan(made);
                }, failure -> {
                    if (!(failure instanceof CancellationException)) {
                        working.set(false);
                        summary.set("Could not check the file: " + failure.getMessage());
                    }
                });
    }

    private void describe() {
        ImportPlan current = plan.get();
        if (current == null) {
            summary.set("");
            return;
        }
        String what = "This import brings " + current.summary() + ".";
        long out = current.rowsLeftOut();
        if (current.refusedWhole()) {
            what = "This file cannot be imported as it stands: " + current.issues().stream()
                    .filter(i -> i.refused() && i.row() == 0).map(ImportIssue::reason).findFirst().orElse("") + ".";
        } else if (current.edit().isEmpty() && out > 0) {
            what = "Nothing would be imported: " + (out == 1 ? "1 row has" : out + " rows have") + " problems "
                    + "(listed below), and nothing else in the file is new to the map.";
        } else if (current.edit().isEmpty()) {
            what = "Nothing would change: the map already holds everything in this file.";
        } else if (out > 0 && !validOnly.get()) {
            what += " Nothing is imported while " + out + (out == 1 ? " row has" : " rows have")
                    + " problems: fix the sheet and import again, or tick \"Import the valid rows only\".";
        } else if (out > 0) {
            what += " The " + out + (out == 1 ? " row" : " rows") + " with problems will be left out.";
        }
        summary.set(what);
    }

    /** Brings the planned import in as one edit, remembers the mapping, and reports what was left out. */
    public boolean importNow() {
        ImportPlan current = plan.get();
        if (!importable(current)) {
            return false;
        }
        if (!main.perform(current.edit(), org.partnershipatlas.model.How.IMPORT, current.source())) {
            return false;
        }
        if (source.get().needsMapping()) {
            settings.settings().importMappings.put(key(), currentMapping().toText());
            settings.saveSettings();
        }
        StringBuilder report = new StringBuilder("Imported from " + current.source() + ": " + current.summary()
                + ". Edit > Undo takes the whole import back.");
        if (current.hasRefusals()) {
            report.append("\n\nLeft out:");
            current.issues().stream().filter(ImportIssue::refused)
                    .forEach(i -> report.append("\n").append(i.describe().substring("Refused: ".length())));
        }
        dialogs.showInformation("Import finished", report.toString());
        clear();
        return true;
    }

    private void clear() {
        source.set(null);
        plan.set(null);
        mapping.clear();
        preview.clear();
        problems.clear();
        validOnly.set(false);
        summary.set("");
    }

    private ColumnMapping remembered() {
        String text = settings.settings().importMappings.get(key());
        try {
            return text == null ? null : ColumnMapping.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String key() {
        return session().file().toAbsolutePath().toString();
    }

    private DocumentSession session() {
        return main.sessionProperty().get();
    }
}
