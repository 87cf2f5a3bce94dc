package org.partnershipatlas.ui.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Entity;
import org.partnershipatlas.model.Labelled;
import org.partnershipatlas.ui.common.Choice;
import org.partnershipatlas.ui.dialog.CommonDialogs;
import org.partnershipatlas.ui.document.DocumentContext;

/**
 * The state and commands of a list of people or organisations with a form for the one selected:
 * filter, add, change a field, delete with what goes with it, merge two into one. People and
 * organisations differ only in their fields and in what deleting or merging touches, which the two
 * subclasses say; the rest is here once so the two screens behave alike.
 *
 * @param <T> the record listed
 * @param <F> its fields
 */
public abstract class PartyListViewModel<T extends Entity, F extends Enum<F> & Labelled> {
    protected final DocumentContext document;
    private final CommonDialogs dialogs;
    private final PeopleDialogs peopleDialogs;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<T> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty shown = new SimpleIntegerProperty(this, "shown");
    private final Map<F, StringProperty> errors;

    protected PartyListViewModel(Class<F> fields, DocumentContext document, CommonDialogs dialogs,
                                 PeopleDialogs peopleDialogs) {
        this.document = document;
        this.dialogs = dialogs;
        this.peopleDialogs = peopleDialogs;
        this.errors = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            errors.put(field, new SimpleStringProperty(this, "error" + field.name(), ""));
        }
        document.sessionProperty().addListener((o, was, now) -> {
            selected.set(null);
            refresh();
        });
        document.modelChangesProperty().addListener((o, was, now) -> refresh());
        filter.addListener((o, was, now) -> refresh());
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                errors.values().forEach(error -> error.set(""));
            }
        });
        refresh();
    }

    /** The records the filter lets through, by name. */
    public ObservableList<T> rows() {
        return rows;
    }

    /** Words to look for in any column; "" shows everyone. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The record the form shows, as it is now in the model; null when none is chosen. */
    public ObjectProperty<T> selectedProperty() {
        return selected;
    }

    /** Counts up each time the form's values should be read afresh (a new selection, an edit, an undo). */
    public IntegerProperty shownProperty() {
        return shown;
    }

    /** Why the last value given to a field was refused; "" when it was not. */
    public StringProperty errorProperty(F field) {
        return errors.get(field);
    }

    public boolean isReadOnly() {
        return document.isReadOnly();
    }

    /** The table's headings. */
    public abstract List<String> columns();

    /** What the table shows for {@code row} under heading {@code column}. */
    public abstract String cell(T row, int column);

    /** The form's fields in order. */
    public abstract List<F> fields();

    /** Whether a field is chosen from a list rather than typed. */
    public abstract boolean isChoice(F field);

    /** What the form's label says for a field. */
    public String label(F field) {
        return field.label();
    }

    /** What a typed field shows for the selected record. */
    public abstract String text(F field);

    /** The choices of a choice field. */
    public abstract List<Choice> choices(F field);

    /** Whether a field applies to the selected record (a party only to a councillor). */
    public boolean applies(F field) {
        return true;
    }

    /** "person" or "organisation", for messages and undo labels. */
    protected abstract String noun();

    protected abstract Collection<T> all(AuthorityModel model);

    protected abstract String name(T record);

    protected abstract T read(AuthorityModel model, long id);

    /** A new record with this name and the usual defaults. */
    protected abstract T created(long id, String name);

    /**
     * The record with {@code field} set to {@code value} (a string as typed, or a choice's value).
     *
     * @throws IllegalArgumentException naming what is wrong with the value
     */
    protected abstract T with(T record, F field, Object value);

    protected abstract String dependents(AuthorityModel model, T record);

    /** What deleting does to the records that name the one deleted, in a sentence. */
    protected abstract String whatHappensOnDeletion();

    protected abstract List<Change> deletion(AuthorityModel model, T record);

    protected abstract List<Change> merge(AuthorityModel model, T kept, T gone);

    /** The choice a choice field shows for the selected record. */
    public Choice currentChoice(F field) {
        T current = selected.get();
        if (current == null) {
            return null;
        }
        Object value = valueOf(current, field);
        return choices(field).stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                .orElse(Choice.NONE);
    }

    /** The stored value of a choice field. */
    protected abstract Object valueOf(T record, F field);

    /**
     * Adds a record named by the filter's words, or "New person"/"New organisation" when there are
     * none, and selects it so its name can be typed over.
     */
    public boolean add() {
        AuthorityModel model = document.model();
        if (model == null || document.isReadOnly()) {
            return false;
        }
        String typed = filter.get() == null ? "" : filter.get().strip();
        String name = typed.isEmpty() ? "New " + noun() : typed;
        T record = created(model.newId(), name);
        if (!document.perform(Edit.of("Add " + noun() + " " + name, Change.create(record)))) {
            return false;
        }
        select(record.id());
        return true;
    }

    /** Shows the record with this id in the form. */
    public void select(long id) {
        AuthorityModel model = document.model();
        selected.set(model == null ? null : read(model, id));
        shown.set(shown.get() + 1);
    }

    /**
     * Sets a field of the selected record as one undoable step. A refused value stays as typed, with
     * the reason beside the field, and nothing is saved.
     *
     * @return true when the value was taken (or was already the record's)
     */
    public boolean set(F field, Object value) {
        return set(selected.get() == null ? -1 : selected.get().id(), field, value);
    }

    /** Sets a field of the record with this id, also when the form has moved on to another (text typed, then another row chosen). */
    public boolean set(long id, F field, Object value) {
        AuthorityModel model = document.model();
        T current = model == null ? null : read(model, id);
        if (current == null || document.isReadOnly()) {
            return false;
        }
        T changed;
        try {
            changed = with(current, field, value);
        } catch (IllegalArgumentException e) {
            showError(id, field, e.getMessage());
            return false;
        }
        if (changed.equals(current)) {
            showError(id, field, "");
            return true;
        }
        String refused = document.attempt(Edit.of("Change " + name(current) + "'s "
                + field.label().toLowerCase(Locale.ROOT), Change.update(current, changed)));
        showError(id, field, refused == null ? "" : refused);
        return refused == null;
    }

    private void showError(long id, F field, String message) {
        if (selected.get() != null && selected.get().id() == id) {
            errors.get(field).set(message);
        } else if (!message.isEmpty()) {
            dialogs.showError("Cannot make that change", message);
        }
    }

    /** Deletes the selected record after saying what goes with it. */
    public boolean delete() {
        AuthorityModel model = document.model();
        T current = selected.get();
        if (model == null || current == null || document.isReadOnly()) {
            return false;
        }
        String dependents = dependents(model, current);
        String message = dependents.isEmpty() ? "Nothing else names " + name(current) + "."
                : name(current) + " is named by " + dependents + ". " + whatHappensOnDeletion()
                + " Undo brings all of it back.";
        if (!dialogs.confirm("Delete " + noun() + "?", "Delete " + name(current) + "? " + message, "Delete")) {
            return false;
        }
        if (!document.perform(new Edit("Delete " + noun() + " " + name(current), deletion(model, current)))) {
            return false;
        }
        selected.set(null);
        shown.set(shown.get() + 1);
        return true;
    }

    /**
     * Merges the selected record into another the user chooses (the same organisation entered twice):
     * every seat, role and action moves to the one kept, and the selected one goes.
     */
    public boolean mergeIntoAnother() {
        AuthorityModel model = document.model();
        T gone = selected.get();
        if (model == null || gone == null || document.isReadOnly()) {
            return false;
        }
        List<T> others = new ArrayList<>(all(model));
        others.removeIf(other -> other.id() == gone.id());
        others.sort(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER));
        if (others.isEmpty()) {
            dialogs.showInformation("Nothing to merge with", "There is no other " + noun() + " to merge "
                    + name(gone) + " into.");
            return false;
        }
        Optional<T> chosen = peopleDialogs.chooseMergeTarget("Merge " + noun(), "Merge " + name(gone)
                + " into which " + noun() + "? Its seats, roles and actions move there and " + name(gone)
                + " goes.", others, this::name);
        if (chosen.isEmpty()) {
            return false;
        }
        T kept = read(model, chosen.get().id());
        if (!document.perform(new Edit("Merge " + name(gone) + " into " + name(kept), merge(model, kept, gone)))) {
            return false;
        }
        select(kept.id());
        return true;
    }

    /** Every column's words for a row, for the filter. */
    private boolean matches(T row, String words) {
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < columns().size(); i++) {
            all.append(cell(row, i)).append(' ');
        }
        String haystack = all.toString().toLowerCase(Locale.ROOT);
        for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void refresh() {
        AuthorityModel model = document.model();
        if (model == null) {
            rows.clear();
            selected.set(null);
            shown.set(shown.get() + 1);
            return;
        }
        String words = filter.get() == null ? "" : filter.get().strip();
        List<T> result = new ArrayList<>();
        for (T record : all(model)) {
            if (matches(record, words)) {
                result.add(record);
            }
        }
        result.sort(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Entity::id));
        if (!result.equals(rows)) {
            rows.setAll(result);
        }
        T current = selected.get();
        selected.set(current == null ? null : read(model, current.id()));
        shown.set(shown.get() + 1);
    }
}
