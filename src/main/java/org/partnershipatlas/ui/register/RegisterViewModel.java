package org.partnershipatlas.ui.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.ModelException;
import org.partnershipatlas.report.RegisterColumn;
import org.partnershipatlas.report.RegisterExport;
import org.partnershipatlas.ui.document.DocumentContext;
import org.partnershipatlas.ui.document.DocumentSession;

/**
 * The partnership register as a spreadsheet: one row per body, filtered by text (in every column or
 * one), cells edited in place with the model's validation, one value set on many rows as one step,
 * the column choice and order remembered, and export to CSV and XLSX in the background.
 */
public final class RegisterViewModel {
    private final DocumentContext main;
    private final org.partnershipatlas.ui.settings.KeptSettings settings;
    private final ObservableList<Body> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<RegisterColumn> filterColumn = new SimpleObjectProperty<>(this, "filterColumn");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public RegisterViewModel(DocumentContext main, org.partnershipatlas.ui.settings.KeptSettings settings) {
        this.main = main;
        this.settings = settings;
        main.sessionProperty().addListener((o, was, now) -> refresh());
        main.modelChangesProperty().addListener((o, was, now) -> refresh());
        filter.addListener((o, was, now) -> refresh());
        filterColumn.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The bodies shown, in the model's order (the table sorts them). */
    public ObservableList<Body> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The column the filter looks in; null means every column. */
    public ObjectProperty<RegisterColumn> filterColumnProperty() {
        return filterColumn;
    }

    /** What went wrong with the last edit or export, or what an export did; "" when nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    public String text(RegisterColumn column, Body body) {
        AuthorityModel model = model();
        return model == null ? "" : column.text(model, body);
    }

    /** The columns shown, in order, as last arranged (all of them at first). */
    public List<RegisterColumn> columns() {
        List<String> remembered = settings.settings().registerColumns;
        if (remembered == null || remembered.isEmpty()) {
            return Arrays.asList(RegisterColumn.values());
        }
        List<RegisterColumn> columns = new ArrayList<>();
        for (String name : remembered) {
            Arrays.stream(RegisterColumn.values()).filter(c -> c.name().equals(name)).findFirst()
                    .ifPresent(columns::add);
        }
        return columns.isEmpty() ? Arrays.asList(RegisterColumn.values()) : columns;
    }

    /** Remembers which columns are shown and in what order, for the next run. */
    public void rememberColumns(List<RegisterColumn> shown) {
        settings.settings().registerColumns = shown.stream().map(Enum::name).toList();
        settings.saveSettings();
    }

    /** Choices for a drop-down cell; empty for a typed cell. */
    public List<String> choices(RegisterColumn column) {
        AuthorityModel model = model();
        return model == null || column.field() == null ? List.of() : org.partnershipatlas.model.FieldText.choices(model, column.field());
    }

    /** Changes one cell as one undoable step, or leaves it and says why. */
    public boolean edit(Body body, RegisterColumn column, String typed) {
        return setOn(List.of(body), column, typed, "Change " + column.label().toLowerCase(Locale.ROOT));
    }

    /** Sets one column to one value on every given body, as one undoable step. */
    public boolean bulkSet(List<Body> bodies, RegisterColumn column, String typed) {
        if (bodies.isEmpty()) {
            message.set("Select the rows to change first.");
            return false;
        }
        return setOn(bodies, column, typed, "Set " + column.label().toLowerCase(Locale.ROOT) + " on "
                + bodies.size() + (bodies.size() == 1 ? " body" : " bodies"));
    }

    public void exportCsv(Path target) {
        export(target, "CSV", (model, bodies, columns) -> RegisterExport.csv(model, bodies, columns, target));
    }

    public void exportXlsx(Path target) {
        export(target, "XLSX", (model, bodies, columns) -> RegisterExport.xlsx(model, bodies, columns, target));
    }

    private interface Writer {
        void write(AuthorityModel model, List<Body> bodies, List<RegisterColumn> columns) throws Exception;
    }

    private void export(Path target, String format, Writer writer) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null) {
            return;
        }
        AuthorityModel snapshot = session.model().copy();
        List<Body> bodies = List.copyOf(rows);
        List<RegisterColumn> columns = columns();
        main.runner().run("Exporting the register as " + format, progress -> {
            writer.write(snapshot, bodies, columns);
            return target;
        }, done -> message.set("Exported " + org.partnershipatlas.model.Text.count(bodies.size(), "row", "rows") + " to " + done.getFileName() + "."),
                failure -> message.set("Could not export to " + target.getFileName() + ": " + failure.getMessage()));
    }

    private boolean setOn(List<Body> bodies, RegisterColumn column, String typed, String label) {
        DocumentSession session = main.sessionProperty().get();
        if (session == null || !column.editable()) {
            return false;
        }
        AuthorityModel model = session.model();
        try {
            Object value = org.partnershipatlas.model.FieldText.parse(model, column.field(), typed);
            List<Change> changes = new ArrayList<>();
            for (Body body : bodies) {
                Body current = model.body(body.id());
                Body changed = current.with(column.field(), value);
                if (!changed.equals(current)) {
                    changes.add(Change.update(current, changed));
                }
            }
            session.perform(new Edit(label, changes));
            message.set("");
            return true;
        } catch (ModelException | IllegalArgumentException e) {
            message.set("Not saved. " + e.getMessage());
            return false;
        }
    }

    private void refresh() {
        AuthorityModel model = model();
        if (model == null) {
            rows.clear();
            return;
        }
        String wanted = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<RegisterColumn> lookIn = filterColumn.get() == null ? columns() : List.of(filterColumn.get());
        List<Body> shown = new ArrayList<>();
        for (Body body : model.bodies()) {
            if (wanted.isEmpty() || lookIn.stream().anyMatch(c -> c.text(model, body).toLowerCase(Locale.ROOT)
                    .contains(wanted))) {
                shown.add(body);
            }
        }
        rows.setAll(shown);
    }

    private AuthorityModel model() {
        DocumentSession session = main.sessionProperty().get();
        return session == null ? null : session.model();
    }
}
